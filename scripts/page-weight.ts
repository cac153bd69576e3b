/**
 * What a built page makes the browser download on load, file by file, gzip-compressed: the
 * breakdown behind the totals `npm run budgets` checks (same meter, scripts/budgets.ts).
 *
 *   npm run weight -- /calculator/                 table
 *   npm run weight -- /calculator/ --json          { js: [{ file, gzip }], data: […], totals }
 *   npm run weight -- /calculator/ --dist=/tmp/d   another build
 *
 * JS: every module script of the page and every chunk it imports, imports of imports included.
 * Data: the page's inline JSON and island props, and every JSON file it names (a preload link, a
 * data- attribute, a string in its scripts).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SiteMeter, gzipSize } from "./budgets.ts";

const args = process.argv.slice(2);
const page = args.find((a) => !a.startsWith("--")) ?? "/calculator/";
const dist = resolve(args.find((a) => a.startsWith("--dist="))?.slice("--dist=".length) ?? "dist");

const meter = await SiteMeter.open(dist);
const measure = meter.measure(page);
const sizeOf = (urlPath: string) => gzipSize(readFileSync(join(dist, ...decodeURIComponent(urlPath).split("/"))));
const js = measure.scripts.map((file) => ({ file, gzip: sizeOf(file) }));
const files = measure.dataFiles.map((file) => ({ file, gzip: sizeOf(file) }));
const inline = measure.data - files.reduce((n, f) => n + f.gzip, 0);
const data = [...(inline > 0 ? [{ file: "inline JSON and island props", gzip: inline }] : []), ...files];

if (args.includes("--json")) {
  console.log(JSON.stringify({ page, dist, js, data, totals: { js: measure.js, data: measure.data, html: measure.html } }, null, 2));
} else {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const row = (name: string, gzip: number) => console.log(`  ${name.padEnd(72)} ${kb(gzip).padStart(9)}`);
  console.log(`${page} in ${dist} (gzip)`);
  console.log("JS");
  for (const f of js) row(f.file, f.gzip);
  row("total JS", measure.js);
  console.log("Data");
  for (const f of data) row(f.file, f.gzip);
  row("total data", measure.data);
  row("HTML", measure.html);
}
