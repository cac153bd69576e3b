import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe } from "./harness.ts";

describe("arguments page /arguments/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("counts every coded argument once per kind it names, and shows Rælingen's partly accepted plea under 'fine too high'", async () => {
    const { page, problems } = await openPage(browser, "/arguments/");
    const rows = page.locator("table.argument-kinds tbody tr");
    expect(await rows.count()).toBe(20);
    // 456 arguments carry 602 kind codes (1–3 each): the table's counts add up to the codes.
    const total = (await rows.locator("td:nth-child(2)").allTextContents()).reduce((n, t) => n + Number(t.replace(/\D/g, "")), 0);
    expect(total).toBe(602);
    const section = page.locator("section[aria-labelledby='kind-fine-too-high']");
    const raelingen = section.locator("li", { has: page.locator("a[href$='/cases/raelingen-2020/']") }).first();
    await expect(raelingen.locator(".result").textContent()).resolves.toBe("Partly accepted");
    await expect(raelingen.textContent()).resolves.toContain("NOK 800,000");
    await expect(raelingen.locator("a.pinpoint").getAttribute("href")).resolves.toBe("/decisions/datatilsynet-norway-20-02191/#p101");
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("on a phone, a 'written out under' link far down the page lands on the argument it names, drawn", async () => {
    // Argument blocks off screen are laid out only when near it (content-visibility): the jump
    // must still put the named argument at the top of the screen.
    const { page, problems } = await openPage(browser, "/arguments/", { viewport: { width: 360, height: 800 } });
    const links = page.locator("li.argument-ref a[href^='#arg-']");
    const link = links.nth((await links.count()) - 1);
    const target = (await link.getAttribute("href"))!;
    await link.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    const argument = page.locator(target);
    const box = await argument.evaluate((li) => {
      const r = li.getBoundingClientRect();
      const head = li.querySelector(".argument-head")!.getBoundingClientRect();
      return { top: r.top, headHeight: head.height };
    });
    expect(box.top).toBeGreaterThanOrEqual(-1);
    expect(box.top).toBeLessThan(200);
    expect(box.headHeight).toBeGreaterThan(0);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(20000);
    expectClean(problems());
  });
});
