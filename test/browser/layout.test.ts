/**
 * Every page type from a 320px phone to a wide screen: the page never scrolls sideways, it passes
 * axe in the light and the dark scheme, and a screenshot of each lands in test-results/layout/
 * for a person to look at. Plus the parts of the layout a reader relies on: the factor table
 * stacked on a phone, wide tables scrolling in their own labelled region with the first column
 * fixed, the data-currency line, and the printout.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectClean, launch, openPage, runAxe, type OpenedPage } from "./harness.ts";

const shots = resolve(import.meta.dirname, "../../test-results/layout");
mkdirSync(shots, { recursive: true });

const pages: { name: string; path: string; status?: number; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: "home", path: "/" },
  { name: "cases", path: "/cases/" },
  // The longest case page, a Danish one, and one with arguments and a reduced fine.
  { name: "case-bergen", path: "/cases/bergen-2019/" },
  { name: "case-helsingor", path: "/cases/helsingor-kommune-2021/" },
  { name: "case-raelingen", path: "/cases/raelingen-2020/" },
  // "Cite this" opened: the citation with its long addresses, and a paragraph's Cite button.
  { name: "case-cite", path: "/cases/stockholm-utbildningsnamnden-2020/", ready: (page) => page.locator("details.cite-this > summary").click() },
  { name: "decisions", path: "/decisions/" },
  {
    name: "decision-cite",
    path: "/decisions/datatilsynet-norway-20-02147/#p41",
    ready: async (page) => {
      await page.waitForSelector("#p41 .cite-para");
      await page.locator("details.cite-this > summary").click();
    },
  },
  { name: "decision", path: "/decisions/datatilsynet-norway-18-02140/" },
  // The longest decision text in the library.
  { name: "decision-longest", path: "/decisions/datatilsynet-norway-21-03823-45/" },
  {
    name: "search",
    path: "/search/?q=camera",
    ready: (page) => page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.includes("camera")),
  },
  { name: "calculator", path: "/calculator/", ready: (page) => page.waitForSelector('.calculator[data-ready="true"]') },
  { name: "method", path: "/method/" },
  { name: "data", path: "/data/" },
  { name: "arguments", path: "/arguments/" },
  { name: "argument-kind", path: "/arguments/fine-too-high/" },
  {
    name: "varsel",
    path: "/varsel/?notice=800000&date=2026-11-20&country=NO&type=public&articles=5(1)(f),32&people=15&children=yes",
    ready: (page) => page.waitForSelector("[data-figure='estimate']"),
  },
  { name: "factors", path: "/factors/" },
  // The factor with the longest lists of cases weighed, and the one a student asks about.
  { name: "factor-a", path: "/factors/a/" },
  { name: "factor-g", path: "/factors/g/" },
  { name: "trends", path: "/trends/" },
  { name: "authorities", path: "/authorities/" },
  { name: "authority-no", path: "/authorities/no-datatilsynet/" },
  { name: "authority-board", path: "/authorities/no-personvernnemnda/" },
  // The longest median fine in a key-figure cell ("EUR 291,792"): it must fit a phone's half-width cell.
  { name: "authority-se", path: "/authorities/se-imy/" },
  {
    name: "compare",
    path: "/compare/?cases=raelingen-2020,bergen-2019,google-2020,helsingor-kommune-2021&currency=SEK",
    ready: (page) => page.waitForSelector("#compare-table tbody"),
  },
  { name: "not-found", path: "/no-such-page/", status: 404 },
  // The same page types in Norwegian, whose words run longer.
  { name: "nb-home", path: "/nb/" },
  { name: "nb-cases", path: "/nb/cases/" },
  { name: "nb-case-bergen", path: "/nb/cases/bergen-2019/" },
  { name: "nb-case-raelingen", path: "/nb/cases/raelingen-2020/" },
  { name: "nb-decisions", path: "/nb/decisions/" },
  { name: "nb-decision", path: "/nb/decisions/datatilsynet-norway-18-02140/" },
  {
    name: "nb-search",
    path: "/nb/search/?q=kamera",
    ready: (page) => page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.includes("kamera")),
  },
  { name: "nb-calculator", path: "/nb/calculator/", ready: (page) => page.waitForSelector('.calculator[data-ready="true"]') },
  { name: "nb-method", path: "/nb/method/" },
  { name: "nb-data", path: "/nb/data/" },
  { name: "nb-arguments", path: "/nb/arguments/" },
  { name: "nb-argument-kind", path: "/nb/arguments/fine-too-high/" },
  { name: "nb-trends", path: "/nb/trends/" },
  { name: "nb-factors", path: "/nb/factors/" },
  { name: "nb-factor", path: "/nb/factors/b/" },
  // Long Norwegian single-word headings ("Behandlingsansvarlig") in the small tables.
  { name: "nb-authority-se", path: "/nb/authorities/se-imy/" },
  { name: "nb-not-found", path: "/nb/no-such-page/", status: 404 },
];
const widths = [320, 390, 768, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width: number, colorScheme: "light" | "dark" = "light"): Promise<OpenedPage> {
  return openPage(browser, path, { viewport: { width, height: 900 }, contextOptions: { colorScheme } });
}

const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

async function screenshot(page: Page, file: string) {
  // Whole page unless it is very long (the longest decisions run to tens of thousands of pixels).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: resolve(shots, file), fullPage: height <= 8000 });
}

describe.each(pages)("$name ($path)", ({ name, path, status = 200, ready }) => {
  it.each(widths)("at %ipx: no sideways page scroll", async (width) => {
    const opened = await open(path, width);
    try {
      expect(opened.response?.status()).toBe(status);
      await ready?.(opened.page);
      const { scrollWidth, innerWidth } = await overflow(opened.page);
      await screenshot(opened.page, `${name}-${width}-light.png`);
      expect(scrollWidth, `${path} is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
      expectClean(opened.problems());
      if (width === 320) expect(await runAxe(opened.page), "axe, light scheme, 320px").toEqual([]);
    } finally {
      await opened.context.close();
    }
  });

  it.each([390, 1280])("dark scheme at %ipx: no sideways scroll, axe clean", async (width) => {
    const opened = await open(path, width, "dark");
    try {
      await ready?.(opened.page);
      const { scrollWidth, innerWidth } = await overflow(opened.page);
      await screenshot(opened.page, `${name}-${width}-dark.png`);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      // The dark scheme really is in force: light text on a dark page.
      const colours = await opened.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(colours).not.toBe("rgb(255, 255, 255)");
      if (width === 1280) expect(await runAxe(opened.page), "axe, dark scheme, 1280px").toEqual([]);
    } finally {
      await opened.context.close();
    }
  });
});

/** The main navigation, in order: the case law, the two tools, how the site was made and its data. */
const navItems = {
  en: ["Cases", "Decisions", "Arguments", "Factors", "Authorities", "Trends", "Calculator", "Notice", "Method", "Data"],
  nb: ["Saker", "Vedtak", "Anførsler", "Faktorer", "Tilsyn", "Utvikling", "Kalkulator", "Varsel", "Metode", "Data"],
};
const navBoxes = (page: Page) =>
  page.$$eval(".site-nav a", (as) =>
    as.map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent!, top: Math.round(r.top), left: r.left, right: r.right, height: Math.round(r.height) };
    }),
  );

/** The header's search box is wide enough for its whole placeholder (it was cut: "Search decisions and c"). */
async function expectWholePlaceholder(page: Page, where: string) {
  const placeholder = await page.locator("#site-search-q").evaluate((input: HTMLInputElement) => {
    const s = getComputedStyle(input);
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    return { text: ctx.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) };
  });
  expect(placeholder.text, `${where}: the placeholder is cut`).toBeLessThanOrEqual(placeholder.room);
}

describe("the header's navigation", () => {
  it.each([1024, 1280, 1440])("at %ipx: one line in English and Norwegian, the search box shows its whole placeholder", async (width) => {
    for (const [locale, path] of [["en", "/factors/a/"], ["nb", "/nb/factors/a/"]] as const) {
      const { page, context } = await open(path, width);
      const boxes = await navBoxes(page);
      expect(boxes.map((b) => b.text)).toEqual(navItems[locale]);
      expect(new Set(boxes.map((b) => b.top)).size, `${path} at ${width}px: ${JSON.stringify(boxes)}`).toBe(1);
      expect(new Set(boxes.map((b) => b.height)).size, "no item wraps inside itself").toBe(1);
      expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(width);
      // The navigation is a row below the name and the search box, not squeezed beside them.
      const brand = (await page.locator(".brand").boundingBox())!;
      expect(boxes[0]!.top).toBeGreaterThanOrEqual(brand.y + brand.height);
      await expectWholePlaceholder(page, `${path} at ${width}px`);
      await page.screenshot({ path: resolve(shots, `header-${locale}-${width}.png`), clip: { x: 0, y: 0, width, height: 160 } });
      await context.close();
    }
  });

  it.each([320, 360, 640, 768])("at %ipx: every item on the screen in both languages, the case law on its own lines", async (width) => {
    for (const [locale, path] of [["en", "/factors/a/"], ["nb", "/nb/factors/a/"]] as const) {
      for (const scheme of ["light", "dark"] as const) {
        const { page, context } = await open(path, width, scheme);
        const { scrollWidth, innerWidth } = await overflow(page);
        expect(scrollWidth, `${path} at ${width}px`).toBeLessThanOrEqual(innerWidth);
        expect(await page.locator("header").evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
        const boxes = await navBoxes(page);
        expect(boxes.map((b) => b.text)).toEqual(navItems[locale]);
        for (const b of boxes) {
          expect(b.left, b.text).toBeGreaterThanOrEqual(0);
          expect(b.right, b.text).toBeLessThanOrEqual(width);
          expect(b.height, `${b.text}: a target of at least 24px`).toBeGreaterThanOrEqual(24);
        }
        // The tools start a new line below the case law (the groups wrap on purpose, not mid-group by chance).
        const at = (i: number) => boxes[i]!;
        expect(at(6).top).toBeGreaterThan(at(5).top);
        expect(at(6).left).toBeLessThan(at(5).left);
        // The search button is a magnifier on a phone, so the box has room for its placeholder; it keeps its name.
        await expect(page.getByRole("button", { name: locale === "en" ? "Search" : "Søk", exact: true }).isVisible()).resolves.toBe(true);
        await expectWholePlaceholder(page, `${path} at ${width}px`);
        await page.screenshot({ path: resolve(shots, `header-${locale}-${width}-${scheme}.png`), clip: { x: 0, y: 0, width, height: 280 } });
        await context.close();
      }
    }
  });

  it("marks the current section, on its top page and the pages under it, and nothing on the home and search pages", async () => {
    const { page, context } = await open("/", 1280);
    const marked: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {
      "/": [],
      "/search/": [],
      "/cases/": ["Cases"],
      "/cases/raelingen-2020/": ["Cases"],
      "/compare/": ["Cases"],
      "/decisions/page/2/": ["Decisions"],
      "/factors/": ["Factors"],
      "/factors/a/": ["Factors"],
      "/authorities/": ["Authorities"],
      "/authorities/se-imy/": ["Authorities"],
      "/nb/factors/b/": ["Faktorer"],
      "/nb/authorities/no-datatilsynet/": ["Tilsyn"],
      "/nb/varsel/": ["Varsel"],
      "/nb/": [],
    };
    for (const path of Object.keys(expected)) {
      const response = await page.goto(path, { waitUntil: "domcontentloaded" });
      expect(response?.status(), path).toBe(200);
      marked[path] = await page.locator(".site-nav a[aria-current='page']").allTextContents();
    }
    expect(marked).toEqual(expected);
    await context.close();
  });

  it("is reached by keyboard after the name, the search box and the language switch, in reading order", async () => {
    const { page, context } = await open("/factors/a/", 1280);
    const order: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => {
        const el = document.activeElement!;
        return el.matches(".site-nav a") ? el.textContent! : el.matches(".brand") ? "brand" : el.matches("#site-search-q") ? "box" : el.matches(".site-search button") ? "button" : el.matches(".lang-switch a") ? "switch" : el.matches(".skip-link") ? "skip" : el.tagName;
      }));
    }
    expect(order).toEqual(["skip", "brand", "box", "button", "switch", ...navItems.en]);
    // The focused item shows the focus ring.
    const outline = await page.locator(".site-nav a", { hasText: "Data" }).evaluate((a) => getComputedStyle(a).outlineStyle);
    expect(outline).not.toBe("none");
    await context.close();
  });
});

describe("every page's frame", () => {
  it("has the main navigation, the header search box and the footer's disclaimer and data dates", async () => {
    const { page, context } = await open("/cases/raelingen-2020/", 390);
    const nav = await page.locator("header nav a").allTextContents();
    expect(nav).toEqual(navItems.en);
    expect(await page.locator('header form[role="search"] input[name="q"]').isVisible()).toBe(true);
    const footer = (await page.locator("footer").textContent())!;
    expect(footer).toContain("research aid, not legal advice");
    // The newest decision and the latest ECB fixing, written out as dates.
    expect(footer).toMatch(/Data current to \d{1,2} \w+ \d{4}.*ECB reference rates up to \d{1,2} \w+ \d{4}/);
    await context.close();
  });
});

describe("case page on a phone", () => {
  it("stacks the factor table: every factor shows its direction, note and source, each labelled, within the screen", async () => {
    const { page, context } = await open("/cases/raelingen-2020/", 390);
    const rows = await page.$$eval(".factor-table tbody tr", (trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll("td")];
        return {
          letter: (tr as HTMLElement).dataset.factor,
          cells: cells.map((td) => {
            const box = td.getBoundingClientRect();
            return {
              label: getComputedStyle(td, "::before").content,
              text: td.textContent!.trim(),
              width: box.width,
              right: box.right,
            };
          }),
        };
      }),
    );
    expect(rows.map((r) => r.letter)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]);
    for (const row of rows) {
      expect(row.cells.map((c) => c.label)).toEqual(['"Direction"', '"Our note"', '"Where"']);
      for (const cell of row.cells) {
        expect(cell.right, `${row.letter}: ${cell.text.slice(0, 30)}`).toBeLessThanOrEqual(390);
        expect(cell.text.length).toBeGreaterThan(0);
      }
      // The note gets the full width, not one word per line.
      expect(row.cells[1]!.width).toBeGreaterThan(300);
    }
    await context.close();
  });

  it("puts what was decided before the amounts, factors, arguments and sources", async () => {
    const { page, context } = await open("/cases/raelingen-2020/", 390);
    const order = await page.$$eval("main h2[id]", (hs) => hs.map((h) => h.id));
    const at = (id: string) => order.indexOf(id);
    expect(at("decided")).toBe(0);
    expect(at("decided")).toBeLessThan(at("amounts"));
    expect(at("amounts")).toBeLessThan(at("factors"));
    expect(at("factors")).toBeLessThan(at("arguments"));
    expect(at("arguments")).toBeLessThan(at("sources"));
    // Rælingen's fine was cut from NOK 800,000 to 500,000: the status says so in words and a shape.
    const status = page.locator(".decided .status");
    await expect(status.textContent()).resolves.toBe("Fine reduced");
    await expect(status.locator("svg").count()).resolves.toBe(1);
    await context.close();
  });
});

describe("wide tables", () => {
  it.each(["/cases/", "/decisions/", "/method/"])("%s: scroll inside a focusable region named by the caption, first column fixed", async (path) => {
    const { page, context } = await open(path, 390);
    const region = page.locator(".scroll-table").first();
    await expect(region.getAttribute("role")).resolves.toBe("region");
    await expect(region.getAttribute("tabindex")).resolves.toBe("0");
    const labelledby = (await region.getAttribute("aria-labelledby"))!;
    await expect(page.locator(`#${labelledby}`).evaluate((el) => el.tagName)).resolves.toBe("CAPTION");
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // From the keyboard: focus the region and press the right arrow.
    await region.focus();
    const firstCell = region.locator("tbody tr:first-child > :first-child");
    const secondCell = region.locator("tbody tr:first-child > :nth-child(2)");
    const before = { first: (await firstCell.boundingBox())!.x, second: (await secondCell.boundingBox())!.x };
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    await page.waitForFunction((el) => el!.scrollLeft > 0, await region.elementHandle());
    const after = { first: (await firstCell.boundingBox())!.x, second: (await secondCell.boundingBox())!.x };
    expect(after.first).toBeCloseTo(before.first, 0);
    expect(after.second).toBeLessThan(before.second);
    await context.close();
  });

  // Words of ordinary length in the fixed first column stay whole on a phone ("Datat|ilsynet" was
  // cut when the column was squeezed). A word too long for the column may still break.
  it.each([
    ["/nb/arguments/fine-too-high/", ".sticky-first"],
    ["/nb/varsel/?notice=800000&country=NO&type=public", ".varsel-closest"],
    ["/cases/", ".sticky-first"],
  ])("%s: fixed-column words are not cut mid-word at 360px", async (path, table) => {
    const { page, context } = await open(path, 360);
    await page.waitForSelector(`${table} tbody tr`);
    const cut = await page.$eval(table, (el) => {
      const found: string[] = [];
      for (const cell of el.querySelectorAll("tbody tr > :first-child")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Lines may break after a hyphen or slash (reference numbers); test the parts between.
          for (const m of node.textContent!.matchAll(/[^\s\-/]+/gu)) {
            if (m[0].length < 2 || m[0].length > 18) continue;
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(m[0]);
          }
        }
      }
      return found;
    });
    expect(cut).toEqual([]);
    await context.close();
  });

  it("shows the whole case list, Outcome column included, at 1280px", async () => {
    const { page, context } = await open("/cases/", 1280);
    const region = page.locator(".scroll-table").first();
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const outcome = (await page.locator("#case-table thead th:last-child").boundingBox())!;
    expect(outcome.x + outcome.width).toBeLessThanOrEqual(1280);
    await context.close();
  });
});

describe("print", () => {
  it("prints a case page black on white without navigation, with its address, the data date and the citations' addresses", async () => {
    const { page, context } = await open("/cases/bergen-2019/", 1280, "dark");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    expect(await page.locator(".site-nav").isVisible()).toBe(false);
    expect(await page.locator(".site-search").isVisible()).toBe(false);
    expect(await page.locator(".lang-switch").isVisible()).toBe(false);
    const meta = page.locator(".print-meta");
    expect(await meta.isVisible()).toBe(true);
    const text = (await meta.textContent())!;
    expect(text).toContain("/cases/bergen-2019/");
    expect(text).toMatch(/https?:\/\//);
    expect(text).toMatch(/\d{1,2} \w+ \d{4}/);
    const colours = await page.evaluate(() => {
      const s = getComputedStyle(document.documentElement);
      return { color: s.color, background: s.backgroundColor };
    });
    expect(colours).toEqual({ color: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)" });
    const cite = await page.locator(".factor-table a.pinpoint").first().evaluate((a) => getComputedStyle(a, "::after").content);
    expect(cite).toMatch(/https?:\/\/[^"]+\/decisions\/[^"]+#p\d+/);
    await page.screenshot({ path: resolve(shots, "print-case-bergen.png"), fullPage: true });
    await context.close();
  });

  it("prints a citation's address without JavaScript too: the link's own href after it", async () => {
    const { page, context } = await openPage(browser, "/nb/arguments/fine-too-high/", { contextOptions: { javaScriptEnabled: false } });
    await page.emulateMedia({ media: "print" });
    const link = page.locator("a.pinpoint").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/nb\/decisions\/[^#]+#p\d+$/);
    await expect(link.evaluate((a) => getComputedStyle(a, "::after").content)).resolves.toBe(`" <${href}>"`);
    await context.close();
  });
});

describe("404 page", () => {
  it("offers a search box and links to the cases and the decisions", async () => {
    const { page, response, context } = await open("/no-such-page/", 390);
    expect(response?.status()).toBe(404);
    await expect(page.locator('main a[href="/cases/"]').count()).resolves.toBe(1);
    await expect(page.locator('main a[href="/decisions/"]').count()).resolves.toBe(1);
    // The page says it in both languages: the English box searches in English.
    const box = page.getByLabel("Search the decisions and case records:");
    await box.fill("tofaktor");
    await Promise.all([page.waitForURL(/^[^?]*\/search\/\?q=tofaktor/), box.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe("/search/");
    await context.close();
  });
});

describe("home page", () => {
  it("links each way in to where that task starts", async () => {
    const { page, context } = await open("/", 390);
    const links = async (id: string) => page.locator(`section[aria-labelledby="${id}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(await links("way-notice")).toEqual(["/varsel/", "/calculator/", "/cases/?country=NO"]);
    expect(await links("way-compare")).toContain("/cases/");
    expect((await links("way-learn"))[0]).toBe("/factors/");
    await expect(page.locator("main [data-testid=data-currency]").textContent()).resolves.toMatch(/Data current to/);
    // The factor pages link to the method page's factor section.
    await page.goto("/factors/");
    await expect(page.locator("a[href='/method/#weights-factors']").count()).resolves.toBe(1);
    await page.goto("/method/#weights-factors");
    await expect(page.locator("#weights-factors").count()).resolves.toBe(1);
    await context.close();
  });
});
