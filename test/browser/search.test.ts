import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot as root } from "../../src/domain/sources/paths.ts";
import { t } from "../../src/i18n/strings.ts";
import { describeFocus, expectClean, focusMatches, launch, openPage, runAxe } from "./harness.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const RAELINGEN = "/decisions/datatilsynet-norway-20-02191/";
const hits = (page: Page) => page.locator("ol.hits > li");
const status = (page: Page) => page.locator(".search-status");

/** Waits until the results answer `query` (the status line names it). */
async function resultsFor(page: Page, query: string) {
  await page.waitForFunction((q) => document.querySelector(".search-status")?.textContent?.includes(`“${q}”`), query);
}

describe("/search/", () => {
  it("says, with JavaScript off, that search needs it and links to the case list and decision library", async () => {
    const { page, response, problems } = await openPage(browser, "/search/?q=Showbie", { contextOptions: { javaScriptEnabled: false } });
    expect(response?.status()).toBe(200);
    const notice = page.locator('[data-testid="search-no-js"]');
    await expect(notice.textContent()).resolves.toMatch(/JavaScript/);
    await expect(notice.locator('a[href="/cases/"]').count()).resolves.toBe(1);
    await expect(notice.locator('a[href="/decisions/"]').count()).resolves.toBe(1);
    expectClean(problems());
  });

  it("shows highlighted results for a query with a typo and follows one to its paragraph", async () => {
    const { page, problems } = await openPage(browser, "/search/");
    await page.locator("#search-q").click();
    await page.keyboard.type("Showbei", { delay: 30 });
    await resultsFor(page, "Showbei");
    const links = await page.locator("a.hit-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.some((h) => h?.startsWith(RAELINGEN))).toBe(true);
    const marks = await page.locator(".hit mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toBe("showbie");
    expect(new URL(page.url()).searchParams.get("q")).toBe("Showbei");
    expect(await runAxe(page)).toEqual([]);

    const toParagraph = page.locator(`a.hit-link[href^="${RAELINGEN}#p"]`).first();
    const target = (await toParagraph.getAttribute("href"))!;
    await toParagraph.click();
    await page.waitForURL((url) => url.pathname === RAELINGEN);
    const hash = new URL(page.url()).hash;
    expect(hash).toBe(target.slice(target.indexOf("#")));
    const paragraph = page.locator(hash);
    await expect(paragraph.count()).resolves.toBe(1);
    await expect(paragraph.textContent()).resolves.toMatch(/Showbie/);
    expectClean(problems());
  });

  it("keeps the query and filters in the URL and restores them from it", async () => {
    const { page, problems } = await openPage(browser, "/search/?q=camera%20surveillance&country=SE&fine=1");
    await resultsFor(page, "camera surveillance");
    await expect(page.locator("#search-q").inputValue()).resolves.toBe("camera surveillance");
    await expect(page.locator("select[name=country]").inputValue()).resolves.toBe("SE");
    await expect(page.locator("input[name=fine]").isChecked()).resolves.toBe(true);
    const filtered = await hits(page).count();
    expect(filtered).toBeGreaterThan(0);

    await page.selectOption("select[name=country]", "");
    await page.waitForFunction(() => !location.search.includes("country="));
    await resultsFor(page, "camera surveillance");
    const url = new URL(page.url());
    expect(url.searchParams.get("fine")).toBe("1");
    expect(url.searchParams.get("q")).toBe("camera surveillance");
    const again = await openPage(browser, url.pathname + url.search);
    await resultsFor(again.page, "camera surveillance");
    await expect(again.page.locator("select[name=country]").inputValue()).resolves.toBe("");
    await expect(again.page.locator("input[name=fine]").isChecked()).resolves.toBe(true);
    expectClean(problems());
    expectClean(again.problems());
  });

  it("focuses the box on /, moves through results with the arrow keys and opens one with Enter", async () => {
    const { page, problems } = await openPage(browser, "/search/?q=Showbie");
    await resultsFor(page, "Showbie");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await focusMatches(page, "#search-q"), await describeFocus(page)).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await focusMatches(page, "ol.hits > li:nth-child(1) a.hit-link"), await describeFocus(page)).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await focusMatches(page, "ol.hits > li:nth-child(2) a.hit-link"), await describeFocus(page)).toBe(true);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await focusMatches(page, "#search-q"), await describeFocus(page)).toBe(true);
    await page.keyboard.press("ArrowDown");
    const href = (await page.locator("ol.hits > li:nth-child(1) a.hit-link").getAttribute("href"))!;
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname + url.hash === href);
    expectClean(problems());
  });

  it("on Enter after an ordinary phrase opens the best result, not a title match", async () => {
    const label = (JSON.parse(readFileSync(resolve(root, "test/fixtures/search-queries.json"), "utf8")) as { queries: { q: string; relevant?: string[]; first?: string[] }[] }).queries.find(
      (q) => q.q === "right to erasure",
    )!;
    const answers = new Set([...label.relevant!, ...(label.first ?? [])]);
    // A case page is an answer when the case is built on a labelled decision.
    const builtOn = new Map(
      readdirSync(resolve(root, "content/cases")).map((f) => {
        const c = JSON.parse(readFileSync(resolve(root, "content/cases", f), "utf8")) as { id: string; sources: { document: string }[] };
        return [c.id, c.sources[0]!.document];
      }),
    );
    const { page, problems } = await openPage(browser, "/search/");
    await page.locator("#search-q").click();
    await page.keyboard.type("right to erasure", { delay: 20 });
    await resultsFor(page, "right to erasure");
    await expect(page.locator("ol.hits > li:nth-child(1) .hit-meta").textContent()).resolves.not.toContain(t().search.byReference);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname !== "/search/");
    const [, kind, id] = /^\/(decisions|cases)\/([^/]+)\/$/.exec(new URL(page.url()).pathname) ?? [];
    const decision = kind === "cases" ? builtOn.get(id!) : id;
    expect([...answers], page.url()).toContain(decision);
    expectClean(problems());
  });

  it("searches from the header box of any page: / focuses it and it submits to /search/?q=", async () => {
    const { page, problems } = await openPage(browser, "/cases/");
    await page.keyboard.press("/");
    expect(await focusMatches(page, "header input[name=q]"), await describeFocus(page)).toBe(true);
    await page.keyboard.type("20/02191");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/search/");
    expect(new URL(page.url()).searchParams.get("q")).toBe("20/02191");
    await resultsFor(page, "20/02191");
    // A reference typed exactly: its decision comes first.
    await expect(page.locator("ol.hits > li:nth-child(1) a.hit-link").getAttribute("href")).resolves.toBe(RAELINGEN);
    expectClean(problems());
  });

  it("shows markup typed into the box as text and runs nothing", async () => {
    const { page, problems } = await openPage(browser, "/search/");
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const query = "<img src=x onerror=alert(1)>";
    await page.locator("#search-q").fill(query);
    await resultsFor(page, query);
    await expect(status(page).textContent()).resolves.toContain(`“${query}”`);
    await expect(page.locator("#search-root img, main img").count()).resolves.toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expectClean(problems());
  });

  it("stays responsive to typing while results load", async () => {
    const opened = await openPage(browser, "/search/", { waitUntil: "domcontentloaded" });
    const { page, context } = opened;
    // Slow network for the index shards, so every query is still loading while the next key comes.
    await context.route("**/search-index/v*/**", async (route) => {
      await new Promise((r) => setTimeout(r, 250));
      await route.continue();
    });
    await page.locator("#search-q").waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; lags: number[] };
      w.longTasks = [];
      w.lags = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: "longtask" });
      // From each keystroke to the next frame painted: what a typist feels.
      document.querySelector("#search-q")!.addEventListener("input", () => {
        const t = performance.now();
        requestAnimationFrame(() => w.lags.push(performance.now() - t));
      });
    });
    await page.locator("#search-q").click();
    const typed = "two-factor authentication";
    await page.keyboard.type(typed, { delay: 60 });
    await expect(page.locator("#search-q").inputValue()).resolves.toBe(typed);
    await resultsFor(page, typed);
    expect(await hits(page).count()).toBeGreaterThan(0);
    const { longTasks, lags } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; lags: number[] };
      return { longTasks: w.longTasks, lags: w.lags };
    });
    expect(lags.length).toBe(typed.length);
    // No keystroke waits for a query: the next frame follows at once, and no task on the main
    // thread is long enough to hold a key back (a typist's keys come every 150 ms or so).
    expect(Math.max(...lags), `keystroke → frame: ${lags.map(Math.round).join(", ")} ms`).toBeLessThan(100);
    expect(Math.max(0, ...longTasks), `long tasks: ${longTasks.map(Math.round).join(", ")} ms`).toBeLessThan(150);
    expectClean(opened.problems());
  });
});
