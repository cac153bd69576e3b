import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe } from "./harness.ts";

const record = (id: string) => JSON.parse(readFileSync(new URL(`../../content/cases/${id}.json`, import.meta.url), "utf8"));

describe("arguments overview /arguments/ and kind pages /arguments/<kind>/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("counts every coded argument once per kind it names, each kind linking to its page, without writing the arguments out", async () => {
    const { page, problems } = await openPage(browser, "/arguments/");
    const rows = page.locator("table.argument-kinds tbody tr");
    expect(await rows.count()).toBe(20);
    // 456 arguments carry 602 kind codes (1–3 each): the table's counts add up to the codes.
    const total = (await rows.locator("td:nth-child(2)").allTextContents()).reduce((n, t) => n + Number(t.replace(/\D/g, "")), 0);
    expect(total).toBe(602);
    await expect(page.locator("tr[data-kind='fine-too-high'] th a").getAttribute("href")).resolves.toBe("/arguments/fine-too-high/");
    await expect(page.locator(".argument-list").count()).resolves.toBe(0);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("/arguments/fine-too-high/ writes out Rælingen's partly accepted plea with its amount and pinpoint, under a citable id", async () => {
    const { page, problems } = await openPage(browser, "/arguments/fine-too-high/");
    await expect(page.locator("h1").textContent()).resolves.toBe("The amount is disproportionate");
    await expect(page.locator(".eyebrow a").getAttribute("href")).resolves.toBe("/arguments/");
    const raelingen = page.locator("li#raelingen-2020-1");
    await expect(raelingen.locator(".argument-head a").getAttribute("href")).resolves.toBe("/cases/raelingen-2020/");
    await expect(raelingen.locator(".result").textContent()).resolves.toBe("Partly accepted");
    await expect(raelingen.textContent()).resolves.toContain("NOK 800,000");
    await expect(raelingen.locator("a.pinpoint").getAttribute("href")).resolves.toBe("/decisions/datatilsynet-norway-20-02191/#p101");
    // The counts: as many arguments as the overview's row, and the per-authority rows sum to them.
    const listed = await page.locator(".argument-list > li").count();
    const footer = await page.locator("#kind-authorities tfoot td").first().textContent();
    expect(Number(footer!.replace(/\D/g, ""))).toBe(listed);
    const perAuthority = await page.locator("#kind-authorities tbody td:nth-child(2)").allTextContents();
    expect(perAuthority.reduce((n, t) => n + Number(t.replace(/\D/g, "")), 0)).toBe(listed);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("writes an argument that names three kinds out on each of the three pages, and links the kinds in order", async () => {
    const { page, problems } = await openPage(browser, "/arguments/milder-measure/");
    // Apoteket's third argument: milder-measure, limited-impact, self-reported.
    for (const kind of ["milder-measure", "limited-impact", "self-reported"]) {
      if (kind !== "milder-measure") await page.goto(`/arguments/${kind}/`);
      await expect(page.locator("li#apoteket-2024-3 .argument-head a").getAttribute("href")).resolves.toBe("/cases/apoteket-2024/");
    }
    // Previous and next follow the overview's order; the last kind has no next.
    await page.goto("/arguments/");
    const order = await page.locator("table.argument-kinds tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.kind));
    await page.goto(`/arguments/${order[1]}/`);
    await expect(page.locator(".kind-pager a[rel=prev]").getAttribute("href")).resolves.toBe(`/arguments/${order[0]}/`);
    await expect(page.locator(".kind-pager a[rel=next]").getAttribute("href")).resolves.toBe(`/arguments/${order[2]}/`);
    await page.goto(`/arguments/${order.at(-1)}/`);
    await expect(page.locator(".kind-pager a[rel=next]").count()).resolves.toBe(0);
    expectClean(problems());
  });

  it("/nb/arguments/fine-too-high/ shows the kind, Rælingen's plea and the answer in bokmål, and a Swedish case's argument in bokmål too", async () => {
    const { page, problems } = await openPage(browser, "/nb/arguments/");
    const raelingen = record("raelingen-2020");
    const row = page.locator("table.argument-kinds tbody tr[data-kind='fine-too-high'] th a");
    await expect(row.textContent()).resolves.toBe("Beløpet er uforholdsmessig");
    await expect(row.getAttribute("href")).resolves.toBe("/nb/arguments/fine-too-high/");

    await page.goto("/nb/arguments/fine-too-high/");
    await expect(page.locator("h1").textContent()).resolves.toBe("Beløpet er uforholdsmessig");
    await expect(page.locator("h1 + p").textContent()).resolves.toMatch(/^Det varslede eller ilagte beløpet er generelt for høyt/);
    await expect(page.locator(".eyebrow a").getAttribute("href")).resolves.toBe("/nb/arguments/");
    // Rælingen's plea that the fine was too high: the record's bokmål, not marked as another language.
    const plea = page.locator("li#raelingen-2020-1");
    await expect(plea.locator(".argument-head a").first().textContent()).resolves.toBe(raelingen.nb.title);
    await expect(plea.locator(".result").textContent()).resolves.toBe("Delvis tatt til følge");
    await expect(plea.textContent()).resolves.toContain(raelingen.nb.arguments[0].argument);
    await expect(plea.textContent()).resolves.toContain(raelingen.nb.arguments[0].answer);
    expect(await plea.evaluate((li) => li.querySelectorAll("[lang]").length)).toBe(0);
    await expect(plea.textContent()).resolves.toMatch(/NOK\s800\s000/);
    await expect(plea.locator("a.pinpoint").getAttribute("href")).resolves.toBe("/nb/decisions/datatilsynet-norway-20-02191/#p101");
    expect(await runAxe(page)).toEqual([]);

    // Apoteket (IMY): a Swedish case's title, argument and answer in our bokmål too, nothing marked English.
    const apoteket = record("apoteket-2024");
    await page.goto("/nb/arguments/low-risk-data/");
    const swedish = page.locator("li#apoteket-2024-1");
    await expect(swedish.locator(".argument-head a").first().textContent()).resolves.toBe(apoteket.nb.title);
    await expect(swedish.locator(".argument-head .result").textContent()).resolves.toBe("Ikke tatt til følge");
    await expect(swedish.textContent()).resolves.toContain(apoteket.nb.arguments[0].argument);
    await expect(swedish.textContent()).resolves.toContain(apoteket.nb.arguments[0].answer);
    expect(await swedish.evaluate((li) => li.querySelectorAll("[lang]").length)).toBe(0);
    expectClean(problems());
  });

  it("on a phone, a cited address of an argument far down a kind page lands on it, drawn", async () => {
    // Argument blocks off screen are laid out only when near it (content-visibility): the jump
    // must still put the named argument at the top of the screen.
    const { page, problems } = await openPage(browser, "/arguments/processing-lawful/", { viewport: { width: 360, height: 800 } });
    const id = await page.locator(".argument-list > li").last().getAttribute("id");
    expect(id).toMatch(/^[a-z0-9-]+-\d+$/);
    await page.goto(`/arguments/processing-lawful/#${id}`);
    const argument = page.locator(`#${id}`);
    await page.waitForFunction(() => scrollY > 0);
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

  it("an old address of a kind's section on the long page (/arguments/#kind-<id>) goes to the kind's page", async () => {
    const { page, problems } = await openPage(browser, "/arguments/?authority=no-datatilsynet#kind-fine-too-high");
    await page.waitForURL(/\/arguments\/fine-too-high\/\?authority=no-datatilsynet$/);
    expectClean(problems());
  });
});
