/**
 * /trends/: five charts drawn at build time (readable without JavaScript), a label on keyboard
 * focus, the case list's filters from the address applied to every chart, and downloads.
 */
import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, layoutShifts, openPage, recordLayoutShifts, runAxe, tabTo, caseRecordCount } from "./harness.ts";

/** Clicks a download link: the name the file is saved under and its lines. */
async function downloadLines(page: Page, link: Locator) {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), lines: readFileSync((await file.path())!, "utf8").trim().split("\n") };
}

describe("trends page /trends/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows five charts, each with a title, a finding, its data table and downloads, without JavaScript", async () => {
    const { page, context } = await openPage(browser, "/trends/", { contextOptions: { javaScriptEnabled: false } });
    const svgs = page.locator("section[data-chart] svg.chart-svg");
    expect(await svgs.count()).toBe(5);
    for (const id of ["fines", "slope", "people", "factors", "appeals"]) {
      const section = page.locator(`section[data-chart=${id}]`);
      await expect(section.locator("h2").textContent()).resolves.toBeTruthy();
      await expect(section.locator("svg title").first().textContent()).resolves.toBe(await section.locator("h2").textContent());
      await expect(section.locator("[data-finding]").textContent()).resolves.toMatch(/\d/);
      expect(await section.locator("table tbody tr").count()).toBeGreaterThan(0);
      await expect(section.locator(`a[href="/trends/${id}.csv"]`).getAttribute("download")).resolves.toBe(`art83-${id}.csv`);
      await expect(section.locator(`a[href="/trends/${id}.svg"]`).count()).resolves.toBe(1);
    }
    // The numbers of the issue: 132 fines, 34 cases from notice to decision, Rælingen −37.5 %.
    expect(await page.locator("section[data-chart=fines] svg .marks [data-tip]").count()).toBe(132);
    expect(await page.locator("section[data-chart=slope] svg .marks [data-tip]").count()).toBe(34);
    const raelingen = page.locator("section[data-chart=slope] tbody tr", { hasText: "Rælingen kommune" });
    await expect(raelingen.locator("td").last().textContent()).resolves.toBe("-37.5%");
    await expect(page.locator("section[data-chart=fines] [data-finding]").textContent()).resolves.toContain("Datatilsynet (Norway) fines public bodies hardest");
    await context.close();
  });

  it("labels a mark on keyboard focus and moves with the arrow keys; passes axe; no problems", async () => {
    const { page, context, problems } = await openPage(browser, "/trends/");
    await tabTo(page, "section[data-chart=slope] svg", { maxTabs: 80 });
    const tip = page.locator("section[data-chart=slope] [data-tip-box]");
    await expect(tip.isVisible()).resolves.toBe(true);
    const first = await tip.textContent();
    expect(first).toMatch(/notice .* → decision .*\(-?\d/);
    await page.keyboard.press("ArrowRight");
    const second = await tip.textContent();
    expect(second).not.toBe(first);
    await expect(page.locator("section[data-chart=slope] [data-tip-live]").textContent()).resolves.toBe(second);
    await page.keyboard.press("Escape");
    await expect(tip.isVisible()).resolves.toBe(false);
    // Hover shows the same labels.
    await page.locator("section[data-chart=fines] svg .marks [data-tip]").first().hover();
    await expect(page.locator("section[data-chart=fines] [data-tip-box]").textContent()).resolves.toMatch(/·/);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
    await context.close();
  });

  it("applies the case list's filter from the address: ?country=NO leaves Norwegian cases only", async () => {
    const { page, context, problems } = await openPage(browser, "/trends/?country=NO");
    await expect(page.locator("#trends-filter").textContent()).resolves.toMatch(new RegExp(`Country: Norway.*53 of ${caseRecordCount()} cases`));
    const fines = page.locator("section[data-chart=fines] svg .marks [data-tip]");
    const tips = await fines.evaluateAll((els) => els.map((e) => e.getAttribute("data-tip") ?? ""));
    expect(tips.length).toBeGreaterThan(0);
    expect(tips.length).toBeLessThan(132);
    expect(tips.every((t) => t.includes("(Norway)"))).toBe(true);
    const rows = await page.locator("section[data-chart=fines] tbody tr td:nth-child(2)").allTextContents();
    expect(rows.length).toBe(tips.length);
    expect(rows.every((r) => r.endsWith("(Norway)"))).toBe(true);
    // All 34 cases with a notice are Norwegian or Icelandic: the slope chart keeps the Norwegian ones.
    const slope = await page.locator("section[data-chart=slope] svg .marks [data-tip]").count();
    expect(slope).toBe(31);
    await expect(page.locator("section[data-chart=appeals] [data-finding]").textContent()).resolves.toContain("of 53 records");
    // The filtered rows download as CSV too, made in the browser by the build's function.
    const download = page.locator("section[data-chart=slope] a[data-filtered-csv]");
    await expect(download.textContent()).resolves.toContain("31 rows");
    const { name, lines } = await downloadLines(page, download);
    expect(name).toBe("art83-slope-country-NO.csv");
    expect(lines.length).toBe(32);
    expect(lines.slice(1).every((l) => l.includes(",NO,"))).toBe(true);
    // The link back to the case list keeps the filter.
    await expect(page.locator("#trends-filter a[data-filter-cases]").getAttribute("href")).resolves.toBe("/cases/?country=NO");
    expectClean(problems());
    await context.close();
  });

  // The filtered sentences are shorter than the build's; the Lighthouse CLS on a phone was 0.053.
  for (const [path, width] of [["/trends/?country=NO", 412], ["/nb/trends/?country=NO&type=public", 360], ["/trends/?country=SE", 1280]] as const) {
    it(`does not move the page as the filter applies (${path} at ${width} px)`, async () => {
      const { page, context, problems } = await openPage(browser, path, { viewport: { width, height: 823 }, beforeLoad: recordLayoutShifts });
      await page.waitForSelector("section[data-chart] a[data-filtered-csv]");
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      const { cls, shifts } = await layoutShifts(page);
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.01);
      await expect(page.locator("#trends-filter [data-filter-clear] a").isVisible()).resolves.toBe(true);
      expectClean(problems());
      await context.close();
    });
  }

  it("reports a filter value it does not offer and shows all cases", async () => {
    const { page, context } = await openPage(browser, "/trends/?country=XX");
    await expect(page.locator("#trends-ignored").textContent()).resolves.toContain("country=XX");
    expect(await page.locator("section[data-chart=fines] svg .marks [data-tip]").count()).toBe(132);
    await context.close();
  });

  it("serves each chart's data as CSV and the chart as a standalone SVG", async () => {
    const { page, context } = await openPage(browser, "/trends/");
    const csv = await page.request.get("/trends/slope.csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toMatch(/^case_id,controller,authority,country,controller_type,currency,notice,/);
    expect(lines.length).toBe(35);
    expect(lines.find((l) => l.startsWith("raelingen-2020,"))).toContain(",800000,2020-02-26,500000,2020-07-02,-37.5,");
    const svg = await page.request.get("/trends/fines.svg");
    expect(svg.status()).toBe(200);
    const text = await svg.text();
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).not.toContain("data-tip");
    expect((text.match(/<title>/g) ?? []).length).toBe(132);
    await context.close();
  });

  it("links /nb/trends/ to Norwegian files that exist, and /trends/ to the English ones", async () => {
    const { page, context } = await openPage(browser, "/nb/trends/", { contextOptions: { javaScriptEnabled: false } });
    const links = await page.locator(".chart-downloads a[download]").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect(links).toEqual(["fines", "slope", "people", "factors", "appeals"].flatMap((id) => [`/nb/trends/${id}.csv`, `/nb/trends/${id}.svg`]));
    // Saved under names of their own: the English files would otherwise overwrite them.
    const names = await page.locator(".chart-downloads a[download]").evaluateAll((els) => els.map((e) => e.getAttribute("download")));
    expect(names).toEqual(["fines", "slope", "people", "factors", "appeals"].flatMap((id) => [`art83-${id}-nb.csv`, `art83-${id}-nb.svg`]));
    for (const href of links) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()["content-type"], href).toMatch(href.endsWith(".csv") ? /^text\/csv/ : /^image\/svg\+xml/);
    }
    const csv = (await (await page.request.get("/nb/trends/slope.csv")).text()).trim().split("\n");
    expect(csv[0]).toMatch(/^sak_id,behandlingsansvarlig,tilsynsmyndighet,land,virksomhetstype,valuta,varslet_beløp,/);
    expect(csv.length).toBe(35);
    // The same numbers as the English file, the words in Norwegian.
    expect(csv.find((l) => l.startsWith("raelingen-2020,"))).toContain(",Datatilsynet (Norge),Norge,Offentlig virksomhet,NOK,800000,2020-02-26,500000,2020-07-02,-37.5,");
    const svg = await (await page.request.get("/nb/trends/factors.svg")).text();
    expect(svg).toContain(">Hvordan hver faktor i artikkel 83 nr. 2 ble vurdert</text>");
    expect(svg).not.toContain("How each factor");
    await context.close();

    const english = await openPage(browser, "/trends/", { contextOptions: { javaScriptEnabled: false } });
    const hrefs = await english.page.locator(".chart-downloads a[download]").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect(hrefs).toHaveLength(10);
    expect(hrefs.every((h) => /^\/trends\/[a-z]+\.(csv|svg)$/.test(h))).toBe(true);
    expect((await (await english.page.request.get(hrefs[0]!)).text()).split("\n")[0]).toBe("case_id,controller,authority,country,controller_type,decided,amount,currency,eur");
    await english.context.close();
  });

  it("makes the filtered rows' CSV in Norwegian on /nb/trends/", async () => {
    const { page, context, problems } = await openPage(browser, "/nb/trends/?country=NO");
    const download = page.locator("section[data-chart=factors] a[data-filtered-csv]");
    await expect(download.textContent()).resolves.toContain("53 rader");
    const { name, lines } = await downloadLines(page, download);
    expect(name).toBe("art83-factors-nb-country-NO.csv");
    expect(lines[0]).toBe("sak_id,behandlingsansvarlig,tilsynsmyndighet,land,virksomhetstype,vedtaksdato," + "abcdefghijk".split("").map((l) => `faktor_${l}`).join(","));
    expect(lines.length).toBe(54);
    expect(lines.slice(1).every((l) => l.includes(",Norge,"))).toBe(true);
    expect(lines.slice(1).some((l) => l.includes(",Skjerpende"))).toBe(true);
    expectClean(problems());
    await context.close();
  });

  it("carries the case list's filter to the charts: “See these cases as charts” keeps the query", async () => {
    const { page, context } = await openPage(browser, "/cases/?country=SE");
    await expect.poll(() => page.locator("#case-see-charts").getAttribute("href")).toBe("/trends/?country=SE");
    await context.close();
  });
});
