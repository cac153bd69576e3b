import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSite, cssUrls, formatFailure, srcsetUrls, tokenize } from "../../scripts/check-links.ts";
import type { CheckResult, Failure } from "../../scripts/check-links.ts";

const script = resolve(dirname(fileURLToPath(import.meta.url)), "../../scripts/check-links.ts");

const page = (title: string, body: string, head = "") => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/_astro/site.css">${head}</head>
<body><a class="skip-link" href="#main">Skip to content</a>
<header><nav><a href="/cases/">Cases</a> <a href="/decisions/">Decisions</a></nav></header>
<main id="main">${body}</main></body></html>`;

/** A tiny built site: one clean page tree and one page with one of each problem. */
const FIXTURE: Record<string, string> = {
  "index.html": page(
    "Home",
    `<h1 id="top-heading">Art83</h1>
     <p><a href="/cases/">all cases</a>, <a href="cases/x/#fine">a fine</a>, <a href="./decisions/">decisions</a>,
     <a href="#top-heading">up</a>, <a href="#">nowhere</a>, <a href="#top">top</a>,
     <a href="/data/cases.csv">CSV</a>, <a href="/data/cases.csv#row=2">CSV row</a>,
     <a href="/cases/x/?sort=fine&amp;dir=desc#fine">sorted</a>,
     <a href="https://gdprhub.eu/">GDPRhub</a>, <a href="mailto:a@example.org">mail</a>, <a href="tel:+4512345678">tel</a></p>
     <img src="/img/chart.png" srcset="/img/chart.png 1x, /img/chart%402x.png 2x" alt="">
     <form action="/search/"><input name="q"></form>
     <svg><use href="#icon"></use><symbol id="icon"></symbol></svg>
     <script type="application/json" id="data">{"html": "<a href=\\"/nope/\\">not a link</a>"}</script>
     <script type="application/ld+json">{"@context": "https://schema.org"}</script>
     <script type="module" src="/_astro/app.js"></script>
     <!-- <a href="/commented-out/">ignored</a> -->`,
    `<link rel="canonical" href="https://art83.example/"><link rel="icon" href="/favicon.svg">
     <link rel="alternate" type="text/csv" href="/data/cases.csv">`,
  ),
  "cases/index.html": page("Cases", `<h1>Cases</h1><a href="x/">x</a> <a href="../">home</a>`),
  "cases/x/index.html": page("Case x", `<h1>Case x</h1><p id="fine">EUR 1</p><a href="../">back</a>`),
  "decisions/index.html": page("Decisions", `<h1>Decisions</h1>`),
  "search/index.html": page("Search", `<h1>Search</h1>`),
  "data/cases.csv": "id,fine\nx,1\n",
  "img/chart.png": "png",
  "img/chart@2x.png": "png",
  "favicon.svg": "<svg/>",
  "fonts/a.woff2": "font",
  "_astro/app.js": "console.log(1)",
  "_astro/site.css": `@font-face{font-family:a;src:url(/fonts/a.woff2) format("woff2")} .x{background:url("data:image/png;base64,AA==")}`,
  "_astro/bad.css": `@font-face{font-family:b;src:url(https://fonts.example.com/b.woff2)} .y{background:url(../img/missing.png)}`,
  "bad/index.html": page(
    "Bad",
    `<h1>Bad</h1>
     <a href="/missing/">broken</a>
     <a href="/decisions">no trailing slash</a>
     <a href="/cases/#nope">missing anchor</a>
     <a href="#also-missing">missing local anchor</a>
     <script>document.title = "inline"</script>
     <button onclick="alert(1)">x</button>
     <a href="javascript:void(0)">js</a>
     <img src="https://cdn.example.com/a.png" alt="">
     <script src="//cdn.example.com/lib.js"></script>
     <div style="background: url('https://img.example.com/bg.png')"></div>
     <style>@import url("https://fonts.googleapis.com/css2?family=Inter");</style>`,
    `<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">`,
  ),
};

let dir: string;
let result: CheckResult;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "art83-check-links-"));
  for (const [path, content] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  result = checkSite(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const failuresOf = (page: string) => result.failures.filter((f) => f.page === page);
const has = (expected: Partial<Failure>) => expect(result.failures).toContainEqual(expect.objectContaining(expected));

describe("checkSite on a fixture site", () => {
  it("counts pages, internal links and anchors", () => {
    expect(result.pages).toBe(6);
    expect(result.links).toBeGreaterThan(20);
    expect(result.anchors).toBeGreaterThan(5);
    expect(result.external).toBeGreaterThanOrEqual(2); // gdprhub + canonical
    expect(result.stylesheets).toBe(2);
  });

  it("passes the good pages (relative links, ?query, CSV, srcset, data scripts, same-page anchors)", () => {
    for (const p of ["/", "/cases/", "/cases/x/", "/decisions/", "/search/"]) {
      expect(failuresOf(p).map(formatFailure)).toEqual([]);
    }
  });

  it("reports a broken link", () => {
    has({ kind: "broken-link", page: "/bad/", target: "/missing/" });
  });

  it("reports a page link without its trailing slash (trailingSlash: always), unless told to ignore it", () => {
    has({ kind: "trailing-slash", page: "/bad/", target: "/decisions" });
    const lenient = checkSite(dir, { trailingSlash: "ignore" });
    expect(lenient.failures.filter((f) => f.target === "/decisions")).toEqual([]);
    expect(lenient.failures).toHaveLength(result.failures.length - 1);
  });

  it("reports missing anchors, in another page and in the same page", () => {
    has({ kind: "missing-anchor", page: "/bad/", target: "/cases/#nope" });
    has({ kind: "missing-anchor", page: "/bad/", target: "#also-missing" });
  });

  it("reports an inline script but not JSON data blocks", () => {
    const inline = result.failures.filter((f) => f.kind === "inline-script");
    expect(inline).toHaveLength(1);
    expect(inline[0]).toMatchObject({ page: "/bad/" });
    expect(inline[0]?.target).toContain("document.title");
  });

  it("reports inline event handlers and javascript: URLs", () => {
    has({ kind: "inline-handler", page: "/bad/", target: "<button onclick>" });
    has({ kind: "javascript-url", page: "/bad/", target: "javascript:void(0)" });
  });

  it("reports resources from other origins (stylesheet, img, protocol-relative script, CSS url/@import)", () => {
    has({ kind: "external-resource", page: "/bad/", target: "https://fonts.googleapis.com/css2?family=Inter" });
    has({ kind: "external-resource", page: "/bad/", target: "https://cdn.example.com/a.png" });
    has({ kind: "external-resource", page: "/bad/", target: "//cdn.example.com/lib.js" });
    has({ kind: "external-resource", page: "/bad/", target: "https://img.example.com/bg.png" });
    const googleFonts = failuresOf("/bad/").filter((f) => f.target.startsWith("https://fonts.googleapis.com"));
    expect(googleFonts).toHaveLength(2); // <link> and <style>@import
  });

  it("checks built CSS: other-origin fonts and missing url() targets", () => {
    has({ kind: "external-resource", page: "/_astro/bad.css", target: "https://fonts.example.com/b.woff2" });
    has({ kind: "broken-link", page: "/_astro/bad.css", target: "../img/missing.png" });
    expect(failuresOf("/_astro/site.css")).toEqual([]);
  });

  it("reports nothing else", () => {
    expect(result.failures).toHaveLength(14);
  });

  it("formats failures as `page -> target: reason (line n)`", () => {
    const broken = result.failures.find((f) => f.kind === "broken-link" && f.page === "/bad/");
    expect(broken && formatFailure(broken)).toMatch(/^\/bad\/ -> \/missing\/: no file for \/missing\/ \(line \d+\)$/);
  });

  it("throws a readable error when there is no built site", () => {
    expect(() => checkSite(join(dir, "does-not-exist"))).toThrow(/npm run build/);
  });
});

describe("parsing helpers", () => {
  it("tokenizes attributes in all quoting styles and skips script/comment content", () => {
    const tags = tokenize(
      `<A HREF=/x/ data-x='1' title="a &amp; b" hidden><!-- <img src=/c> --><script>"<a href='/no/'>"</script><br/>`,
    );
    expect(tags.map((t) => t.name)).toEqual(["a", "script", "br"]);
    expect(Object.fromEntries(tags[0]!.attrs)).toEqual({ href: "/x/", "data-x": "1", title: "a & b", hidden: "" });
    expect(tags[1]!.text).toBe(`"<a href='/no/'>"`);
  });

  it("splits srcset candidates", () => {
    expect(srcsetUrls("a.png 1x, b.png 2x,c.png")).toEqual(["a.png", "b.png", "c.png"]);
    expect(srcsetUrls(" a.png, b.png 640w ")).toEqual(["a.png", "b.png"]);
  });

  it("finds CSS url() and @import references", () => {
    expect(cssUrls(`@import "x.css"; a{b:url( 'y.png' )} /* url(z.png) */ c{d:url(w.svg#i)}`)).toEqual([
      "y.png",
      "w.svg#i",
      "x.css",
    ]);
  });
});

describe("command line", () => {
  const run = (args: string[]) => {
    try {
      const stdout = execFileSync(process.execPath, ["--experimental-strip-types", "--no-warnings", script, ...args], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      return { code: 0, out: stdout };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  it("exits 1 and prints each failure on a broken site", () => {
    const { code, out } = run([dir]);
    expect(code).toBe(1);
    expect(out).toMatch(/6 pages checked, \d+ links checked, \d+ anchors checked/);
    expect(out).toContain("/bad/ -> /missing/: no file for /missing/");
    expect(out).toContain("14 failure(s)");
  });

  it("exits 0 on a clean site", () => {
    const clean = mkdtempSync(join(tmpdir(), "art83-check-links-clean-"));
    try {
      writeFileSync(join(clean, "index.html"), `<!doctype html><main id="main"><a href="#main">x</a></main>`);
      const { code, out } = run([clean]);
      expect(code).toBe(0);
      expect(out).toContain("check-links: OK");
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
