/**
 * The site in Norwegian bokmål under /nb/: every page type answers in Norwegian (lang="nb"), its
 * language switch leads to the same page in English and back, the alternates name both, and a
 * Norwegian reader can read a case, run the calculator and search in Norwegian.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe } from "./harness.ts";

/** One page of every type under /nb/ (the decision pages and the library's second page included). */
const nbPages = [
  "/nb/",
  "/nb/cases/",
  "/nb/cases/raelingen-2020/",
  "/nb/decisions/",
  "/nb/decisions/page/2/",
  "/nb/decisions/datatilsynet-norway-20-02191/",
  "/nb/search/",
  "/nb/calculator/",
  "/nb/method/",
  "/nb/data/",
  "/nb/arguments/",
  "/nb/arguments/fine-too-high/",
  "/nb/trends/",
  "/nb/factors/",
  "/nb/factors/b/",
  "/nb/varsel/",
  "/nb/compare/",
  "/nb/authorities/",
  "/nb/authorities/no-datatilsynet/",
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const switchLink = (page: Page) => page.locator("[data-testid='language-switch']");
const alternates = (page: Page) =>
  page.$$eval("link[rel='alternate'][hreflang]", (links) => Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL((l as HTMLLinkElement).href).pathname])));

describe("every page type in Norwegian", () => {
  for (const path of nbPages) {
    it(`${path} is Norwegian, and its switch leads to the English page and back`, async () => {
      const { page, response, problems, context } = await openPage(browser, path, { waitUntil: "domcontentloaded" });
      expect(response?.status()).toBe(200);
      expect(await lang(page)).toBe("nb");
      const english = path.replace(/^\/nb\//, "/");
      expect(await alternates(page)).toEqual({ en: english, nb: path, "x-default": english });
      // The switch names English in English, and says what it leads to.
      await expect(switchLink(page).getAttribute("hreflang")).resolves.toBe("en");
      await expect(switchLink(page).getAttribute("lang")).resolves.toBe("en");
      await expect(switchLink(page).textContent()).resolves.toBe("English");

      // Follow the switch: its target answers 200, and the browser lands there.
      const follow = async (target: string) => {
        await expect(switchLink(page).getAttribute("href")).resolves.toBe(target);
        expect((await page.request.get(target)).status(), target).toBe(200);
        await Promise.all([page.waitForURL((url) => url.pathname === target, { waitUntil: "domcontentloaded" }), switchLink(page).click()]);
      };
      await follow(english);
      expect(await lang(page)).toBe("en");
      await expect(switchLink(page).textContent()).resolves.toBe("Norsk");
      await expect(switchLink(page).getAttribute("hreflang")).resolves.toBe("nb");
      await follow(path);
      expect(await lang(page)).toBe("nb");
      // Every internal page link of a Norwegian page stays in Norwegian (files stay shared).
      const pageLinks = await page.$$eval("main a[href^='/'], header a[href^='/']", (as) =>
        as.map((a) => a.getAttribute("href")!).filter((h) => !/\.[a-z0-9]+(#.*)?$/i.test(h.split("?")[0]!.split("#")[0]!) && !h.startsWith("#")),
      );
      // The one link out of /nb/ is the language switch itself.
      expect(pageLinks.filter((h) => !h.startsWith("/nb/") && h !== english)).toEqual([]);
      expectClean(problems(), { requests: false });
      await context.close();
    });
  }

  it("the site search form on a Norwegian page searches in Norwegian", async () => {
    const { page, context } = await openPage(browser, "/nb/cases/");
    await expect(page.locator("form.site-search").getAttribute("action")).resolves.toBe("/nb/search/");
    await expect(page.locator(".skip-link").textContent()).resolves.toBe("Gå til innholdet");
    await context.close();
  });

  it("the one 404 page speaks both languages and links into both", async () => {
    const { page, response, context } = await openPage(browser, "/nb/no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("section.not-found[lang='nb'] h2").textContent()).resolves.toBe("Fant ikke siden");
    await expect(page.locator("section.not-found[lang='nb'] a", { hasText: "alle saker" }).getAttribute("href")).resolves.toBe("/nb/cases/");
    await expect(page.locator("section.not-found:not([lang]) h1").textContent()).resolves.toBe("Page not found");
    await context.close();
  });
});

describe("the main navigation in each language", () => {
  it.each([
    ["en", "/factors/a/"],
    ["nb", "/nb/factors/a/"],
  ])("%s: every item leads to a built page in the same language, which marks that item as current", async (locale, path) => {
    const { page, problems, context } = await openPage(browser, path, { waitUntil: "domcontentloaded" });
    const items = await page.$$eval(".site-nav a", (as) => as.map((a) => ({ href: a.getAttribute("href")!, text: a.textContent! })));
    expect(items).toHaveLength(10);
    for (const { href, text } of items) {
      if (locale === "nb") expect(href, text).toMatch(/^\/nb\/[a-z]+\/$/);
      else expect(href, text).toMatch(/^\/(?!nb\/)[a-z]+\/$/);
      const response = await page.goto(href, { waitUntil: "domcontentloaded" });
      expect(response?.status(), href).toBe(200);
      expect(await lang(page), href).toBe(locale);
      await expect(page.locator(".site-nav a[aria-current='page']").allTextContents()).resolves.toEqual([text]);
    }
    expectClean(problems(), { requests: false });
    await context.close();
  });
});

describe("a case page in Norwegian", () => {
  it("/nb/cases/raelingen-2020/ has Norwegian labels, Norwegian amounts and dates, and says what is in English", async () => {
    const { page, problems, context } = await openPage(browser, "/nb/cases/raelingen-2020/");
    await expect(page.locator("#decided").textContent()).resolves.toBe("Hva som ble avgjort");
    await expect(page.locator("#factors").textContent()).resolves.toBe("Hvordan tilsynsmyndigheten vurderte artikkel 83 nr. 2");
    const decided = (await page.locator(".decided").textContent())!;
    // nb-NO Intl: the code first, thousands apart by a no-break space; "2. juli 2020".
    expect(decided).toContain("NOK\u00a0500\u00a0000");
    expect(decided).toContain("Varsel om vedtak: NOK\u00a0800\u00a0000");
    expect(decided).toMatch(/2\. juli 2020/);
    expect(decided).not.toMatch(/\d,\d{3}/);
    // The factor names of the Norwegian text of Art. 83(2), the directions in Norwegian.
    await expect(page.locator("tr#factor-a th").textContent()).resolves.toBe("(a) Overtredelsens karakter, alvorlighetsgrad og varighet");
    await expect(page.locator("tr#factor-b th").textContent()).resolves.toBe("(b) Forsett eller uaktsomhet");
    expect(await page.locator(".factor-table .badge").allTextContents()).toEqual(
      expect.arrayContaining(["Skjerpende"]),
    );
    // Our Norwegian texts of the record, every note included: nothing marked English, no notice.
    await expect(page.locator("h1").textContent()).resolves.toBe("Rælingen kommune: elevers helseopplysninger i appen Showbie (avdeling for tilrettelagt opplæring)");
    await expect(page.locator("h1").getAttribute("lang")).resolves.toBeNull();
    await expect(page.locator("#summary + p").getAttribute("lang")).resolves.toBeNull();
    await expect(page.locator("tr#factor-a td[data-label='Vår merknad']").textContent()).resolves.toMatch(/^Helseopplysninger om 15 barn/);
    expect(await page.locator("[data-testid='english-only']").count()).toBe(0);
    expect(await page.locator("main [lang='en']").allTextContents()).toEqual([]);
    await expect(page.locator("ol.timeline").textContent()).resolves.toContain("ved Marikollen ungdomsskole tar i bruk Showbie");
    await expect(page.locator("#facts + dl").textContent()).resolves.toContain("Marikollen ungdomsskole");
    await expect(page.locator("ul.sources strong").first().textContent()).resolves.toMatch(/^vedtak/i);
    // Links to the decision's paragraphs stay in Norwegian.
    const pinpoint = await page.locator("a.pinpoint[href^='/']").first().getAttribute("href");
    expect(pinpoint).toMatch(/^\/nb\/decisions\/[^/]+\/#p\d+$/);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
    await context.close();
  });
});

describe("a case of another country in Norwegian", () => {
  it("/nb/cases/klarna-2022/ is in bokmål throughout: title, summary, facts and timeline, with no English-only notice", async () => {
    const { page, problems, context } = await openPage(browser, "/nb/cases/klarna-2022/");
    const klarna = JSON.parse(readFileSync(new URL("../../content/cases/klarna-2022.json", import.meta.url), "utf8")) as { nb: { title: string; summary: string; details: Record<string, string> } };
    await expect(page.locator("h1").textContent()).resolves.toBe(klarna.nb.title);
    await expect(page.locator("#summary + p").textContent()).resolves.toBe(klarna.nb.summary);
    await expect(page.locator("ol.timeline").textContent()).resolves.toContain(klarna.nb.details["timeline[0].label"]);
    expect(await page.locator("[data-testid='english-only']").count()).toBe(0);
    expect(await page.locator("main [lang='en']").allTextContents()).toEqual([]);
    await expect(page.locator("#decided").textContent()).resolves.toBe("Hva som ble avgjort");
    expectClean(problems());
    await context.close();
  });
});

describe("the calculator in Norwegian", () => {
  it("hydrates the build's Norwegian render and estimates in Norwegian", async () => {
    // Every node a script adds to or removes from the calculator after parsing: a Norwegian render
    // the browser disagrees with (another word, another number format) would show here.
    const { page, problems, context } = await openPage(browser, "/nb/calculator/", {
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const w = window as unknown as { changes: string[] };
          w.changes = [];
          let parsed = false;
          new MutationObserver((records) => {
            if (!parsed) return;
            for (const r of records) {
              if (!(r.target instanceof Element) || !r.target.closest("#calculator-root")) continue;
              for (const n of [...r.removedNodes, ...r.addedNodes]) w.changes.push(n instanceof Element ? n.localName : JSON.stringify(n.textContent));
            }
          }).observe(document, { childList: true, subtree: true });
          document.addEventListener("readystatechange", () => {
            if (document.readyState === "interactive") parsed = true;
          });
        }),
    });
    await page.waitForSelector('.calculator[data-ready="true"]');
    expect(await page.evaluate(() => (window as unknown as { changes: string[] }).changes)).toEqual([]);
    expect(await page.locator("#f-country").isEnabled()).toBe(true);
    await expect(page.locator("h1").textContent()).resolves.toBe("Gebyrkalkulator");
    const result = page.locator("[data-testid='measured']");
    await expect(result.textContent()).resolves.toMatch(/^Målt feil: testet på \d+ avgjorte gebyrer/);
    // A change is estimated in the browser, and the result stays Norwegian.
    await page.selectOption("#f-country", "SE");
    await page.waitForFunction(() => /SEK/.test(document.querySelector(".calculator")?.textContent ?? ""));
    const text = (await page.locator(".calculator").textContent())!;
    expect(text).toContain("Sentralt anslag");
    expect(text).toMatch(/SEK\u00a0\d{1,3}(\u00a0\d{3})+/);
    expect(text).toContain("Sammenlignbare avgjorte saker");
    expect(text).not.toContain("Central estimate");
    // Case links from the comparables stay in Norwegian.
    const caseLink = await page.locator(".calculator a[href*='/cases/']").first().getAttribute("href");
    expect(caseLink).toMatch(/^\/nb\/cases\//);
    expectClean(problems());
    await context.close();
  });
});

describe("search in Norwegian", () => {
  it("/nb/search/?q=kamera finds camera cases, with Norwegian words and Norwegian links", async () => {
    const { page, problems, context } = await openPage(browser, "/nb/search/?q=kamera");
    await page.waitForFunction(() => /kamera/.test(document.querySelector(".search-status")?.textContent ?? ""));
    const status = (await page.locator(".search-status").textContent())!;
    expect(status).toMatch(/treff på «kamera»/);
    const hits = page.locator("li.hit");
    expect(await hits.count()).toBeGreaterThan(0);
    const first = await hits.first().locator("a.hit-link").getAttribute("href");
    expect(first).toMatch(/^\/nb\/(cases|decisions)\//);
    await expect(page.locator("label[for='search-q']").textContent()).resolves.toBe("Søk i vedtak og saker");
    expect(await page.locator("li.hit .badge").first().textContent()).toMatch(/^(Vedtak|Sak)$/);
    expectClean(problems());
    await context.close();
  });

  it("names a case by its bokmål title where it has one, and marks the English it shows (titles, snippets)", async () => {
    const { page, problems, context } = await openPage(browser, "/nb/search/?q=Showbie");
    await page.waitForFunction(() => document.querySelectorAll("li.hit").length > 0);
    const raelingen = page.locator("li.hit-kind-case a.hit-link[href^='/nb/cases/raelingen-2020/']").first();
    await expect(raelingen.textContent()).resolves.toBe("Rælingen kommune: elevers helseopplysninger i appen Showbie (avdeling for tilrettelagt opplæring)");
    await expect(raelingen.getAttribute("lang")).resolves.toBeNull();
    // The index's texts are English: every snippet says so, as does a case title without bokmål.
    const snippets = await page.locator("li.hit .hit-snippet").evaluateAll((ps) => ps.map((p) => p.getAttribute("lang")));
    expect(snippets.length).toBeGreaterThan(0);
    expect(new Set(snippets)).toEqual(new Set(["en"]));
    expect(await runAxe(page)).toEqual([]);
    // A Swedish case is named in bokmål too.
    await page.goto("/nb/search/?q=Klarna");
    const klarna = page.locator("li.hit-kind-case a.hit-link[href^='/nb/cases/klarna-2022/']").first();
    await expect(klarna.textContent()).resolves.toMatch(/^Klarna Bank: /);
    await expect(klarna.getAttribute("lang")).resolves.toBeNull();
    expectClean(problems());
    await context.close();

    const english = await openPage(browser, "/search/?q=Showbie");
    await english.page.waitForFunction(() => document.querySelectorAll("li.hit").length > 0);
    await expect(english.page.locator("li.hit-kind-case a.hit-link[href^='/cases/raelingen-2020/']").first().textContent()).resolves.toMatch(/^Rælingen kommune: pupils' health data/);
    expect(await english.page.locator("li.hit [lang]").count()).toBe(0);
    await english.context.close();
  });
});
