import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe } from "./harness.ts";

const record = (id: string) => JSON.parse(readFileSync(new URL(`../../content/cases/${id}.json`, import.meta.url), "utf8"));

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

  it("/nb/arguments/ shows Rælingen's plea and the authority's answer in bokmål under the Norwegian kind, and a Swedish case's argument marked English", async () => {
    const { page, problems } = await openPage(browser, "/nb/arguments/");
    const raelingen = record("raelingen-2020");
    // The kinds in bokmål: the table, the headings and their descriptions.
    const row = page.locator("table.argument-kinds tbody tr[data-kind='fine-too-high'] th");
    await expect(row.textContent()).resolves.toBe("Beløpet er uforholdsmessig");
    const section = page.locator("section[aria-labelledby='kind-fine-too-high']");
    await expect(section.locator("h2").textContent()).resolves.toBe("Beløpet er uforholdsmessig");
    await expect(section.locator("h2 + p").textContent()).resolves.toMatch(/^Det varslede eller ilagte beløpet er generelt for høyt/);

    // Rælingen's plea that the fine was too high: the record's bokmål, not marked as another language.
    const plea = section.locator("li:not(.argument-ref)", { has: page.locator("a[href$='/nb/cases/raelingen-2020/']") }).first();
    await expect(plea.locator(".argument-head a").first().textContent()).resolves.toBe(raelingen.nb.title);
    await expect(plea.locator(".result").textContent()).resolves.toBe("Delvis tatt til følge");
    await expect(plea.textContent()).resolves.toContain(raelingen.nb.arguments[0].argument);
    await expect(plea.textContent()).resolves.toContain(raelingen.nb.arguments[0].answer);
    expect(await plea.evaluate((li) => li.querySelectorAll("[lang]").length)).toBe(0);
    await expect(plea.textContent()).resolves.toMatch(/NOK\s800\s000/);

    // Apoteket (IMY) has no bokmål texts: its title, argument and answer say they are English.
    const apoteket = record("apoteket-2024");
    const swedish = page.locator("section[aria-labelledby='kind-low-risk-data'] li:not(.argument-ref)", { has: page.locator("a[href$='/nb/cases/apoteket-2024/']") }).first();
    await expect(swedish.locator(".argument-head a").first().getAttribute("lang")).resolves.toBe("en");
    await expect(swedish.locator(".argument-head .result").textContent()).resolves.toBe("Ikke tatt til følge");
    const argument = swedish.getByText(apoteket.arguments[0].argument, { exact: true });
    await expect(argument.getAttribute("lang")).resolves.toBe("en");
    await expect(swedish.getByText(apoteket.arguments[0].answer, { exact: true }).getAttribute("lang")).resolves.toBe("en");

    // A cross-reference names the kind it is written out under in bokmål.
    const refs = await page.locator("li.argument-ref a[href^='#arg-']").allTextContents();
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.every((t) => /^gjengitt under «[^»]+»$/.test(t))).toBe(true);
    expect(refs).toContain("gjengitt under «Rask sletting eller skadebegrensning»");
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
