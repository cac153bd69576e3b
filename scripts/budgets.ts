/**
 * Speed budgets of the built site: fails (exit 1) naming the page and the figure over budget.
 *
 *   node --experimental-strip-types scripts/budgets.ts [distDir]
 *
 * Every figure is measured on the files in `distDir` (default `dist`), as a reader's browser would
 * load them, compressed with gzip at its default level (6), as a server compresses on the fly:
 *  - JS: every script the page loads, i.e. its module and classic `<script src>` and
 *    `<link rel="modulepreload">`, and everything those import, imports of imports included; each
 *    file counted once per page. A dynamic `import()` counts too (the islands load their strings
 *    that way, at start), with two exceptions: a chunk named in ON_USE, which loads only when the
 *    reader asks for something (the .docx library), and a chunk named for a language
 *    (`<name>.<locale>.<hash>.js`, see src/i18n/islands.ts), which counts only on pages in that
 *    language (`<html lang>`). Workers run beside the page and are not counted.
 *  - data: the page's inline data (`<script type="application/json">` blocks, island props) plus
 *    every JSON file of the site it refers to, from an attribute of the page (a preload link, a
 *    `data-` attribute) or a string in its scripts; each file gzipped on its own.
 *  - HTML: the page itself.
 *  - DOM: the elements in the built HTML, before any script runs.
 * 1 KB = 1024 bytes.
 *
 * Runs under Node 22 type stripping: erasable TypeScript only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { init, parse } from "es-module-lexer";
import { tokenize } from "./check-links.ts";

export type Figure = "js" | "data" | "html" | "dom";

export interface Budget {
  /** The page type, as the report names it. */
  pages: string;
  /** Which built pages (URL paths such as "/cases/x/") the budget applies to. */
  match: RegExp;
  figure: Figure;
  /** Bytes gzip for js/data/html, elements for dom. */
  limit: number;
}

const KB = 1024;

/** Chunks a page imports only on a reader's action, with why: not counted in its JS. */
export const ON_USE: readonly { chunk: RegExp; why: string }[] = [
  { chunk: /\/docx\.[\w-]+\.js$/, why: "the notice page's .docx reply, built when the reader asks for it" },
];

/** A chunk of one language's strings: `/_astro/calculator.nb.Bg5e6PdG.js` → "nb". */
const chunkLocale = (urlPath: string): string | undefined => /\.(en|nb)\.[\w-]+\.js$/.exec(urlPath)?.[1];

/** The budgets, in one table. Change a number here only with a measured reason. */
export const BUDGETS: readonly Budget[] = [
  { pages: "case page", match: /^\/(nb\/)?cases\/[^/]+\/$/, figure: "js", limit: 2 * KB },
  { pages: "decision page", match: /^\/(nb\/)?decisions\/[^/]+\/$/, figure: "js", limit: 2 * KB },
  // The calculator's island with its own strings in the page's language (43.6 KB en, 45.0 KB nb measured).
  { pages: "calculator", match: /^\/(nb\/)?calculator\/$/, figure: "js", limit: 60 * KB },
  { pages: "calculator", match: /^\/(nb\/)?calculator\/$/, figure: "data", limit: 40 * KB },
  // /varsel/: the island carries the calculator's estimator plus the notice model and its strings
  // (51.0 KB en, 52.3 KB nb measured); its data is the calculator's file and the notice cases with
  // their arguments (62.1 KB measured). The .docx library loads only when the reader asks for the document.
  { pages: "notice page", match: /^\/(nb\/)?varsel\/$/, figure: "js", limit: 60 * KB },
  { pages: "notice page", match: /^\/(nb\/)?varsel\/$/, figure: "data", limit: 66 * KB },
  // The search page's app and strings (11.7 KB en, 12.7 KB nb measured); the index loads in a worker.
  { pages: "search page", match: /^\/(nb\/)?search\/$/, figure: "js", limit: 16 * KB },
  // Five charts redrawn in the browser from the build's own drawing code (d3-scale, d3-shape) and d3-dsv for the filtered CSV; measured 24.2 KB.
  { pages: "trends", match: /^\/(nb\/)?trends\/$/, figure: "js", limit: 32 * KB },
  // Every chart's items and each case's facets, for filtering in the browser; measured 20.7 KB.
  { pages: "trends", match: /^\/(nb\/)?trends\/$/, figure: "data", limit: 28 * KB },
  // The comparison builds its table in the browser from one file of every case's compared facts
  // (measured at 4.7 KB JS and 25.5 KB data when added; the data grows with the cases).
  { pages: "comparison", match: /^\/(nb\/)?compare\/$/, figure: "js", limit: 6 * KB },
  { pages: "comparison", match: /^\/(nb\/)?compare\/$/, figure: "data", limit: 32 * KB },
  { pages: "any page", match: /^\//, figure: "html", limit: 100 * KB },
  { pages: "decision library", match: /^\/(nb\/)?decisions\/$/, figure: "dom", limit: 1500 },
];

export interface PageMeasure {
  /** URL path of the page, e.g. "/cases/x/". */
  path: string;
  /** gzip bytes of every script the page loads before interaction. */
  js: number;
  /** The script files counted in `js`, as URL paths. */
  scripts: string[];
  /** gzip bytes of the page's inline data and the JSON files it refers to. */
  data: number;
  /** The JSON files counted in `data`, as URL paths. */
  dataFiles: string[];
  /** gzip bytes of the HTML. */
  html: number;
  /** Elements in the HTML. */
  dom: number;
}

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes).length;

/** Every built page (.html file) under `dir`, as file paths. */
export function walkHtml(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walkHtml(full, out);
    else if (entry.name.endsWith(".html")) out.push(full);
  }
  return out;
}

/** The URL path a built HTML file answers: `cases/x/index.html` → `/cases/x/`. */
function urlPathOf(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join("/");
  return "/" + (rel === "index.html" ? "" : rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel);
}

/** Measures a built site; shares the work of scripts imported by many pages. */
export class SiteMeter {
  readonly distDir: string;
  private readonly files = new Map<string, { gzip: number; text: string } | null>();
  private readonly graphs = new Map<string, { static: string[]; dynamic: string[] }>();

  constructor(distDir: string) {
    this.distDir = resolve(distDir);
  }

  static async open(distDir: string): Promise<SiteMeter> {
    await init();
    return new SiteMeter(distDir);
  }

  /** Every built page's URL path, sorted. */
  pages(): string[] {
    return walkHtml(this.distDir)
      .map((f) => urlPathOf(this.distDir, f))
      .sort();
  }

  private file(urlPath: string): { gzip: number; text: string } | null {
    let entry = this.files.get(urlPath);
    if (entry === undefined) {
      const full = join(this.distDir, ...decodeURIComponent(urlPath).split("/"));
      entry = existsSync(full) && !full.endsWith(sep) ? { text: readFileSync(full, "utf8"), gzip: 0 } : null;
      if (entry) entry.gzip = gzipSize(entry.text);
      this.files.set(urlPath, entry);
    }
    return entry;
  }

  /** The module `urlPath` and everything it imports, transitively, on a page in language `lang`. */
  private moduleGraph(urlPath: string, seen: Set<string>, lang: string): void {
    if (seen.has(urlPath)) return;
    seen.add(urlPath);
    let imports = this.graphs.get(urlPath);
    if (!imports) {
      const source = this.file(urlPath);
      imports = { static: [], dynamic: [] };
      if (source) {
        const [found] = parse(source.text);
        const resolved = (specifiers: string[]) => specifiers.flatMap((s) => resolveUrl(s, urlPath) ?? []);
        imports = { static: resolved(staticImports(found)), dynamic: resolved(dynamicImports(found)) };
      }
      this.graphs.set(urlPath, imports);
    }
    for (const target of imports.static) this.moduleGraph(target, seen, lang);
    for (const target of imports.dynamic) {
      if (ON_USE.some((o) => o.chunk.test(target))) continue;
      const locale = chunkLocale(target);
      if (locale && locale !== lang) continue;
      this.moduleGraph(target, seen, lang);
    }
  }

  measure(path: string): PageMeasure {
    const htmlFile = path.endsWith("/") ? `${path}index.html` : path;
    const html = this.file(htmlFile);
    if (!html) throw new Error(`no built page at ${path}`);
    const tags = tokenize(html.text);
    const lang = (tags.find((t) => t.name === "html")?.attrs.get("lang") ?? "").toLowerCase().split("-")[0]!;
    const scripts = new Set<string>();
    const dataFiles = new Set<string>();
    let inline = 0;

    for (const tag of tags) {
      const attrs = tag.attrs;
      if (tag.name === "script") {
        const type = (attrs.get("type") ?? "").trim().toLowerCase();
        const src = attrs.get("src");
        if (type === "application/json" || type === "application/ld+json") {
          inline += gzipSize(tag.text ?? "");
        } else if (src !== undefined) {
          const target = resolveUrl(src, path);
          if (target) this.moduleGraph(target, scripts, lang);
        } else if (tag.text?.trim()) {
          // An inline module's imports load with the page, and its own text is part of the HTML.
          for (const specifier of staticImports(parse(tag.text)[0])) {
            const target = resolveUrl(specifier, path);
            if (target) this.moduleGraph(target, scripts, lang);
          }
        }
      } else if (tag.name === "link" && /\bmodulepreload\b/i.test(attrs.get("rel") ?? "")) {
        const target = resolveUrl(attrs.get("href") ?? "", path);
        if (target) this.moduleGraph(target, scripts, lang);
      } else if (tag.name === "astro-island") {
        inline += gzipSize(attrs.get("props") ?? "");
      }
      // JSON the page loads by itself: a preload/prefetch link, or a data- attribute its script reads.
      // (A plain link to a JSON file is a download, not something the page loads.)
      if (tag.name === "link" && /\b(preload|prefetch)\b/i.test(attrs.get("rel") ?? "")) this.addJsonRef(attrs.get("href") ?? "", path, dataFiles);
      for (const [name, value] of attrs) if (name.startsWith("data-")) this.addJsonRef(value, path, dataFiles);
    }
    for (const script of scripts) {
      const text = this.file(script)?.text ?? "";
      for (const m of text.matchAll(/["'`]([^"'`\s]+\.json)["'`]/g)) this.addJsonRef(m[1]!, script, dataFiles);
    }

    const sum = (paths: Iterable<string>) => [...paths].reduce((n, p) => n + (this.file(p)?.gzip ?? 0), 0);
    return {
      path,
      js: sum(scripts),
      scripts: [...scripts].filter((s) => this.file(s)).sort(),
      data: inline + sum(dataFiles),
      dataFiles: [...dataFiles].sort(),
      html: html.gzip,
      dom: tags.length,
    };
  }

  private addJsonRef(value: string, from: string, into: Set<string>): void {
    if (!/\.json(?:[?#].*)?$/.test(value.trim())) return;
    const target = resolveUrl(value.trim(), from);
    if (target && this.file(target)) into.add(target);
  }
}

/** The specifiers a module loads with itself: static imports and re-exports (not `import()`). */
function staticImports(found: ReturnType<typeof parse>[0]): string[] {
  return found.flatMap((imp) => ((imp.type === "static" || imp.type === "reexport-star") && imp.phase !== "source" ? [imp.specifier] : []));
}

/** The specifiers of a module's `import("…")` with a literal string (the only kind a bundle writes). */
function dynamicImports(found: ReturnType<typeof parse>[0]): string[] {
  return found.flatMap((imp) => (imp.type === "dynamic" && imp.specifier ? [imp.specifier] : []));
}

/** A same-origin URL path for `ref` seen in the file at `from`, or null for other origins. */
export function resolveUrl(ref: string, from: string): string | null {
  if (!ref || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//")) return null;
  const path = ref.replace(/[?#].*$/, "");
  if (!path) return null;
  const base = from.endsWith("/") ? from : posix.dirname(from) + "/";
  return posix.normalize(path.startsWith("/") ? path : base + path);
}

export interface Overrun {
  budget: Budget;
  page: PageMeasure;
  value: number;
}

export interface BudgetResult {
  budget: Budget;
  /** Pages the budget applied to. */
  pages: number;
  /** The page with the largest figure (undefined when no page matched). */
  worst?: { path: string; value: number };
  overruns: Overrun[];
}

/** Checks every budget against the measured pages. A budget that matches no page fails. */
export function checkBudgets(measures: readonly PageMeasure[], budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map((budget) => {
    const pages = measures.filter((m) => budget.match.test(m.path));
    let worst: BudgetResult["worst"];
    const overruns: Overrun[] = [];
    for (const page of pages) {
      const value = page[budget.figure];
      if (!worst || value > worst.value) worst = { path: page.path, value };
      if (value > budget.limit) overruns.push({ budget, page, value });
    }
    overruns.sort((a, b) => b.value - a.value);
    return { budget, pages: pages.length, worst, overruns };
  });
}

const FIGURE_NAMES: Record<Figure, string> = {
  js: "JS (gzip)",
  data: "data (gzip)",
  html: "HTML (gzip)",
  dom: "DOM elements",
};

export function formatAmount(figure: Figure, n: number): string {
  return figure === "dom" ? `${n}` : `${(n / KB).toFixed(1)} KB`;
}

/** One line per overrun: "/calculator/: JS (gzip) 157.2 KB over the calculator budget of 60.0 KB". */
export function formatOverrun(o: Overrun): string {
  const { figure, limit, pages } = o.budget;
  return `${o.page.path}: ${FIGURE_NAMES[figure]} ${formatAmount(figure, o.value)} over the ${pages} budget of ${formatAmount(figure, limit)}`;
}

export function formatReport(results: readonly BudgetResult[], maxListed = 5): string {
  const rows = results.map((r) => {
    const { pages, figure, limit } = r.budget;
    const state = r.pages === 0 ? "NO PAGES" : r.overruns.length ? `OVER (${r.overruns.length} of ${r.pages})` : "ok";
    const worst = r.worst ? `${formatAmount(figure, r.worst.value)} ${r.worst.path}` : "–";
    return [pages, FIGURE_NAMES[figure], formatAmount(figure, limit), worst, state];
  });
  const head = ["page type", "figure", "budget", "largest (page)", "result"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const out = [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  const failures = results.flatMap((r) => {
    if (r.pages === 0) return [`no built page is a ${r.budget.pages} (${r.budget.match}): the budget cannot be checked`];
    const listed = r.overruns.slice(0, maxListed).map(formatOverrun);
    if (r.overruns.length > maxListed) listed.push(`… and ${r.overruns.length - maxListed} more ${r.budget.pages}s over ${formatAmount(r.budget.figure, r.budget.limit)}`);
    return listed;
  });
  if (failures.length) out.push("", "Over budget:", ...failures.map((f) => `  ${f}`));
  return out.join("\n");
}

export async function measureSite(distDir: string): Promise<PageMeasure[]> {
  const meter = await SiteMeter.open(distDir);
  return meter.pages().map((p) => meter.measure(p));
}

async function main(argv: string[]): Promise<number> {
  const distDir = argv.find((a) => !a.startsWith("--")) ?? "dist";
  if (!existsSync(join(distDir, "index.html"))) {
    console.error(`budgets: no built site at ${resolve(distDir)}: run \`npm run build\` first`);
    return 2;
  }
  const results = checkBudgets(await measureSite(distDir));
  const report = formatReport(results);
  const failed = results.some((r) => r.pages === 0 || r.overruns.length > 0);
  (failed ? console.error : console.log)(report);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
