import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectClean, launch, openPage, runAxe } from "./harness.ts";

// Rælingen's facts as the calculator writes them, with its notice.
const facts = "country=NO&type=public&sector=education&articles=5(1)(f),32&people=15&children=yes&special=yes&a=a&c=m";

const content = (path: string) => JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), "utf8"));
const raelingen = content("cases/raelingen-2020.json");
const kinds: { id: string; label: string; nb: { label: string } }[] = content("argument-kinds.json");
const nbLabels = new Set(kinds.map((k) => k.nb.label));

/** The form's script has started: from here a bad amount is refused before the form is sent. */
const ready = (page: Page) => page.waitForSelector("#varsel-form[data-ready=true]", { state: "attached" });

describe("notice page /varsel/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("without a notice shows every notice case, Rælingen's 800,000 → 500,000 with its credited argument, the appeal record and the timings", async () => {
    const { page, problems } = await openPage(browser, "/varsel/");
    const rows = page.locator("table.varsel-cases tbody tr");
    expect(await rows.count()).toBe(34);
    const raelingen = page.locator("#notice-raelingen-2020");
    await expect(raelingen.textContent()).resolves.toMatch(/NOK\s800,000[\s\S]*NOK\s500,000[\s\S]*[-−]37\.5\s?%/);
    await expect(raelingen.locator(".reasons").textContent()).resolves.toContain("Quick deletion or containment");
    await expect(raelingen.locator(".reasons a.pinpoint").first().getAttribute("href")).resolves.toMatch(/^\/decisions\/datatilsynet-norway-20-02191\/#p1\d\d$/);
    await expect(page.locator("#distribution ~ ul").first().textContent()).resolves.toContain("The notice stood in 17 of 34");
    await expect(page.locator("section[aria-labelledby='appeal']").textContent()).resolves.toMatch(/Personvernnemnda[\s\S]*upheld \d+, reduced \d+ and annulled \d+/);
    await expect(page.locator("section[aria-labelledby='time']").textContent()).resolves.toMatch(/median \d+ days/);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("refuses a bad amount with a message and sends nothing", async () => {
    const { page, problems } = await openPage(browser, "/varsel/");
    await ready(page);
    await page.fill("#varsel-notice", "åtte hundre tusen");
    await page.click("#varsel-form button[type=submit]");
    await expect(page.locator("#varsel-notice-error").textContent()).resolves.toContain("digits");
    expect(new URL(page.url()).search).toBe("");
    await expect(page.locator("#varsel-notice").getAttribute("aria-invalid")).resolves.toBe("true");
    expectClean(problems());
  });

  it("keeps what the reader typed while the page's script was still loading (a slow phone)", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { page, problems } = await openPage(browser, "/varsel/?country=IS", {
      waitUntil: "domcontentloaded",
      // The form's words arrive last: hold them back until the reader has typed.
      beforeLoad: (p) => p.route(/\/_astro\/varsel\.en\.[\w-]+\.js$/, async (route) => {
        await gate;
        await route.continue();
      }),
    });
    await page.fill("#varsel-notice", "ISK 5 000 000");
    await page.selectOption("#varsel-type", "private");
    expect(await page.locator("#varsel-form[data-ready]").count()).toBe(0);
    release();
    await ready(page);
    await expect(page.locator("#varsel-notice").inputValue()).resolves.toBe("ISK 5 000 000");
    await expect(page.locator("#varsel-type").inputValue()).resolves.toBe("private");
    // What the reader did not touch still follows the address.
    await expect(page.locator("#varsel-country").inputValue()).resolves.toBe("IS");
    expectClean(problems());
  });

  it("enters a notice, shows the forecast and the closest cases, and exports a .docx whose citations link to the site", async () => {
    const { page, problems } = await openPage(browser, `/varsel/?${facts}`, { contextOptions: { acceptDownloads: true } });
    await ready(page);
    await page.fill("#varsel-notice", "kr 800 000,-");
    await page.fill("#varsel-date", "2026-11-20");
    await Promise.all([page.waitForURL(/notice=/), page.click("#varsel-form button[type=submit]")]);
    const url = new URL(page.url());
    expect(url.searchParams.get("notice")).toBe("kr 800 000,-");
    expect(url.searchParams.get("articles")).toBe("5(1)(f),32"); // the calculator's facts rode along
    await page.waitForSelector("[data-figure='estimate']");
    await expect(page.locator("[data-figure='stands']").textContent()).resolves.toMatch(/^NOK\s800,000$/);
    const pReduced = Number((await page.locator("[data-figure='p-reduced']").textContent())!.replace(/\D/g, ""));
    expect(pReduced).toBeGreaterThan(30);
    expect(pReduced).toBeLessThan(60);
    await expect(page.locator("table.varsel-closest tbody tr").first().textContent()).resolves.toContain("Rælingen");
    await expect(page.locator(".varsel-result").textContent()).resolves.toContain("December 2026"); // three weeks after 20 November

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export='docx']")]);
    expect(download.suggestedFilename()).toBe("reply-skeleton-800000.docx");
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const xml = strFromU8(files["word/document.xml"]!);
    const rels = strFromU8(files["word/_rels/document.xml.rels"]!);
    expect(xml).toContain("Reply to the notice of an intended infringement fine");
    expect(xml).toMatch(/NOK\s800,000/);
    // Citations are hyperlinks to this site's case and decision pages, never a placeholder domain.
    // Word keeps a link's fragment (the paragraph) in w:anchor beside the relationship's target.
    const rel = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&")]));
    const targets = [...xml.matchAll(/<w:hyperlink\b([^>]*)>/g)].map((m) => {
      const id = /r:id="([^"]+)"/.exec(m[1]!)?.[1] ?? "";
      const anchor = /w:anchor="([^"]+)"/.exec(m[1]!)?.[1];
      return `${rel.get(id) ?? ""}${anchor ? `#${anchor}` : ""}`;
    });
    const origin = new URL(baseUrl()).origin;
    expect(targets).toContain(`${origin}/cases/raelingen-2020/`);
    expect(targets.some((t) => t.startsWith(`${origin}/decisions/datatilsynet-norway-20-02191/#p`))).toBe(true);
    expect(targets.filter((t) => t.startsWith("http")).every((t) => !/example\.(com|org)|localhost\.invalid/.test(t))).toBe(true);

    const [md] = await Promise.all([page.waitForEvent("download"), page.click("[data-export='markdown']")]);
    const text = readFileSync((await md.path())!, "utf8");
    expect(text).toMatch(/^# Reply to the notice/);
    expect(text).toContain(`](<${origin}/cases/raelingen-2020/>)`);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("/nb/varsel/ shows the notice cases, the kinds and the arguments in bokmål, Icelandic cases too", async () => {
    const { page, problems } = await openPage(browser, "/nb/varsel/");
    const row = page.locator("#notice-raelingen-2020");
    await expect(row.locator("th a").textContent()).resolves.toBe(raelingen.nb.title);
    await expect(row.locator("th a").getAttribute("lang")).resolves.toBeNull();
    await expect(row.locator(".reasons").textContent()).resolves.toContain("Rask sletting eller skadebegrensning");
    // Creditinfo (Persónuvernd): our bokmål title, not marked as another language.
    const icelandic = page.locator("#notice-creditinfo-lanstraust-2023 th a");
    await expect(icelandic.getAttribute("lang")).resolves.toBeNull();
    await expect(icelandic.textContent()).resolves.toBe(content("cases/creditinfo-lanstraust-2023.json").nb.title);
    const kindRows = await page.locator("table.varsel-args tbody th").allTextContents();
    expect(kindRows.length).toBeGreaterThan(5);
    expect(kindRows.filter((k) => !nbLabels.has(k))).toEqual([]);
    // Each kind's name leads to its page of arguments, in bokmål.
    const kindLinks = await page.locator("table.varsel-args tbody th a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(kindLinks).toContain("/nb/arguments/quick-containment/");
    expect(kindLinks.every((h) => /^\/nb\/arguments\/[a-z-]+\/$/.test(h!))).toBe(true);
    const containment = page.locator("#varsel-kind-quick-containment");
    await expect(containment.locator("summary").textContent()).resolves.toMatch(/^Rask sletting eller skadebegrensning: /);
    await expect(containment.textContent()).resolves.toContain(raelingen.nb.arguments[2].argument);
    await expect(containment.textContent()).resolves.toContain(raelingen.nb.arguments[2].answer);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("/nb/varsel/ with a notice: the closest cases and their credited arguments in bokmål, and a Markdown reply in bokmål", async () => {
    const { page, problems } = await openPage(browser, `/nb/varsel/?notice=800000&${facts}`, { contextOptions: { acceptDownloads: true } });
    await page.waitForSelector("[data-figure='estimate']");
    const first = page.locator("table.varsel-closest tbody tr").first();
    await expect(first.locator("th a").textContent()).resolves.toBe(raelingen.nb.title);
    await expect(first.locator("th a").getAttribute("lang")).resolves.toBeNull();
    await expect(first.locator(".reasons").textContent()).resolves.toContain("Rask sletting eller skadebegrensning");
    const counted = await page.locator("#varsel-closest-args-heading + .scroll-table tbody th").allTextContents();
    expect(counted.length).toBeGreaterThan(3);
    expect(counted.filter((k) => !nbLabels.has(k))).toEqual([]);

    const [md] = await Promise.all([page.waitForEvent("download"), page.click("[data-export='markdown']")]);
    expect(md.suggestedFilename()).toBe("disposisjon-merknader-800000.md");
    const text = readFileSync((await md.path())!, "utf8").replace(/\\(.)/g, "$1");
    expect(text).toMatch(/^# Merknader til varsel om vedtak om overtredelsesgebyr/);
    expect(text).toContain("Rask sletting eller skadebegrensning");
    expect(text).toContain(`${raelingen.nb.title}](<`);
    expect(text).toContain(raelingen.nb.arguments[2].answer);
    // No kind in English: every kind line of the reply names a kind by its bokmål label.
    for (const k of kinds) expect(text).not.toContain(k.label);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems());
  });

  it("/nb/varsel/ with an Icelandic notice names the closest cases in bokmål (an English title would be marked lang=en)", async () => {
    const { page, problems } = await openPage(browser, "/nb/varsel/?notice=5000000&country=IS&type=public");
    await page.waitForSelector("[data-figure='estimate']");
    const links = page.locator("table.varsel-closest tbody th a");
    const marked = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href")!, lang: a.getAttribute("lang"), text: a.textContent })));
    expect(marked.length).toBeGreaterThan(0);
    for (const l of marked) {
      const record = content(`cases/${l.href.split("/").at(-2)}.json`);
      expect(l).toEqual({ href: l.href, lang: record.nb ? null : "en", text: record.nb ? record.nb.title : record.title });
    }
    expectClean(problems());
  });

  it("starts from the calculator: its result links here with its scenario", async () => {
    const { page, problems } = await openPage(browser, `/calculator/?${facts}`);
    await page.waitForSelector('.calculator[data-ready="true"]');
    const href = await page.locator("[data-testid='varsel-link']").getAttribute("href");
    expect(href).toMatch(/^\/varsel\/\?/);
    expect(new URLSearchParams(href!.split("?")[1]).get("articles")).toBe("5(1)(f),32");
    expectClean(problems());
  });
});
