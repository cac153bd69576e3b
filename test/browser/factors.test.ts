import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe, caseRecordCount } from "./harness.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import type { CaseRecord } from "../../src/domain/schema/case.ts";

let cached: CaseRecord[] | undefined;
/** The case records as the build reads them (their Norwegian blocks included). */
const records = (): CaseRecord[] => (cached ??= loadLibrary().cases);
const record = (id: string) => records().find((r) => r.id === id)!;

// What the pages must say follows the fitted weights, which a refit changes.
const steps: Record<string, number> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(resolve(import.meta.dirname, "../../content/weights.json"), "utf8")).factors as Record<string, { step: number }>).map(([l, f]) => [l, f.step]),
);
const zero = Object.keys(steps).filter((l) => steps[l] === 0);
const largest = Object.keys(steps).reduce((a, b) => (steps[b]! > steps[a]! ? b : a));
const times = (step: number) => `×${new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.exp(step))}`;

describe("factor pages /factors/ and /factors/<letter>/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the eleven factors with counts adding up to the number of records and the fitted effect of each, 'no measurable effect' where the step is zero", async () => {
    const { page, problems } = await openPage(browser, "/factors/");
    const rows = page.locator("table.factor-overview tbody tr");
    expect(await rows.count()).toBe(11);
    for (let i = 0; i < 11; i++) {
      const counts = (await rows.nth(i).locator("td").allTextContents()).slice(0, 4).map((t) => Number(t.replace(/\D/g, "")));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(caseRecordCount());
    }
    const g = page.locator('tr[data-factor="g"]');
    await expect(g.locator("td").nth(0).textContent()).resolves.toBe("83");
    await expect(page.locator(`tr[data-factor="${zero[0]}"] td`).last().textContent()).resolves.toBe("no measurable effect");
    await expect(page.locator(`tr[data-factor="${largest}"] td`).last().textContent()).resolves.toBe(times(steps[largest]!));
    expect(await page.locator('td[data-effect="none"]').count()).toBe(zero.length);
    await g.locator("a").click();
    await page.waitForURL(/\/factors\/g\/$/);
    await expect(page.locator("h1").textContent()).resolves.toContain("Categories of personal data");
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("reads (g) for a student: the guideline paragraph traced to the decision citing it, the model's finding, and Rælingen under aggravating with its passage", async () => {
    const { page, problems } = await openPage(browser, "/factors/g/");
    const cited = page.locator(".guideline-paragraphs li", { hasText: "Paragraph 57" });
    await expect(cited.textContent()).resolves.toContain("version 2.1");
    await expect(cited.locator("a.pinpoint").getAttribute("href")).resolves.toBe("/decisions/tietosuojavaltuutetun-toimisto-finland-tsv-108-2022/#p76");
    const model = page.locator('[data-testid="model-effect"]');
    await expect(model.textContent()).resolves.toContain(steps.g === 0 ? "No measurable effect in decided cases." : `multiplies an estimate by ${times(steps.g!)}`);
    await expect(model.textContent()).resolves.toContain("a step you set yourself");
    // The model measures special-category and children's data on their own.
    await expect(model.locator("li").count()).resolves.toBe(2);

    const aggravating = page.locator('section[data-direction="aggravating"]');
    await expect(aggravating.locator("h3").textContent()).resolves.toContain("(83)");
    expect(await aggravating.locator("ol > li").count()).toBe(83);
    const raelingen = aggravating.locator("li", { has: page.locator("a[href$='/cases/raelingen-2020/#factor-g']") });
    await expect(raelingen.textContent()).resolves.toContain("health data");
    await expect(raelingen.textContent()).resolves.toContain("Datatilsynet (Norway)");
    await expect(raelingen.locator("a.pinpoint").getAttribute("href")).resolves.toBe("/decisions/datatilsynet-norway-20-02191/#p83");
    expect(await page.locator('section[data-direction="not-assessed"] li').count()).toBe(47);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("says where no guideline paragraph could be verified, and what a zero step means", async () => {
    const { page, problems } = await openPage(browser, "/factors/i/");
    await expect(page.locator("#guidelines + .prose").textContent()).resolves.toContain("so we give none");
    await page.goto(page.url().replace(/\/factors\/i\/$/, `/factors/${zero[0]}/`));
    const model = page.locator('[data-testid="model-effect"]');
    await expect(model.locator("strong").first().textContent()).resolves.toBe("No measurable effect in decided cases.");
    await expect(model.textContent()).resolves.toContain("The fitted step is zero (×1.00)");
    expectClean(problems());
  });

  it("gives the factor the fit moves most its multiplier", async () => {
    const { page, problems } = await openPage(browser, `/factors/${largest}/`);
    await expect(page.locator('[data-testid="model-effect"] strong').textContent()).resolves.toContain(`multiplies an estimate by ${times(steps[largest]!)}`);
    expectClean(problems());
  });

  it("/nb/factors/g/ gives titles and notes in bokmål, other countries' cases too, and would mark an English one lang=en", async () => {
    const raelingen = record("raelingen-2020");
    // A Swedish case the authority weighed on (g).
    const swedish = records().find((r) => r.country === "SE" && r.factors.g.direction === "aggravating" && r.factors.g.note.length > 24)!;
    const { page, problems } = await openPage(browser, "/nb/factors/g/");
    const aggravating = page.locator('section[data-direction="aggravating"]');
    const item = (id: string) => aggravating.locator("li", { has: page.locator(`a[href$='/nb/cases/${id}/#factor-g']`) });
    const r = item(raelingen.id);
    await expect(r.locator("a").first().textContent()).resolves.toBe(raelingen.nb!.title);
    await expect(r.locator("a").first().getAttribute("lang")).resolves.toBeNull();
    await expect(r.locator("p").nth(1).textContent()).resolves.toBe(raelingen.nb!.factors.g);
    await expect(r.locator("p").nth(1).getAttribute("lang")).resolves.toBeNull();
    const se = item(swedish.id);
    await expect(se.locator("a").first().textContent()).resolves.toBe(swedish.nb!.title);
    await expect(se.locator("a").first().getAttribute("lang")).resolves.toBeNull();
    await expect(se.locator("p").nth(1).textContent()).resolves.toBe(swedish.nb!.factors.g);
    await expect(se.locator("p").nth(1).getAttribute("lang")).resolves.toBeNull();
    // Not assessed: titles only, the English ones marked too.
    const notAssessed = page.locator('section[data-direction="not-assessed"] li a');
    const langs = await notAssessed.evaluateAll((as) => as.map((a) => ({ id: a.getAttribute("href")!.split("/").at(-2)!, lang: a.getAttribute("lang") })));
    expect(langs.length).toBeGreaterThan(0);
    for (const { id, lang } of langs) expect(lang, id).toBe(record(id).nb ? null : "en");
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("is reached from a case page's factor table and from the calculator's factor help", async () => {
    const { page, problems } = await openPage(browser, "/cases/raelingen-2020/");
    await expect(page.locator('.factor-table tr[data-factor="d"] th a').getAttribute("href")).resolves.toBe("/factors/d/");
    await page.goto(page.url().replace(/\/cases\/.*$/, "/calculator/"));
    await page.waitForSelector('.calculator[data-ready="true"]');
    await expect(page.locator('#f-factor-h-help a[href="/factors/h/"]').count()).resolves.toBe(1);
    expectClean(problems());
  });
});
