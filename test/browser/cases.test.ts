import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe, tabTo } from "./harness.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const columnTexts = (page: import("playwright-core").Page, column: number) =>
  page.$$eval(`#case-table tbody tr td:nth-child(${column})`, (cells) => cells.map((c) => (c as HTMLElement).dataset.sortValue ?? c.textContent!.trim()));

describe("/cases/: the case list", () => {
  it("lists every case, readable without JavaScript", async () => {
    const { page } = await openPage(browser, "/cases/", { contextOptions: { javaScriptEnabled: false } });
    const rows = await page.locator("#case-table tbody tr").count();
    expect(rows).toBeGreaterThanOrEqual(6);
    await expect(page.locator('#case-table a[href="/cases/raelingen-2020/"]').count()).resolves.toBe(1);
    // Without the script there are no sort buttons, only headings.
    expect(await page.locator("#case-table th button").count()).toBe(0);
  });

  it("sorts by final amount (by euro value) and by date, both ways, from the keyboard", async () => {
    const opened = await openPage(browser, "/cases/");
    const { page } = opened;
    await tabTo(page, "#case-table th:nth-child(6) button");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("#case-table th:nth-child(6)", "aria-sort")).toBe("ascending");
    const ascending = (await columnTexts(page, 6)).filter((v) => v !== "").map(Number);
    expect(ascending.length).toBeGreaterThanOrEqual(3);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.keyboard.press("Enter");
    const descending = (await columnTexts(page, 6)).filter((v) => v !== "").map(Number);
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));

    await page.click("#case-table th:nth-child(4) button");
    const dates = (await columnTexts(page, 4)).filter((v) => v !== "");
    expect(dates).toEqual([...dates].sort());
    expectClean(opened.problems());
  });

  it("passes axe", async () => {
    const { page } = await openPage(browser, "/cases/");
    expect(await runAxe(page)).toEqual([]);
  });
});

describe("/cases/raelingen-2020/: a case page", () => {
  it("shows all eleven factors with directions and the notice → decision change", async () => {
    const opened = await openPage(browser, "/cases/raelingen-2020/");
    const { page } = opened;
    const letters = await page.$$eval(".factor-table tbody tr", (rows) => rows.map((r) => (r as HTMLElement).dataset.factor));
    expect(letters).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]);
    await expect(page.locator('.factor-table tr[data-factor="c"] .badge').textContent()).resolves.toBe("Mitigating");
    await expect(page.locator('.amounts-table tr[data-stage="final"]').textContent()).resolves.toMatch(/NOK\s500,000/);
    await expect(page.locator('.amounts-table tr[data-stage="final"]').textContent()).resolves.toContain("-37.5%");
    await expect(page.locator(".arguments-table").textContent()).resolves.toContain("Årdal");
    expectClean(opened.problems());
    expect(await runAxe(page)).toEqual([]);
  });

  it("a pinpoint link lands on its paragraph, which holds the quoted words", async () => {
    const { page } = await openPage(browser, "/cases/raelingen-2020/");
    const link = page.locator('.factor-table tr[data-factor="c"] a.pinpoint');
    const target = (await link.getAttribute("href"))!;
    expect(target).toMatch(/^\/decisions\/datatilsynet-norway-20-02191\/#p\d+$/);
    await link.click();
    await page.waitForURL((url) => url.hash === target.slice(target.indexOf("#")));
    const id = target.slice(target.indexOf("#") + 1);
    const paragraph = page.locator(`[id="${id}"]`);
    await expect(paragraph.textContent()).resolves.toContain("some weight in a mitigating direction");
    // The paragraph is scrolled into view and highlighted as the target.
    expect(await paragraph.evaluate((el) => el.matches(":target"))).toBe(true);
    const box = await paragraph.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(800);
  });

  it("flags a pre-GDPR case and unverified facts", async () => {
    const opened = await openPage(browser, "/cases/ardal-2016/");
    await expect(opened.page.locator('[data-testid="pre-gdpr"]').count()).resolves.toBe(1);
    await expect(opened.page.locator(".unverified").count()).resolves.toBeGreaterThan(0);
    expectClean(opened.problems());
  });
});
