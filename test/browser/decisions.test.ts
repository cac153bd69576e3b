import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe } from "./harness.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visibleRows = (page: import("playwright-core").Page) => page.locator("#decision-table tbody tr:not([hidden])").count();

describe("/decisions/: the decision library", () => {
  it("lists all decisions and filters by country, year and fine, keeping the filters in the URL", async () => {
    const opened = await openPage(browser, "/decisions/");
    const { page } = opened;
    const all = await visibleRows(page);
    expect(all).toBeGreaterThanOrEqual(558);
    await page.selectOption("select[name=country]", "NO");
    const norway = await visibleRows(page);
    expect(norway).toBeLessThan(all);
    expect(norway).toBeGreaterThan(50);
    await page.check("input[name=fine]");
    const norwayFines = await visibleRows(page);
    expect(norwayFines).toBeLessThan(norway);
    expect(page.url()).toContain("country=NO");
    expect(page.url()).toContain("fine=1");
    // The filtered URL restores the same view in a fresh page.
    const again = await openPage(browser, new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await visibleRows(again.page)).toBe(norwayFines);
    await expect(again.page.locator("#filter-status").textContent()).resolves.toContain(String(norwayFines));
    expectClean(opened.problems());
    expect(await runAxe(page)).toEqual([]);
  });

  it("ignores an unknown filter value in the URL and says so", async () => {
    const { page, problems } = await openPage(browser, "/decisions/?country=XX&year=2020");
    await expect(page.locator("#filter-notice").isVisible()).resolves.toBe(true);
    await expect(page.locator("#filter-notice").textContent()).resolves.toContain("country=XX");
    const rows = await visibleRows(page);
    expect(rows).toBeGreaterThan(10);
    expectClean(problems());
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
    for (const file of ["cases.json", "cases.csv", "cases.schema.json"]) {
      const response = await page.request.get(`/data/${file}`);
      expect(response.status(), file).toBe(200);
    }
    const json = await (await page.request.get("/data/cases.json")).json();
    expect(json.cases.find((c: { id: string }) => c.id === "raelingen-2020").amounts.final.amount).toBe(500000);
    expect(await runAxe(page)).toEqual([]);
  });
});
