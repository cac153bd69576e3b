import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeTimes, expectClean, focusMatches, launch, openPage, runAxe, tabTo } from "./harness.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TOTAL = 561;
const PAGE = 50;
const shownRows = (page: Page) => page.locator("#decision-table tbody tr").count();
const ready = (page: Page) => page.waitForSelector("#decision-table[data-ready=true]", { state: "attached" });
/** "38 of 561 documents" → 38. */
const matching = async (page: Page) => Number(/^(\d+) of /.exec((await page.locator("#filter-status").textContent())!.trim())![1]);
/** Each row's cells as text, " | "-joined. Read per cell: innerText depends on whether a
 * content-visibility cell has been laid out yet, which races the first frame. */
const rowTexts = (page: Page) =>
  page.$$eval("#decision-table tbody tr", (rows) =>
    rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim()).join(" | ")),
  );

describe("/decisions/: the decision library", () => {
  it("renders the first rows, and filters every document by country, year and fine, keeping the filters in the URL", async () => {
    const opened = await openPage(browser, "/decisions/");
    const { page } = opened;
    await ready(page);
    expect(await matching(page)).toBeGreaterThanOrEqual(558);
    expect(await shownRows(page)).toBe(PAGE);
    const all = await matching(page);
    await page.selectOption("select[name=country]", "NO");
    const norway = await matching(page);
    expect(norway).toBeLessThan(all);
    expect(norway).toBeGreaterThan(50);
    expect(await shownRows(page)).toBe(Math.min(PAGE, norway));
    for (const country of await page.$$eval("#decision-table tbody tr td:nth-child(2)", (cells) => cells.map((c) => c.textContent))) expect(country).toBe("Norway");
    await page.check("input[name=fine]");
    const norwayFines = await matching(page);
    expect(norwayFines).toBeLessThan(norway);
    // The address follows once the filtered table has painted.
    await page.waitForURL(/\?country=NO&fine=1$/);
    // The filtered URL restores the same view in a fresh page.
    const again = await openPage(browser, new URL(page.url()).pathname + new URL(page.url()).search);
    await ready(again.page);
    expect(await matching(again.page)).toBe(norwayFines);
    expect(await shownRows(again.page)).toBe(Math.min(PAGE, norwayFines));
    await expect(again.page.locator("select[name=country]").inputValue()).resolves.toBe("NO");
    expectClean(opened.problems());
    expectClean(again.problems());
    expect(await runAxe(page)).toEqual([]);
  });

  it("shows more rows on demand, all of them at last, rendered as the server renders them", async () => {
    const { page, problems } = await openPage(browser, "/decisions/");
    const serverRows = await rowTexts(page);
    await ready(page);
    expect(await rowTexts(page)).toEqual(serverRows);
    await expect(page.locator("#decision-pager").isVisible()).resolves.toBe(false);
    await page.click("#decision-more button[data-show=more]");
    expect(await shownRows(page)).toBe(2 * PAGE);
    await page.click("#decision-more button[data-show=all]");
    expect(await shownRows(page)).toBe(await matching(page));
    await expect(page.locator("#decision-more").isVisible()).resolves.toBe(false);
    // The button went away: focus stays in the table's region rather than falling to the page.
    expect(await focusMatches(page, ".table-scroll")).toBe(true);
    expectClean(problems());
  });

  it("sorts the whole library by fine, not only the rows on screen", async () => {
    const { page, problems } = await openPage(browser, "/decisions/");
    await ready(page);
    await tabTo(page, "#decision-table th.col-fine button", { maxTabs: 60 });
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("#decision-table th.col-fine", "aria-sort")).toBe("descending");
    // Google's SEK 75,000,000 (2020) is among the largest fines in the library, far past the first page by date.
    const fines = await page.$$eval("#decision-table tbody tr td:nth-child(6)", (cells) => cells.slice(0, 5).map((c) => c.textContent));
    expect(fines.join(" ")).toMatch(/NOK\s65,000,000|SEK\s75,000,000/);
    expectClean(problems());
  });

  it("ignores an unknown filter value in the URL and says so", async () => {
    const { page, problems } = await openPage(browser, "/decisions/?country=XX&year=2020");
    await ready(page);
    await expect(page.locator("#filter-notice").isVisible()).resolves.toBe(true);
    await expect(page.locator("#filter-notice").textContent()).resolves.toContain("country=XX");
    expect(await matching(page)).toBeGreaterThan(10);
    await page.waitForURL(/\?year=2020$/);
    expectClean(problems());
  });

  it("without JavaScript: the first page and numbered pages list every document, each page within the DOM budget", async () => {
    const { page, context } = await openPage(browser, "/decisions/", { contextOptions: { javaScriptEnabled: false } });
    const nodes = () => page.evaluate(() => {
      let n = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) n++;
      return n;
    });
    expect(await nodes()).toBeLessThanOrEqual(1500);
    const links = await page.$$eval("#decision-pager a", (as) => as.map((a) => a.getAttribute("href")!));
    const pages = [...new Set(links.filter((l) => /\/decisions\/page\/\d+\/$/.test(l)))];
    expect(pages.length).toBe(Math.ceil(TOTAL / PAGE) - 1);
    let listed = await shownRows(page);
    const ids = new Set(await page.$$eval("#decision-table tbody a", (as) => as.map((a) => a.getAttribute("href"))));
    for (const href of pages) {
      await page.goto(href);
      expect(await nodes()).toBeLessThanOrEqual(1500);
      listed += await shownRows(page);
      for (const id of await page.$$eval("#decision-table tbody a", (as) => as.map((a) => a.getAttribute("href")))) ids.add(id);
    }
    expect(listed).toBe(TOTAL);
    expect(ids.size).toBe(TOTAL);
    await context.close();
    const paged = await openPage(browser, "/decisions/page/2/");
    expect(await runAxe(paged.page)).toEqual([]);
    expectClean(paged.problems());
  });

  it("never scrolls sideways and filters within a generous bound at 4× CPU slowdown (real figures: npm run bench:filters)", async () => {
    for (const width of [390, 768, 1280]) {
      const { page, context } = await openPage(browser, "/decisions/", { viewport: { width, height: 800 } });
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth, `width ${width}`).toBeLessThanOrEqual(innerWidth);
      await context.close();
    }
    const { page, context } = await openPage(browser, "/decisions/", { viewport: { width: 390, height: 844 } });
    await ready(page);
    const times = await changeTimes(page, context, "#decision-filters select[name=country]", ["NO", "SE", "", "FI", ""]);
    // The target is 50 ms; a shared test machine adds waiting, so only a gross regression fails here.
    expect(Math.min(...times)).toBeLessThan(250);
    await context.close();
  });
});

describe("/decisions/<id>/: a decision page", () => {
  it("renders provenance, the machine-translation notice and numbered paragraphs", async () => {
    const opened = await openPage(browser, "/decisions/datatilsynet-norway-18-02140/");
    const { page } = opened;
    await expect(page.locator("h1").textContent()).resolves.toContain("18/02140");
    await expect(page.locator('[data-testid="machine-translation"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href^="https://gdprhub.eu/"]').count()).resolves.toBeGreaterThan(0);
    const paragraphs = await page.locator(".doc-text .para").count();
    expect(paragraphs).toBeGreaterThan(50);
    await expect(page.locator("#p1").count()).resolves.toBe(1);
    await expect(page.locator(`#p${paragraphs}`).count()).resolves.toBe(1);
    await expect(page.locator('a[href="/cases/bergen-2019/"]').count()).resolves.toBeGreaterThan(0);
    expectClean(opened.problems());
    expect(await runAxe(page)).toEqual([]);
  });

  it("shows a seed in its original language without contact details", async () => {
    const opened = await openPage(browser, "/decisions/grue-2024-postjournal-notice/");
    const text = (await opened.page.locator(".doc-text").textContent())!;
    expect(text).toContain("postjournal");
    expect(text).not.toMatch(/[\w.-]+@[\w-]+\.\w+/);
    expect(text).not.toMatch(/\b\d{2} \d{2} \d{2} \d{2}\b/);
    await expect(opened.page.locator('[data-testid="machine-translation"]').count()).resolves.toBe(0);
    expectClean(opened.problems());
  });

  it("lists a decision without text with its metadata and says so", async () => {
    const opened = await openPage(browser, "/decisions/imy-sweden-imy-2023-1647/");
    await expect(opened.page.locator('[data-testid="no-text"]').count()).resolves.toBe(1);
    expectClean(opened.problems());
  });
});

describe("/data/: exports", () => {
  it("serves the case exports", async () => {
    const { page } = await openPage(browser, "/data/");
    for (const file of ["cases.json", "cases.csv", "cases.schema.json", "cases-export.schema.json"]) {
      const response = await page.request.get(`/data/${file}`);
      expect(response.status(), file).toBe(200);
    }
    const json = await (await page.request.get("/data/cases.json")).json();
    expect(json.cases.find((c: { id: string }) => c.id === "raelingen-2020").amounts.final.amount).toBe(500000);
    expect(json.cases.find((c: { id: string }) => c.id === "nav-2024").endedAs).toMatchObject({ kind: "annulled", amount: 0 });
    const schema = await (await page.request.get("/data/cases-export.schema.json")).json();
    expect(schema.properties.cases.items.required).toContain("endedAs");
    expect(await runAxe(page)).toEqual([]);
  });
});
