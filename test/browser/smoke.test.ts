import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFocus, expectClean, focusMatches, launch, openPage, runAxe } from "./harness.ts";
import type { OpenedPage } from "./harness.ts";

describe("home page /", () => {
  let browser: Browser;
  let home: OpenedPage;

  beforeAll(async () => {
    browser = await launch();
    home = await openPage(browser, "/");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("answers 200", () => {
    expect(home.response?.status()).toBe(200);
  });

  it("has an <h1>", async () => {
    expect(await home.page.locator("h1").count()).toBeGreaterThanOrEqual(1);
  });

  it("loads without console errors, page errors, failed or other-origin requests", () => {
    expectClean(home.problems());
  });

  it("has no serious or critical axe violations", async () => {
    expect(await runAxe(home.page)).toEqual([]);
  });

  it("puts the skip link (or a header link) first in the Tab order", async () => {
    const { page } = await openPage(browser, "/"); // fresh page: focus at the start of the document
    await page.keyboard.press("Tab");
    const ok = await focusMatches(page, "a.skip-link, header a");
    expect(ok, `first Tab focused ${await describeFocus(page)}`).toBe(true);
  });
});
