import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  headerContentSecurityPolicy,
  headerRules,
  headersFor,
  metaContentSecurityPolicy,
  nginxConfig,
  parseHeadersFile,
  renderHeadersFile,
} from "../../../src/domain/security/headers.ts";

/** The top level of a build, as the integration lists it. */
const BUILT = [
  { name: "_astro", directory: true },
  { name: "search-index", directory: true },
  { name: "cases", directory: true },
  { name: "decisions", directory: true },
  { name: "search", directory: true },
  { name: "index.html", directory: false },
  { name: "404.html", directory: false },
  { name: "favicon.svg", directory: false },
];
const rules = headerRules(BUILT);
const header = (path: string, name: string) =>
  headersFor(rules, path)
    .filter(([k]) => k.toLowerCase() === name.toLowerCase())
    .map(([, v]) => v);
const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));

describe("content security policy", () => {
  it("allows only the site itself, no inline script, no eval, no plugins", () => {
    const meta = directives(metaContentSecurityPolicy());
    for (const d of ["default-src", "script-src", "style-src", "worker-src", "img-src", "font-src", "connect-src", "base-uri", "form-action"]) {
      expect(meta.get(d), d).toEqual(["'self'"]);
    }
    expect(meta.get("object-src")).toEqual(["'none'"]);
    expect(metaContentSecurityPolicy()).not.toMatch(/unsafe-|blob:|data:|\*/);
  });

  it("keeps frame-ancestors, which a <meta> policy cannot carry, for the header", () => {
    expect(directives(metaContentSecurityPolicy()).has("frame-ancestors")).toBe(false);
    expect(directives(headerContentSecurityPolicy()).get("frame-ancestors")).toEqual(["'none'"]);
    expect(headerContentSecurityPolicy().startsWith(metaContentSecurityPolicy())).toBe(true);
  });
});

describe("_headers", () => {
  it("sends the security headers with every response", () => {
    for (const path of ["/", "/cases/x/", "/_astro/a.B1.js", "/search-index/manifest.json", "/no/such/page/"]) {
      expect(header(path, "Content-Security-Policy"), path).toEqual([headerContentSecurityPolicy()]);
      expect(header(path, "Referrer-Policy")).toEqual(["no-referrer"]);
      expect(header(path, "X-Content-Type-Options")).toEqual(["nosniff"]);
      expect(header(path, "Permissions-Policy")[0]).toMatch(/(^|, )camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect(header(path, "Permissions-Policy")[0]).toContain("browsing-topics=()");
    }
  });

  it("keeps hashed files and the versioned search index a year, and revalidates pages and the manifest", () => {
    const year = "public, max-age=31536000, immutable";
    expect(header("/_astro/index.CTX-TuXy.js", "Cache-Control")).toEqual([year]);
    expect(header("/search-index/v44003639/t/12.json", "Cache-Control")).toEqual([year]);
    for (const path of ["/", "/cases/", "/cases/x/", "/decisions/d/", "/search/", "/search-index/manifest.json", "/favicon.svg", "/404.html"]) {
      // exactly one value: overlapping rules would join into "no-cache, …, immutable"
      expect(header(path, "Cache-Control"), path).toEqual(["no-cache"]);
    }
  });

  it("reads back what it writes", () => {
    const text = renderHeadersFile(rules);
    expect(text).toMatch(/^# Generated at build time/);
    expect(parseHeadersFile(text)).toEqual(rules);
    expect(() => parseHeadersFile("  X-Orphan: 1\n")).toThrow(/outside a path/);
  });

  it("matches :placeholders to one path segment and * to any rest", () => {
    const r = parseHeadersFile("/a/:v/*\n  X: 1\n/b/*\n  Y: 2\n");
    expect(headersFor(r, "/a/v1/x/y.json")).toEqual([["X", "1"]]);
    expect(headersFor(r, "/a/manifest.json")).toEqual([]);
    expect(headersFor(r, "/b/")).toEqual([["Y", "2"]]);
    expect(headersFor(r, "/bb/")).toEqual([]);
  });
});

describe("README deployment section", () => {
  it("documents the nginx block generated from the same policy", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    expect(readme, `README.md must hold this block exactly:\n${nginxConfig()}`).toContain(nginxConfig());
  });
});
