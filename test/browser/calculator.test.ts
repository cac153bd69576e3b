import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { baseUrl, describeFocus, expectClean, launch, openPage, runAxe, tabTo } from "./harness.ts";

/** The calculator's props block (src/components/calculator/data.ts). */
interface PageData {
  cases: { id: string; controllerName: string; title: string; titleLang?: string }[];
  fitted: { factors: Record<string, { step: number }> };
}

const ready = (page: Page) => page.waitForSelector('.calculator[data-ready="true"]');
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim() ?? "";
/** "NOK 580,000" → 580000 */
const amount = (s: string) => Number(s.replace(/[^0-9.]/g, ""));
const data = (page: Page) => page.evaluate(() => JSON.parse(document.getElementById("calculator-data")!.textContent!) as unknown) as Promise<PageData>;

describe("fine calculator /calculator/", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders a static result without JavaScript", async () => {
    const { page, response } = await openPage(browser, "/calculator/", { contextOptions: { javaScriptEnabled: false } });
    expect(response?.status()).toBe(200);
    expect(amount(await text(page, "estimate"))).toBeGreaterThan(0);
    expect(await page.locator("#calculator-static-note").isVisible()).toBe(true);
    expect(await page.locator(".estimate-chart svg.chart-plot a.point").count()).toBe(10);
    expect(await page.locator("[data-testid=comparables] tbody tr").count()).toBe(10);
    // Controls wait for the script, and the note above says so.
    expect(await page.locator("#f-country").isDisabled()).toBe(true);
  });

  it("hydrates the build's render instead of drawing the page again", async () => {
    // Record every node a script adds to or removes from the calculator while the page loads,
    // hydrates and fetches its data: re-drawing, or markup the browser's render disagrees with, shows here.
    const { page, problems } = await openPage(browser, "/calculator/", {
      beforeLoad: (page) =>
        page.addInitScript(() => {
          const w = window as unknown as { calculatorChanges: string[] };
          w.calculatorChanges = [];
          let parsed = false;
          const name = (n: Node) => (n instanceof Element ? `<${n.localName} class="${n.className}">` : JSON.stringify(n.textContent));
          const observer = new MutationObserver((records) => {
            if (!parsed) return;
            for (const r of records) {
              if (!(r.target instanceof Element) || !r.target.closest("#calculator-root")) continue;
              for (const n of r.removedNodes) w.calculatorChanges.push(`- ${name(n)}`);
              for (const n of r.addedNodes) w.calculatorChanges.push(`+ ${name(n)}`);
            }
          });
          observer.observe(document, { childList: true, subtree: true });
          // Parsing is over before the module script runs: what the parser inserted is not a change.
          document.addEventListener("readystatechange", () => {
            if (document.readyState !== "interactive") return;
            observer.takeRecords();
            parsed = true;
          });
        }),
    });
    await ready(page);
    expect(await page.evaluate(() => (window as unknown as { calculatorChanges: string[] }).calculatorChanges)).toEqual([]);
    expect(await page.locator("#f-country").isEnabled()).toBe(true);
    expect(await page.locator("#calculator-static-note").isVisible()).toBe(false);
    expect(await page.inputValue("#memo-text")).toMatch(/^# .*\n[\s\S]*country=NO/);
    expectClean(problems());
  });

  it("starts from a case, moves with a factor, and reproduces the result from its URL", async () => {
    const opened = await openPage(browser, "/calculator/");
    const { page } = opened;
    expect(opened.response?.status()).toBe(200);
    await ready(page);
    expect(await page.locator("#calculator-static-note").isVisible()).toBe(false);

    const d = await data(page);
    const start = d.cases.find((c) => c.id === "raelingen-2020") ?? d.cases[0]!;
    await page.selectOption("#start-case", start.id);
    await page.click("#load-case");
    await expect.poll(() => page.url()).toContain(`from=${start.id}`);
    expect(await text(page, "started-from")).toContain(start.controllerName.split(",")[0]!);
    // The case itself is among the comparables, first.
    expect(await page.locator("[data-testid=comparables] tbody tr").first().getAttribute("data-case")).toBe(start.id);
    const before = amount(await text(page, "estimate"));
    expect(before).toBeGreaterThan(0);

    // The factor the fitted weights move most; give it a visible weight if the fit gave it none.
    const letters = Object.keys(d.fitted.factors);
    const letter = letters.reduce((best, l) => (d.fitted.factors[l]!.step > d.fitted.factors[best]!.step ? l : best), letters[0]!);
    if (d.fitted.factors[letter]!.step < 0.2) {
      await page.click("details.weights > summary");
      await page.fill(`#w-step-${letter}`, "0.5");
      await page.press(`#w-step-${letter}`, "Enter");
      await page.locator(`#w-step-${letter}`).blur();
    }
    const current = await page.inputValue(`#f-factor-${letter}`);
    const next = current === "strongly-aggravating" ? "strongly-mitigating" : "strongly-aggravating";
    await page.selectOption(`#f-factor-${letter}`, next);
    await expect.poll(() => page.url()).toContain(`${letter}=${next === "strongly-aggravating" ? "sa" : "sm"}`);
    const after = amount(await text(page, "estimate"));
    // A screen reader hears the new estimate.
    expect(amount(await text(page, "live"))).toBe(after);
    if (next === "strongly-aggravating") expect(after).toBeGreaterThan(before);
    else expect(after).toBeLessThan(before);

    const url = new URL(page.url());
    const likely = await text(page, "likely");
    const wide = await text(page, "wide");
    expectClean(opened.problems());

    // The same address in a fresh browser context gives the same result.
    const fresh = await openPage(browser, `${url.pathname}${url.search}`);
    await ready(fresh.page);
    expect(amount(await text(fresh.page, "estimate"))).toBe(after);
    // Opening an address is not a change to announce.
    expect(await text(fresh.page, "live")).toBe("");
    expect(await text(fresh.page, "likely")).toBe(likely);
    expect(await text(fresh.page, "wide")).toBe(wide);
    expect(await fresh.page.inputValue(`#f-factor-${letter}`)).toBe(next);
    expect(await fresh.page.getByTestId("url-notice").count()).toBe(0);
    expectClean(fresh.problems());
  });

  it("falls back to defaults with a notice on a tampered URL, never NaN", async () => {
    const { page, problems } = await openPage(browser, "/calculator/?country=XX&type=public&a=zz&people=-5&step=a:NaN&foo=%E0%A4&exclude=nope");
    await ready(page);
    const notice = await text(page, "url-notice");
    expect(notice).toContain("country");
    expect(notice).toContain("people");
    expect(notice).toContain("foo");
    const estimate = await text(page, "estimate");
    expect(estimate).not.toMatch(/NaN|Infinity/);
    expect(amount(estimate)).toBeGreaterThan(0);
    for (const selector of [".calc-result", "[data-testid=comparables]", ".estimate-chart", "[data-testid=lens]"]) {
      expect(await page.locator(selector).textContent(), selector).not.toMatch(/NaN|Infinity/);
    }
    expect(await page.inputValue("#f-country")).toBe("NO");
    expectClean(problems());
  });

  it("says a Finnish public authority cannot be fined instead of estimating", async () => {
    const { page, problems } = await openPage(browser, "/calculator/?country=FI&type=public");
    await ready(page);
    expect(await text(page, "not-fineable")).toContain("24 §");
    expect(await page.getByTestId("estimate").count()).toBe(0);
    expectClean(problems());
  });

  it("shows field errors for bad input and keeps the last valid estimate", async () => {
    const { page, problems } = await openPage(browser, "/calculator/");
    await ready(page);
    const before = await text(page, "estimate");
    await page.fill("#f-articles", "5(1)(f), banana");
    expect(await text(page, "form-errors")).toContain("articles[1]");
    expect(await text(page, "estimate")).toBe(before);
    await page.fill("#f-articles", "5(1)(f), 32(1)(b)");
    expect(await page.getByTestId("form-errors").count()).toBe(0);
    expectClean(problems());
  });

  it("offers the memo as Markdown with citations and the disclaimer", async () => {
    const { page, problems } = await openPage(browser, "/calculator/?country=NO&type=public&a=a");
    await ready(page);
    await page.click("details.memo > summary");
    const memo = await page.inputValue("#memo-text");
    expect(memo).toMatch(/^# /);
    expect(memo).toContain("not legal advice");
    expect(memo).toMatch(/\]\(https?:\/\/[^)]+\/cases\/[a-z0-9-]+\/\)/);
    expect(memo).toContain("country=NO");
    // Every link is on the address the page was served from: no placeholder domain, no other host.
    const links = [...memo.matchAll(/\]\((https?:\/\/[^)]+)\)/g)].map((m) => new URL(m[1]!).origin);
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set([baseUrl()]));
    expectClean(problems());
  });

  it("has no serious or critical axe violations, before and after interaction", async () => {
    const { page } = await openPage(browser, "/calculator/");
    await ready(page);
    expect(await runAxe(page)).toEqual([]);
    await page.click("details.weights > summary");
    await page.click("details.memo > summary");
    await page.selectOption("#f-factor-a", "aggravating");
    expect(await runAxe(page)).toEqual([]);
  });

  it("is usable from the keyboard", async () => {
    const { page, problems } = await openPage(browser, "/calculator/");
    await ready(page);
    await tabTo(page, "#start-case", { maxTabs: 40 });
    await tabTo(page, "#f-country", { maxTabs: 10 });
    await tabTo(page, "#f-factor-a", { maxTabs: 20 });
    // "Not assessed" is the last option: one step up is "strongly aggravating".
    expect(await page.inputValue("#f-factor-a")).toBe("not-assessed");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => page.inputValue("#f-factor-a")).toBe("strongly-aggravating");
    await expect.poll(() => page.url()).toContain("a=sa");
    // A point of the chart is a link that shows its details on focus.
    await tabTo(page, ".estimate-chart a.point", { maxTabs: 400 });
    expect(await page.locator(".chart-tip").isVisible(), await describeFocus(page)).toBe(true);
    expectClean(problems());
  });

  it("on a phone, a point's details stay on the screen, also for the rightmost point with the chart at the top", async () => {
    const { page, problems } = await openPage(browser, "/nb/calculator/?country=NO&type=public", { viewport: { width: 360, height: 800 } });
    await ready(page);
    const chart = page.locator(".estimate-chart .chart-frame");
    await chart.evaluate((el) => el.scrollIntoView({ block: "start" }));
    // The point drawn furthest right, where a tip centred on it would run off the screen.
    const points = page.locator(".estimate-chart a.point");
    const xs = await points.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    const rightmost = xs.indexOf(Math.max(...xs.filter((x) => x <= 360)));
    await points.nth(rightmost).hover();
    const tip = page.locator(".chart-tip");
    await expect.poll(() => tip.evaluate((el) => getComputedStyle(el).visibility)).toBe("visible");
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(await tip.textContent()).toMatch(/NOK|EUR|SEK/);
    expectClean(problems());
  });

  it("keeps the page within the screen from 320 px up", async () => {
    for (const width of [320, 390, 768, 1280]) {
      const { page, context } = await openPage(browser, "/calculator/?country=SE&type=private&articles=5(1)(f)&a=sa&from=raelingen-2020", {
        viewport: { width, height: 800 },
      });
      await ready(page);
      await page.click("details.weights > summary");
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth, `${width} px`).toBeLessThanOrEqual(innerWidth);
      await context.close();
    }
  });

  it("shows the estimate beside the form on a wide screen, sticky", async () => {
    const { page, problems } = await openPage(browser, "/calculator/", { viewport: { width: 1280, height: 800 } });
    await ready(page);
    const form = (await page.locator(".calc-scenario").boundingBox())!;
    const result = (await page.locator(".calc-result").boundingBox())!;
    expect(result.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(result.y).toBeLessThan(form.y + form.height);
    await page.locator("#f-factor-k").scrollIntoViewIfNeeded();
    expect(await page.getByTestId("estimate").isVisible()).toBe(true);
    const figure = (await page.getByTestId("estimate").boundingBox())!;
    expect(figure.y).toBeGreaterThanOrEqual(0);
    expect(figure.y + figure.height).toBeLessThanOrEqual(800);
    expect(await page.getByTestId("result-bar").isVisible()).toBe(false);
    expectClean(problems());
  });

  it("keeps the estimate in a bar at the bottom of a phone's screen", async () => {
    const { page, problems } = await openPage(browser, "/calculator/", { viewport: { width: 390, height: 844 } });
    await ready(page);
    const bar = page.getByTestId("result-bar");
    // (b) has a fitted step; a factor with no measurable effect would not move the bar.
    await page.locator("#f-factor-b").scrollIntoViewIfNeeded();
    await expect.poll(() => bar.isVisible()).toBe(true);
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(844 - 2);
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    const estimate = await text(page, "estimate");
    expect(await bar.textContent()).toContain(estimate);
    expect(await bar.getAttribute("href")).toBe("#calc-result");
    await page.selectOption("#f-factor-b", "strongly-aggravating");
    await expect.poll(async () => (await bar.textContent()) ?? "").not.toContain(estimate);
    expect(await bar.textContent()).toContain(await text(page, "estimate"));
    // The full result is in view after following the bar's link; the bar steps aside.
    await bar.click();
    await expect.poll(() => page.getByTestId("estimate").isVisible()).toBe(true);
    await expect.poll(() => bar.isVisible()).toBe(false);
    expectClean(problems());
  });

  it("asks an undertaking's turnover: a bad amount is named, a larger undertaking gets a higher estimate", async () => {
    const { page, problems } = await openPage(browser, "/calculator/?country=NO&type=private&articles=6(1)");
    await ready(page);
    expect(await page.locator("#f-turnover").isVisible()).toBe(true);
    await page.fill("#f-turnover", "ten million");
    await expect.poll(() => page.getByTestId("form-errors").textContent()).toContain("annualTurnover.amount");
    await page.fill("#f-turnover", "5 000 000");
    await expect.poll(async () => new URL(page.url()).searchParams.get("turnover")).toBe("5000000");
    const small = await text(page, "estimate");
    await page.fill("#f-turnover", "50 000 000 000");
    await expect.poll(() => text(page, "estimate")).not.toBe(small);
    const amount = (s: string) => Number(s.replace(/[^0-9]/g, ""));
    expect(amount(await text(page, "estimate"))).toBeGreaterThan(amount(small));
    expect(new URL(page.url()).searchParams.get("turnovercur")).toBe("NOK");
    // A public body has no turnover field: the term does not apply to it.
    await page.selectOption("#f-type", "public");
    await expect.poll(() => page.locator("#f-turnover").count()).toBe(0);
    expectClean(problems());
  });

  it("says at the control when a factor has no measurable effect in the decided cases", async () => {
    const { page, problems } = await openPage(browser, "/calculator/");
    await ready(page);
    const notes = await page.locator("[data-testid^='no-effect-']").count();
    // The fitted weights leave at least one factor at step 0 (see /method/); the note sits with it.
    expect(notes).toBeGreaterThan(0);
    expect(await page.locator("[data-testid^='no-effect-']").first().textContent()).toContain("No measurable effect");
    expectClean(problems());
  });

  it("prints the scenario in words, the date, the address and every comparable", async () => {
    const { page, problems } = await openPage(browser, "/calculator/?country=NO&type=public&sector=education&articles=5(1)(f)&people=35000&children=yes&a=a&b=sa");
    await ready(page);
    await page.emulateMedia({ media: "print" });
    const inputs = page.getByTestId("print-inputs");
    expect(await inputs.isVisible()).toBe(true);
    const printed = (await inputs.innerText()).replace(/\s+/g, " ");
    for (const expected of ["Country Norway", "Controller Public body", "Sector education", "Art. 5(1)(f)", "People affected 35,000", "Children's data Yes"]) {
      expect(printed).toContain(expected);
    }
    expect(printed).toMatch(/\(a\) Nature, gravity and duration Aggravating/);
    expect(printed).toMatch(/\(b\) Intent or negligence Strongly aggravating/);
    expect(printed).toMatch(/\(k\) Other circumstances Not assessed/);
    expect(await page.getByTestId("print-url").innerText()).toContain("/calculator/?country=NO&type=public");
    expect(await page.getByTestId("print-summary").innerText()).toMatch(/Date: \d{1,2} \w+ \d{4}/);
    // The form itself is not printed; the result is.
    expect(await page.locator("#f-country").isVisible()).toBe(false);
    expect(await page.getByTestId("estimate").isVisible()).toBe(true);
    // Printing lists every comparable, not the closest ten.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    const all = Number((await text(page, "comparables-count")).replace(/\D+/g, " ").trim().split(" ")[0]);
    expect(all).toBeGreaterThan(10);
    await expect.poll(() => page.locator("[data-testid=comparables] tbody tr").count()).toBe(all);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect.poll(() => page.locator("[data-testid=comparables] tbody tr").count()).toBe(10);
    expectClean(problems());
  });

  it("names the comparables in the page's language: bokmål on /nb/ (an English title would be marked lang=en), English on /calculator/", async () => {
    const records = new Map(loadLibrary().cases.map((r) => [r.id, r]));
    // A Norwegian public body: the browser estimates it (not the build's default), closest cases Norwegian.
    const query = "?country=NO&type=public&sector=education&children=yes";
    const comparables = (page: Page) =>
      page.locator("[data-testid=comparables] tbody tr").evaluateAll((trs) =>
        trs.map((tr) => {
          const a = tr.querySelector("td a")!;
          return { id: tr.getAttribute("data-case")!, title: a.textContent, lang: a.getAttribute("lang") };
        }),
      );
    const nb = await openPage(browser, `/nb/calculator/${query}`);
    await ready(nb.page);
    await nb.page.click("#show-all");
    await expect.poll(() => nb.page.locator("[data-testid=comparables] tbody tr").count()).toBeGreaterThan(10);
    const shown = await comparables(nb.page);
    for (const k of shown) {
      const r = records.get(k.id)!;
      expect(k, k.id).toEqual({ id: k.id, title: r.nb?.title ?? r.title, lang: r.nb ? null : "en" });
    }
    const first = records.get(shown[0]!.id)!;
    expect(first.country).toBe("NO");
    expect(shown[0]!.title).toBe(first.nb!.title);
    // Other countries' cases are named in bokmål too: nothing is left to mark English.
    expect(shown.some((k) => records.get(k.id)!.country !== "NO")).toBe(true);
    expect(shown.filter((k) => k.lang === "en")).toEqual([]);
    // Starting from a Swedish case: the page names it in bokmål where it says what it started from.
    const swedish = (await data(nb.page)).cases.find((c) => records.get(c.id)!.country === "SE")!;
    expect(swedish.title).toBe(records.get(swedish.id)!.nb!.title);
    await nb.page.selectOption("#start-case", swedish.id);
    await nb.page.click("#load-case");
    await expect.poll(async () => (await nb.page.getByTestId("started-from").textContent())?.startsWith(`Startet fra: ${swedish.title};`)).toBe(true);
    await expect(nb.page.getByTestId("print-inputs").textContent()).resolves.toContain(swedish.title);
    expect(await nb.page.getByTestId("started-from").locator("[lang]").count()).toBe(0);
    expectClean(nb.problems());
    await nb.context.close();

    const en = await openPage(browser, `/calculator/${query}`);
    await ready(en.page);
    await expect.poll(async () => (await comparables(en.page))[0]?.id).toBe(shown[0]!.id);
    for (const k of await comparables(en.page)) expect(k, k.id).toEqual({ id: k.id, title: records.get(k.id)!.title, lang: null });
    expectClean(en.problems());
    await en.context.close();
  });

  it("says so, and keeps the build's figures, when the estimator's data cannot be loaded", async () => {
    const { page } = await openPage(browser, "/calculator/", {
      beforeLoad: (page) => page.route(/\/calculator\/estimator\.[0-9a-f]+\.json$/, (route) => route.abort("failed")),
    });
    await ready(page);
    expect(await text(page, "load-failed")).toContain("could not be loaded");
    expect(amount(await text(page, "estimate"))).toBeGreaterThan(0);
  });

  it("explains the method with backtest figures generated at build time", async () => {
    const { page, response, problems } = await openPage(browser, "/method/");
    expect(response?.status()).toBe(200);
    const medians = await page.locator("[data-testid=backtest-all] [data-metric=medianFactor]").allTextContents();
    expect(medians[0]).toMatch(/^×\d/);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("publishes the scenario's JSON Schema", async () => {
    const { page, response } = await openPage(browser, "/data/scenario.schema.json");
    expect(response?.status()).toBe(200);
    const schema = JSON.parse((await page.locator("body").textContent()) ?? "{}");
    expect(schema.properties.country.enum).toEqual(["NO", "SE", "DK", "FI", "IS"]);
    expect(schema.properties.factors.additionalProperties).toBe(false);
  });
});
