import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGETS, SiteMeter, checkBudgets, formatOverrun, formatReport, gzipSize, resolveUrl } from "../../scripts/budgets.ts";
import type { Budget, PageMeasure } from "../../scripts/budgets.ts";

const script = resolve(dirname(fileURLToPath(import.meta.url)), "../../scripts/budgets.ts");

/** Text that gzip cannot shrink much, so sizes are predictable: `n` pseudo-random hex bytes. */
function noise(n: number, seed = 1): string {
  let x = seed;
  let out = "";
  while (out.length < n) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += x.toString(16);
  }
  return out.slice(0, n);
}

const page = (body: string, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body><main>${body}</main></body></html>`;

/** A small built site: shared chunks, an import of an import, inline data, a fetched JSON, a long list. */
const FIXTURE: Record<string, string> = {
  "_astro/base.js": `document.title;`,
  "_astro/shared.js": `export const shared = "${noise(1500, 2)}";`,
  "_astro/deep.js": `export const deep = "${noise(6000, 3)}";`,
  // imports shared.js twice over (directly and through mid.js): counted once
  "_astro/mid.js": `import{deep as d}from"./deep.js";export{shared}from"./shared.js";export const mid=d;`,
  // loads its strings in the page's language at start, and the .docx library only on a click
  "_astro/calc.js": `import{mid}from"./mid.js";import"./shared.js";const later=()=>import("./lazy.js");const doc=()=>import("./docx.Ab1_x.js");` +
    `const words=document.documentElement.lang==="nb"?import("./calculator.nb.Xy-9.js"):import("./calculator.en.Qw2.js");fetch("/calculator/facts.json");`,
  "_astro/lazy.js": `import"./deep.js";export const lazy = "${noise(3000, 4)}";`,
  "_astro/docx.Ab1_x.js": `export const docx = "${noise(50_000, 9)}";`,
  "_astro/calculator.en.Qw2.js": `export const strings = "${noise(4000, 10)}";`,
  "_astro/calculator.nb.Xy-9.js": `import"./common.nb.Zz.js";export const strings = "${noise(4500, 11)}";`,
  "_astro/common.nb.Zz.js": `export const common = "${noise(800, 12)}";`,
  "_astro/para.js": `export {};`,
  "calculator/facts.json": JSON.stringify({ facts: noise(2000, 5) }),
  "cases/a/index.html": page("<h1>A</h1>", `<script type="module" src="/_astro/base.js"></script>`),
  "decisions/d/index.html": page(
    "<h1>D</h1><p>x</p>",
    `<script type="module" src="/_astro/base.js"></script><script type="module" src="../../_astro/para.js"></script>`,
  ),
  "calculator/index.html": page(
    `<div data-facts="/calculator/facts.json"></div><script type="application/json" id="calculator-data">{"rows":"${noise(4000, 6)}"}</script>
     <a href="/data/schema.json">schema</a>`,
    `<script type="module" src="/_astro/calc.js"></script>`,
  ),
  "nb/calculator/index.html": page(`<div data-facts="/calculator/facts.json"></div>`, `<script type="module" src="/_astro/calc.js"></script>`).replace('lang="en"', 'lang="nb"'),
  "data/schema.json": JSON.stringify({ big: noise(100_000, 7) }),
  "decisions/index.html": page(`<ul>${"<li><a href=\"/decisions/d/\">d</a></li>".repeat(800)}</ul>`),
  "index.html": page("<h1>Home</h1>"),
  "varsel/index.html": page("<h1>Notice</h1>", `<script type="module" src="/_astro/base.js"></script>`),
  "search/index.html": page("<h1>Search</h1>", `<script type="module" src="/_astro/base.js"></script>`),
  "trends/index.html": page("<h1>Trends</h1>", `<script type="module" src="/_astro/base.js"></script>`),
  // The comparison: a small script and the case data it fetches, named in a data- attribute.
  "compare/index.html": page(`<div data-src="/compare/cases.json"></div>`, `<script type="module" src="/_astro/base.js"></script>`),
  "compare/cases.json": JSON.stringify([{ id: "a", facts: noise(3000, 8) }]),
};

let dist: string;
let meter: SiteMeter;
const size = (path: string) => gzipSize(FIXTURE[path]!);

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "art83-budgets-"));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  meter = await SiteMeter.open(dist);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("measuring a built page", () => {
  it("finds every page of the site", () => {
    expect(meter.pages()).toEqual(["/", "/calculator/", "/cases/a/", "/compare/", "/decisions/", "/decisions/d/", "/nb/calculator/", "/search/", "/trends/", "/varsel/"]);
  });

  it("counts every script the page loads, imports of imports once each, dynamic imports too", () => {
    const calc = meter.measure("/calculator/");
    expect(calc.scripts).toEqual(["/_astro/calc.js", "/_astro/calculator.en.Qw2.js", "/_astro/deep.js", "/_astro/lazy.js", "/_astro/mid.js", "/_astro/shared.js"]);
    const files = ["calc.js", "calculator.en.Qw2.js", "deep.js", "lazy.js", "mid.js", "shared.js"];
    expect(calc.js).toBe(files.reduce((n, f) => n + size(`_astro/${f}`), 0));
    // deep.js alone is over 2 KB gzip: a budget that missed imports of imports would pass wrongly
    expect(size("_astro/deep.js")).toBeGreaterThan(2048);
  });

  it("counts a language's chunks only on pages in that language, and not what loads on a reader's action", () => {
    const en = meter.measure("/calculator/");
    const nb = meter.measure("/nb/calculator/");
    expect(en.scripts.filter((s) => /\.(en|nb)\./.test(s))).toEqual(["/_astro/calculator.en.Qw2.js"]);
    expect(nb.scripts.filter((s) => /\.(en|nb)\./.test(s))).toEqual(["/_astro/calculator.nb.Xy-9.js", "/_astro/common.nb.Zz.js"]);
    expect(nb.js - en.js).toBe(size("_astro/calculator.nb.Xy-9.js") + size("_astro/common.nb.Zz.js") - size("_astro/calculator.en.Qw2.js"));
    // the .docx library (ON_USE) loads on a click: not counted
    expect([...en.scripts, ...nb.scripts].some((s) => s.includes("docx"))).toBe(false);
  });

  it("resolves relative script paths against the page", () => {
    const d = meter.measure("/decisions/d/");
    expect(d.scripts).toEqual(["/_astro/base.js", "/_astro/para.js"]);
    expect(d.js).toBe(size("_astro/base.js") + size("_astro/para.js"));
  });

  it("counts inline JSON and the JSON files the page loads, but not a JSON file it only links to", () => {
    const calc = meter.measure("/calculator/");
    expect(calc.dataFiles).toEqual(["/calculator/facts.json"]);
    const inline = /<script type="application\/json" id="calculator-data">([^<]*)<\/script>/.exec(FIXTURE["calculator/index.html"]!)![1]!;
    expect(calc.data).toBe(gzipSize(inline) + size("calculator/facts.json"));
  });

  it("counts the elements of the built HTML and gzips it", () => {
    const lib = meter.measure("/decisions/");
    // html, head, meta, title, body, main, ul + 800 × (li, a)
    expect(lib.dom).toBe(7 + 1600);
    expect(lib.html).toBe(size("decisions/index.html"));
  });
});

describe("checking the budgets", () => {
  const measure = (path: string, figures: Partial<PageMeasure>): PageMeasure => ({
    path,
    js: 0,
    scripts: [],
    data: 0,
    dataFiles: [],
    html: 0,
    dom: 0,
    ...figures,
  });

  it("passes pages within budget and names the page and the figure over it", () => {
    const results = checkBudgets([
      measure("/cases/a/", { js: 2048 }),
      measure("/decisions/d/", { js: 2049 }),
      measure("/decisions/e/", { js: 5000 }),
      measure("/calculator/", { js: 61 * 1024, data: 40 * 1024 }),
      measure("/decisions/", { dom: 1501, html: 101 * 1024 }),
    ]);
    const over = results.flatMap((r) => r.overruns.map(formatOverrun));
    expect(over).toEqual([
      "/decisions/e/: JS (gzip) 4.9 KB over the decision page budget of 2.0 KB",
      "/decisions/d/: JS (gzip) 2.0 KB over the decision page budget of 2.0 KB",
      "/calculator/: JS (gzip) 61.0 KB over the calculator budget of 60.0 KB",
      "/decisions/: HTML (gzip) 101.0 KB over the any page budget of 100.0 KB",
      "/decisions/: DOM elements 1501 over the decision library budget of 1500",
    ]);
    const report = formatReport(results);
    expect(report).toContain("Over budget:");
    expect(report).toMatch(/decision library\s+DOM elements\s+1500\s+1501 \/decisions\/\s+OVER \(1 of 1\)/);
  });

  it("fails a budget that no page matches rather than passing it", () => {
    const budget: Budget = { pages: "calculator", match: /^\/calculator\/$/, figure: "js", limit: 1 };
    const [result] = checkBudgets([measure("/", {})], [budget]);
    expect(result!.pages).toBe(0);
    expect(formatReport([result!])).toContain("no built page is a calculator");
  });

  it("holds the numbers of the issues: 2 KB, 60 KB, 40 KB, 100 KB, 1,500 elements; /varsel/ 60 KB JS and 66 KB data; /search/ 16 KB JS; /trends/ 32 KB JS and 28 KB data; /compare/ 6 KB JS and 32 KB data", () => {
    expect(BUDGETS.map((b) => [b.pages, b.figure, b.limit])).toEqual([
      ["case page", "js", 2048],
      ["decision page", "js", 2048],
      ["calculator", "js", 61_440],
      ["calculator", "data", 40_960],
      ["notice page", "js", 61_440],
      ["notice page", "data", 67_584],
      ["search page", "js", 16_384],
      ["trends", "js", 32_768],
      ["trends", "data", 28_672],
      ["comparison", "js", 6144],
      ["comparison", "data", 32_768],
      ["any page", "html", 102_400],
      ["decision library", "dom", 1500],
    ]);
  });

  it("resolves URLs of the site and ignores other origins", () => {
    expect(resolveUrl("./a.js", "/_astro/b.js")).toBe("/_astro/a.js");
    expect(resolveUrl("../../_astro/a.js?v=1", "/decisions/d/")).toBe("/_astro/a.js");
    expect(resolveUrl("https://cdn.example/a.js", "/")).toBeNull();
    expect(resolveUrl("//cdn.example/a.js", "/")).toBeNull();
  });
});

describe("npm run budgets", () => {
  it("exits 1 naming the page and figure over budget, 0 when all are met", () => {
    const run = (dir: string) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ["--experimental-strip-types", script, dir], { encoding: "utf8", stdio: "pipe" }) };
      } catch (e) {
        const err = e as { status: number; stderr: string };
        return { code: err.status, out: err.stderr };
      }
    };
    // The fixture's calculator loads deep.js etc. well within 60 KB, but the library lists 1,607 elements.
    const failing = run(dist);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain("/decisions/: DOM elements 1607 over the decision library budget of 1500");

    const trimmed = mkdtempSync(join(tmpdir(), "art83-budgets-ok-"));
    try {
      for (const [path, text] of Object.entries(FIXTURE)) {
        mkdirSync(dirname(join(trimmed, path)), { recursive: true });
        writeFileSync(join(trimmed, path), path === "decisions/index.html" ? page("<h1>Library</h1>") : text);
      }
      const passing = run(trimmed);
      expect(passing.out).not.toContain("Over budget");
      expect(passing.code).toBe(0);
    } finally {
      rmSync(trimmed, { recursive: true, force: true });
    }
  });
});
