/**
 * Accessibility fixes of issue 11: scrollable tables reachable by keyboard (/method/), one Tab stop
 * for a decision's paragraph links, focus kept after "Clear filters" on /search/, and search
 * results arriving without shifting the page.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFocus, expectClean, focusMatches, launch, layoutShifts, openPage, recordLayoutShifts, runAxe, tabTo } from "./harness.ts";

/** A long decision (hundreds of paragraphs) that case pages pinpoint into. */
const LONG_DECISION = "/decisions/datatilsynet-norway-21-03823-45/";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("/method/", () => {
  for (const width of [390, 1280]) {
    it(`has no serious axe violations at ${width} px, and every scrolling table is a named, focusable region`, async () => {
      const { page, problems } = await openPage(browser, "/method/", { viewport: { width, height: 800 } });
      expect(await runAxe(page)).toEqual([]);
      const regions = await page.locator(".scroll-table").evaluateAll((els) =>
        els.map((el) => ({
          scrolls: el.scrollWidth > el.clientWidth,
          tabindex: el.getAttribute("tabindex"),
          role: el.getAttribute("role"),
          name: (el.getAttribute("aria-labelledby") && document.getElementById(el.getAttribute("aria-labelledby")!)?.textContent?.trim()) || el.getAttribute("aria-label"),
        })),
      );
      expect(regions.length).toBeGreaterThanOrEqual(6);
      for (const r of regions) expect(r).toMatchObject({ tabindex: "0", role: "region", name: expect.stringMatching(/\S/) });
      if (width === 390) expect(regions.some((r) => r.scrolls), "some table scrolls on a phone").toBe(true);
      expectClean(problems());
    });
  }

  it("lets a keyboard reader scroll a wide table on a phone", async () => {
    const { page } = await openPage(browser, "/method/", { viewport: { width: 390, height: 800 } });
    const wide = page.locator(".scroll-table").filter({ has: page.locator("table") });
    const index = await wide.evaluateAll((els) => els.findIndex((el) => el.scrollWidth > el.clientWidth));
    expect(index).toBeGreaterThanOrEqual(0);
    const region = wide.nth(index);
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});

describe("decision page paragraph links", () => {
  const pidTabStops = (page: Page) => page.locator("a.pid").evaluateAll((as) => as.filter((a) => (a as HTMLElement).tabIndex >= 0).length);

  it("has no serious axe violations", async () => {
    const { page, problems } = await openPage(browser, LONG_DECISION);
    expect(await page.locator("a.pid").count()).toBeGreaterThan(300);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("are one Tab stop, moved through with the arrow keys, Home and End", async () => {
    const { page, problems } = await openPage(browser, LONG_DECISION);
    expect(await pidTabStops(page)).toBe(1);

    await tabTo(page, "a.pid", { maxTabs: 60 });
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe("#p1");
    // One more Tab leaves the list: it does not walk through the paragraph numbers.
    await page.keyboard.press("Tab");
    expect(await focusMatches(page, "a.pid"), await describeFocus(page)).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect(await focusMatches(page, 'a.pid[href="#p1"]'), await describeFocus(page)).toBe(true);

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focusMatches(page, 'a.pid[href="#p3"]'), await describeFocus(page)).toBe(true);
    await page.keyboard.press("PageDown");
    expect(await focusMatches(page, 'a.pid[href="#p13"]'), await describeFocus(page)).toBe(true);
    const last = await page.locator("a.pid").last().getAttribute("href");
    await page.keyboard.press("End");
    expect(await focusMatches(page, `a.pid[href="${last}"]`), await describeFocus(page)).toBe(true);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowUp"); // stays on the first
    expect(await focusMatches(page, 'a.pid[href="#p1"]'), await describeFocus(page)).toBe(true);

    // Enter follows the link: the address names the paragraph, which is the target.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash).toBe("#p2");
    expect(await pidTabStops(page)).toBe(1);
    expectClean(problems());
  });

  it("arriving at a pinpoint (#p40), Tab goes to that paragraph's link", async () => {
    const { page } = await openPage(browser, `${LONG_DECISION}#p40`);
    expect(await page.locator("#p40").evaluate((el) => el.matches(":target"))).toBe(true);
    expect(await pidTabStops(page)).toBe(1);
    await page.keyboard.press("Tab");
    expect(await focusMatches(page, 'a.pid[href="#p40"]'), await describeFocus(page)).toBe(true);
  });
});

describe("/search/", () => {
  it("keeps focus on the search box after Clear filters", async () => {
    const { page, problems } = await openPage(browser, "/search/?q=camera%20surveillance&country=SE&fine=1");
    await page.waitForFunction(() => document.querySelectorAll("ol.hits > li").length > 0);
    const clear = page.locator(".search-filters button.link-button");
    await clear.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !location.search.includes("country="));
    expect(await focusMatches(page, "#search-q"), await describeFocus(page)).toBe(true);
    expect(await clear.count()).toBe(0);
    expectClean(problems());
  });

  for (const width of [390, 1280]) {
    it(`does not shift the page as results arrive (CLS < 0.05 at ${width} px)`, async () => {
      const { page, problems } = await openPage(browser, "/search/?q=camera%20surveillance", {
        viewport: { width, height: 800 },
        beforeLoad: recordLayoutShifts,
      });
      await page.waitForFunction(() => document.querySelectorAll("ol.hits > li").length > 0);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      const { cls, shifts } = await layoutShifts(page);
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.05);
      expectClean(problems());
    });
  }
});
