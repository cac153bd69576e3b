import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/domain/money.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { expectClean, launch, openPage, runAxe } from "./harness.ts";

const library = loadLibrary();
const money = (n: number, currency: string) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency, currencyDisplay: "code", maximumFractionDigits: 0 }).format(n);
const row = (key: string) => `#compare-table tr[data-row="${key}"]`;

describe("compare page /compare/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("puts Rælingen and Bergen side by side from the address, amounts in NOK, EUR and the SEK the reader picked, differences marked in words", async () => {
    const { page, problems, context } = await openPage(browser, "/compare/?cases=raelingen-2020,bergen-2019&currency=SEK");
    await page.waitForSelector("#compare-table tbody");
    const heads = await page.locator("#compare-table thead th a").allTextContents();
    expect(heads).toEqual([library.cases.find((c) => c.id === "raelingen-2020")!.controller.name, library.cases.find((c) => c.id === "bergen-2019")!.controller.name]);
    // Rælingen's NOK 500,000 in SEK through the euro at the ECB fixings of 2 July 2020, and which rates those were.
    const decision = (await page.locator(`${row("final")} td`).first().textContent())!;
    const sek = convert(library.rates, 500_000, "NOK", "SEK", "2020-07-02")!;
    expect(decision).toContain(money(500_000, "NOK"));
    expect(decision).toContain(`≈ ${money(Math.round(sek.amount), "SEK")}`);
    expect(decision).toMatch(/ECB NOK [\d.]+, SEK [\d.]+ per EUR, 2\sJul\s2020/);
    // Both Datatilsynet: not a difference. Factor (c): mitigating against neutral: a difference, said in words too.
    expect((await page.locator(row("authority")).getAttribute("class")) ?? "").not.toContain("differs");
    const c = page.locator(row("factor-c"));
    await expect(c.getAttribute("class")).resolves.toContain("differs");
    await expect(c.locator("th .visually-hidden").textContent()).resolves.toContain("differs");
    await expect(c.locator("td").allTextContents()).resolves.toEqual(["Mitigating", "Neutral"]);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
    await context.close();
  });

  it("gives the kinds of data in bokmål on /nb/compare/ (a record without them would show English, marked lang=en)", async () => {
    const raelingen = library.cases.find((c) => c.id === "raelingen-2020")!;
    for (const [path, first, lang] of [
      ["/nb/compare/", raelingen.dataSubjects.categories.map((_, i) => raelingen.nb!.details![`dataSubjects.categories[${i}]`]).join("; "), [null, null]],
      ["/compare/", raelingen.dataSubjects.categories.join("; "), [null, null]],
    ] as const) {
      const { page, problems, context } = await openPage(browser, `${path}?cases=raelingen-2020,klarna-2022`);
      await page.waitForSelector("#compare-table tbody");
      const cells = page.locator(`${row("categories")} td`);
      await expect(cells.first().textContent()).resolves.toBe(first);
      await expect(cells.evaluateAll((tds) => tds.map((td) => td.getAttribute("lang")))).resolves.toEqual(lang);
      expectClean(problems());
      await context.close();
    }
  });

  it("names the ids in the address that are no case, and asks for two cases when fewer are left", async () => {
    const { page, context } = await openPage(browser, "/compare/?cases=raelingen-2020,no-such-case&currency=USD");
    const messages = page.locator("#compare-messages");
    await expect(messages).toBeDefined();
    await page.waitForFunction(() => document.querySelector("#compare-messages")!.textContent!.includes("two"));
    const text = (await messages.textContent())!;
    expect(text).toContain("no-such-case");
    expect(text).toContain("“USD” is not a currency");
    expect(text).toContain("Pick at least two cases");
    expect(await page.locator("#compare-result").isHidden()).toBe(true);
    await context.close();
  });

  it("starts from one case (a case page's link), adds a second with the form and keeps the choice in the address", async () => {
    const { page, problems, context } = await openPage(browser, "/cases/raelingen-2020/");
    await Promise.all([page.waitForURL(/\/compare\/\?cases=raelingen-2020$/), page.getByRole("link", { name: "Compare with other cases" }).click()]);
    await expect(page.locator("select[name=case]").first().inputValue()).resolves.toBe("raelingen-2020");
    await page.locator("select[name=case]").nth(1).selectOption("google-2020");
    await page.locator("select[name=currency]").selectOption("DKK");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.waitForSelector(row("final"));
    expect(new URL(page.url()).search).toBe("?cases=raelingen-2020,google-2020&currency=DKK");
    const google = (await page.locator(`${row("final")} td`).nth(1).textContent())!;
    expect(google).toContain(money(75_000_000, "SEK"));
    expect(google).toMatch(/≈ DKK\s[\d,]+/);
    // Back goes to the one-case address.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("#compare-result")!.hasAttribute("hidden"));
    expectClean(problems());
    await context.close();
  });

  it("from the case list: tick two cases and open the comparison", async () => {
    const { page, context } = await openPage(browser, "/cases/");
    await page.getByRole("checkbox", { name: "Compare Bergen kommune (18/02140)" }).check();
    await page.getByRole("checkbox", { name: "Compare Rælingen kommune (20/02191)" }).check();
    await Promise.all([page.waitForURL(/\/compare\//), page.getByRole("button", { name: "Compare ticked cases" }).click()]);
    await page.waitForSelector(row("final"));
    const ids = new URLSearchParams(new URL(page.url()).search).get("cases")!.split(",");
    expect(ids.sort()).toEqual(["bergen-2019", "raelingen-2020"]);
    await context.close();
  });

  it("without JavaScript: says the comparison needs it and still offers the picking form", async () => {
    const { page, context } = await openPage(browser, "/compare/?cases=raelingen-2020,bergen-2019", { contextOptions: { javaScriptEnabled: false } });
    await expect(page.locator("#compare-needs-js").textContent()).resolves.toContain("needs JavaScript");
    await expect(page.locator("select[name=case]").count()).resolves.toBe(4);
    await expect(page.locator("select[name=case]").first().locator("option").count()).resolves.toBe(library.cases.length + 1);
    expect(await page.locator("#compare-result").isHidden()).toBe(true);
    await context.close();
  });
});
