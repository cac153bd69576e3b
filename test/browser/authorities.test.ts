import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorityPractice } from "../../src/domain/authority-practice.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { expectClean, launch, openPage, runAxe } from "./harness.ts";

const library = loadLibrary();
const practice = (id: string) => authorityPractice(id, library.cases, library.documents, library.rates);
const eur = (n: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR", currencyDisplay: "code", maximumFractionDigits: 0 }).format(Math.round(n));

describe("authority pages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("/authorities/ lists the bodies with their coded cases and median fine, each linking to its page", async () => {
    const { page, problems, context } = await openPage(browser, "/authorities/");
    const no = page.locator('tr[data-authority="no-datatilsynet"]');
    const p = practice("no-datatilsynet");
    const cells = await no.locator("td").allTextContents();
    expect(cells.at(-4)).toBe(String(p.cases.length));
    expect(cells.at(-2)).toBe(String(p.fines!.count));
    expect(cells.at(-1)).toBe(eur(p.fines!.medianEur));
    await expect(no.locator("a").getAttribute("href")).resolves.toBe("/authorities/no-datatilsynet/");
    await expect(page.locator('tr[data-authority="no-personvernnemnda"]').count()).resolves.toBe(1);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
    await context.close();
  });

  it("Datatilsynet (Norway): median and range in euro, fines by year, public against private, appeal record and every coded case", async () => {
    const { page, problems, context } = await openPage(browser, "/authorities/no-datatilsynet/");
    const p = practice("no-datatilsynet");
    const figures = (await page.locator(".authority-figures").textContent())!;
    expect(figures).toContain(eur(p.fines!.medianEur));
    expect(figures).toContain(`${eur(p.fines!.lowest.eur)} to ${eur(p.fines!.highest.eur)}`);
    await expect(page.locator(".authority-figures a", { hasText: "Grindr" }).getAttribute("href")).resolves.toBe("/cases/grindr-2021/");
    const years = await page.locator(".year-table tbody th").allTextContents();
    expect(years).toEqual(p.byYear.map((y) => String(y.year)));
    await expect(page.locator(".year-chart rect").count()).resolves.toBe(p.byYear.length);
    await expect(page.locator('tr[data-type="public"] td').first().textContent()).resolves.toBe(String(p.byControllerType.public.cases));
    await expect(page.locator('tr[data-outcome="upheld"] td').textContent()).resolves.toBe(String(p.appeals.upheld));
    await expect(page.locator(".authority-cases tbody tr").count()).resolves.toBe(p.cases.length);
    await expect(page.locator('.authority-cases tr[data-case="raelingen-2020"] a').getAttribute("href")).resolves.toBe("/cases/raelingen-2020/");
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
    // Its decisions in the library: the library's filter for this body finds as many.
    await Promise.all([page.waitForURL(/\/decisions\/\?/), page.getByRole("link", { name: "browse them" }).click()]);
    await page.waitForFunction((n) => document.querySelector("[aria-live]")?.textContent?.startsWith(`${n} of`), p.library.documents);
    await context.close();
  });

  it("Denmark's page says its amounts are recommendations to the police; Personvernnemnda's lists the appeals it ruled on", async () => {
    const dk = await openPage(browser, "/authorities/dk-datatilsynet/");
    await expect(dk.page.locator("main .notice").first().textContent()).resolves.toContain("recommended amount");
    await dk.context.close();
    const pvn = await openPage(browser, "/authorities/no-personvernnemnda/");
    await expect(pvn.page.locator('section[aria-labelledby="appeal-rulings"] a[href="/cases/grindr-2021/"]').count()).resolves.toBe(1);
    await pvn.context.close();
  });

  it("in Norwegian, names cases by their bokmål titles (an English one would be marked lang=en)", async () => {
    const title = (id: string) => library.cases.find((c) => c.id === id)!;
    const pvn = await openPage(browser, "/nb/authorities/no-personvernnemnda/");
    const grindr = pvn.page.locator('section[aria-labelledby="appeal-rulings"] a[href="/nb/cases/grindr-2021/"]');
    await expect(grindr.textContent()).resolves.toBe(title("grindr-2021").nb!.title);
    await expect(grindr.getAttribute("lang")).resolves.toBeNull();
    expectClean(pvn.problems());
    await pvn.context.close();
    const imy = await openPage(browser, "/nb/authorities/se-imy/");
    const p = practice("se-imy");
    for (const side of ["lowest", "highest"] as const) {
      const id = p.fines![side].caseId;
      const link = imy.page.locator(`.authority-figures a[href="/nb/cases/${id}/"]`).first();
      const record = title(id);
      await expect(link.textContent(), id).resolves.toBe(record.nb?.title ?? record.title);
      await expect(link.getAttribute("lang"), id).resolves.toBe(record.nb ? null : "en");
    }
    expectClean(imy.problems());
    await imy.context.close();
    // A Swedish case among a court's appeal rulings: in bokmål too.
    const court = await openPage(browser, "/nb/authorities/se-forvaltningsratten-stockholm/");
    const google = court.page.locator('section[aria-labelledby="appeal-rulings"] a[href="/nb/cases/google-2020/"]');
    await expect(google.textContent()).resolves.toBe(title("google-2020").nb!.title);
    await expect(google.getAttribute("lang")).resolves.toBeNull();
    expectClean(court.problems());
    await court.context.close();
  });

  it("case pages and the case list link the authority's name to its page", async () => {
    const { page, context } = await openPage(browser, "/cases/raelingen-2020/");
    await expect(page.locator('.decided a[href="/authorities/no-datatilsynet/"]').count()).resolves.toBe(1);
    await page.goto("/cases/");
    await expect(page.locator('#case-table tr[data-case="google-2020"] a[href="/authorities/se-imy/"]').count()).resolves.toBe(1);
    await context.close();
  });

  it("/arguments/?authority=se-imy recounts the kinds for IMY, carries the filter to a kind page that shows only IMY's arguments, and goes back to all", async () => {
    const { page, problems, context } = await openPage(browser, "/arguments/?authority=se-imy");
    await page.waitForFunction(() => document.querySelector("#argument-filter-status")!.textContent !== "");
    const imy = library.cases.filter((c) => c.authority === "se-imy").flatMap((c) => c.arguments);
    await expect(page.locator("#argument-filter-status").textContent()).resolves.toContain(`the ${imy.length} arguments`);
    const counts = await page.$$eval("#argument-kinds tbody tr:not([hidden]) td:nth-child(2)", (tds) => tds.map((td) => Number(td.textContent!.replace(/\D/g, ""))));
    expect(counts.reduce((n, x) => n + x, 0)).toBe(imy.reduce((n, a) => n + a.kinds.length, 0));
    // The per-authority table agrees.
    await expect(page.locator('.argument-authorities tr[data-authority="se-imy"] td').first().textContent()).resolves.toBe(String(imy.length));
    // The kind links carry the filter; the kind page shows IMY's arguments of that kind only.
    const link = page.locator("#argument-kinds tr[data-kind='low-risk-data'] th a");
    await expect(link.getAttribute("href")).resolves.toBe("/arguments/low-risk-data/?authority=se-imy");
    await Promise.all([page.waitForURL(/\/arguments\/low-risk-data\/\?authority=se-imy$/), link.click()]);
    await page.waitForFunction(() => document.querySelector("#argument-filter-status")!.textContent !== "");
    const visible = await page.$$eval("li[data-a]", (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => (li as HTMLElement).dataset.a));
    const imyLowRisk = imy.filter((a) => a.kinds.includes("low-risk-data")).length;
    expect(visible.length).toBe(imyLowRisk);
    expect(new Set(visible)).toEqual(new Set(["se-imy"]));
    await expect(page.locator("#argument-filter-status").textContent()).resolves.toContain(`the ${imyLowRisk} arguments`);
    await expect(page.locator(".eyebrow a").getAttribute("href")).resolves.toBe("/arguments/?authority=se-imy");
    expect(await runAxe(page)).toEqual([]);
    // Back to all on the kind page, then on the overview.
    await page.locator("select[name=authority]").selectOption("");
    await page.waitForFunction(() => !location.search.includes("authority"));
    await expect(page.locator(".argument-list > li:not([hidden])").count()).resolves.toBe(await page.locator(".argument-list > li").count());
    await expect(page.locator(".eyebrow a").getAttribute("href")).resolves.toBe("/arguments/");
    await page.goto("/arguments/?authority=se-imy");
    await page.locator("select[name=authority]").selectOption("");
    await page.waitForFunction(() => !location.search.includes("authority"));
    const all = await page.$$eval("#argument-kinds tbody tr td:nth-child(2)", (tds) => tds.reduce((n, td) => n + Number(td.textContent!.replace(/\D/g, "")), 0));
    expect(all).toBe(602);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
    await context.close();
  });
});
