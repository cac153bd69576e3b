/**
 * What a built page makes the browser download on load, gzip-compressed, from dist/:
 *
 *   npm run weight -- /calculator/                 table
 *   npm run weight -- /calculator/ --json          { js: [{ file, bytes, gzip }], data: […], totals }
 *   npm run weight -- /calculator/ --dist=/tmp/d   another build
 *
 * JS: every module script of the page and, recursively, every chunk it imports, statically or
 * dynamically (a lazy chunk counts: the page may load it). Data: inline JSON blocks
 * (<script type="application/json">), island props, and every .json file of dist/ that one of
 * those chunks or data blocks names (what the page fetches).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const page = args.find((a) => !a.startsWith("--")) ?? "/calculator/";
const dist = resolve(args.find((a) => a.startsWith("--dist="))?.slice("--dist=".length) ?? "dist");
const asJson = args.includes("--json");

export interface Entry {
  file: string;
  bytes: number;
  gzip: number;
}

const measure = (file: string, text: string | Buffer): Entry => {
  const buf = typeof text === "string" ? Buffer.from(text) : text;
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

const decodeAttribute = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function pageWeight(distDir: string, pagePath: string): { js: Entry[]; data: Entry[] } {
  const htmlFile = join(distDir, pagePath, pagePath.endsWith(".html") ? "" : "index.html");
  if (!existsSync(htmlFile)) throw new Error(`no built page at ${htmlFile}: run npm run build first`);
  const html = readFileSync(htmlFile, "utf8");
  const js: Entry[] = [];
  const data: Entry[] = [];
  const seen = new Set<string>();
  const jsonFiles = new Set<string>();

  const visit = (url: string) => {
    const path = posix.normalize(url.split(/[?#]/)[0]!);
    if (seen.has(path)) return;
    seen.add(path);
    const file = join(distDir, path);
    if (!existsSync(file)) throw new Error(`${path}, loaded by ${pagePath}, is not in ${distDir}`);
    const code = readFileSync(file, "utf8");
    js.push(measure(path, code));
    const dir = posix.dirname(path);
    // Static imports (`from"./x.js"`, `import"./x.js"`) and dynamic ones (`import("./x.js")`).
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      visit(m[1]!.startsWith("/") ? m[1]! : posix.join(dir, m[1]!));
    }
    // Assets a chunk names by URL (e.g. `new URL("x.json", import.meta.url)` or an absolute "/_astro/x.json").
    for (const m of code.matchAll(/["'`]([^"'`\s]+\.json)["'`]/g)) {
      const ref = m[1]!.startsWith("/") ? m[1]! : posix.join(dir, m[1]!);
      if (existsSync(join(distDir, ref))) jsonFiles.add(posix.normalize(ref));
    }
  };

  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) visit(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) visit(m[1]!);
  for (const m of html.matchAll(/<astro-island\b[^>]*\bcomponent-url="([^"]+)"[^>]*\brenderer-url="([^"]+)"/g)) {
    visit(m[1]!);
    visit(m[2]!);
  }
  for (const m of html.matchAll(/<script\b[^>]*\btype="application\/json"[^>]*>([\s\S]*?)<\/script>/g)) {
    const id = /\bid="([^"]+)"/.exec(m[0])?.[1] ?? "json";
    data.push(measure(`inline #${id}`, m[1]!));
    // A data block may name the files the page fetches (a site-relative URL ending in .json).
    for (const ref of m[1]!.matchAll(/"(\/[^"\s]+\.json)"/g)) if (existsSync(join(distDir, ref[1]!))) jsonFiles.add(posix.normalize(ref[1]!));
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*\bprops="([^"]*)"/g)) data.push(measure("island props", decodeAttribute(m[1]!)));
  for (const ref of jsonFiles) data.push(measure(ref, readFileSync(join(distDir, ref))));
  return { js, data };
}

const sum = (entries: Entry[]) => entries.reduce((t, e) => ({ bytes: t.bytes + e.bytes, gzip: t.gzip + e.gzip }), { bytes: 0, gzip: 0 });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { js, data } = pageWeight(dist, page);
  const totals = { js: sum(js), data: sum(data) };
  if (asJson) {
    console.log(JSON.stringify({ page, js, data, totals }, null, 2));
  } else {
    const row = (e: Entry) => `  ${e.file.padEnd(72)} ${kb(e.bytes).padStart(10)} ${kb(e.gzip).padStart(10)}`;
    console.log(`${page} in ${dist}\n  ${"".padEnd(72)} ${"raw".padStart(10)} ${"gzip".padStart(10)}`);
    console.log("JS (entry scripts and every chunk they import)");
    for (const e of js) console.log(row(e));
    console.log(row({ file: "total JS", ...totals.js }));
    console.log("Data (inline JSON, island props, JSON files the chunks or data blocks name)");
    for (const e of data) console.log(row(e));
    console.log(row({ file: "total data", ...totals.data }));
  }
}
