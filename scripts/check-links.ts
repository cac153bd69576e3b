/**
 * Link and policy checker for the built static site.
 *
 *   node --experimental-strip-types scripts/check-links.ts [distDir]
 *
 * Walks every `.html` file under `distDir` (default `dist`) and checks:
 *  - every internal `href`/`src`/`srcset`/`action` (relative, or starting with "/") points at a file
 *    that exists (`/x/` → `x/index.html`, `/x` → the file `x` or `x/index.html`);
 *  - every `#fragment` names an element with that `id` in the target page (`#` and `#top` are allowed,
 *    as in the HTML spec);
 *  - no inline `<script>` (only `type="application/json"` / `"application/ld+json"` data blocks);
 *  - no inline event handler attributes (`onclick=…`) and no `javascript:` URLs;
 *  - no resource loaded from another origin (script, stylesheet/icon/preload link, img, iframe, source,
 *    media, CSS `url()`/`@import` in `<style>`, `style=""` and built `.css` files). Plain outbound
 *    `<a href="https://…">` links are allowed.
 *
 * Built CSS files are also checked for internal `url()` targets that do not exist.
 * The build uses `build.format: "directory"`, `trailingSlash: "always"` and a `base` of "/": a link to a
 * page directory without its trailing slash (`/cases`) is reported, since the preview server (and
 * the site's canonical URLs) only answer `/cases/`. Pass `--trailing-slash=ignore` to accept it.
 *
 * Runs under Node 22 type stripping: keep to erasable TypeScript (no enums, namespaces, parameter
 * properties) and use `import type` for types.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

export type FailureKind =
  | "broken-link"
  | "trailing-slash"
  | "missing-anchor"
  | "inline-script"
  | "inline-handler"
  | "javascript-url"
  | "external-resource"
  | "bad-url";

export interface Failure {
  kind: FailureKind;
  /** The page (URL path, e.g. `/cases/x/`) or built file (e.g. `/_astro/a.css`) the problem is in. */
  page: string;
  /** The link target, or a description of the offending element. */
  target: string;
  reason: string;
  line?: number;
}

export interface CheckOptions {
  /** "always" (default): `/cases` for the page `/cases/` is a failure; "ignore": it is accepted. */
  trailingSlash?: "always" | "ignore";
}

export interface CheckResult {
  pages: number;
  /** Internal link targets checked for existence (files and pages). */
  links: number;
  /** `#fragment`s checked against ids in the target page. */
  anchors: number;
  /** Outbound links seen (`<a href="https://…">`), not fetched. */
  external: number;
  /** Built CSS files scanned. */
  stylesheets: number;
  failures: Failure[];
}

// ---------------------------------------------------------------------------------------------
// A tiny HTML tokenizer: start tags with attributes, raw text of script/style, comments skipped.

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Raw text content, for `script` and `style` only. */
  text?: string;
  /** Offset of the `<` in the source. */
  offset: number;
}

const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

export function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f";
const isAlpha = (c: string | undefined) => c !== undefined && /[a-zA-Z]/.test(c);

export function tokenize(html: string): Tag[] {
  const tags: Tag[] = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    i = lt;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html[i + 1];
    if (next === "!" || next === "?" || next === "/") {
      const end = html.indexOf(">", i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (!isAlpha(next)) {
      i += 1;
      continue;
    }
    // Tag name.
    let j = i + 1;
    while (j < n && !isSpace(html[j]) && html[j] !== ">" && html[j] !== "/") j++;
    const name = html.slice(i + 1, j).toLowerCase();
    const attrs = new Map<string, string>();
    // Attributes.
    for (;;) {
      while (j < n && (isSpace(html[j]) || html[j] === "/")) j++;
      if (j >= n || html[j] === ">") break;
      let k = j;
      while (k < n && !isSpace(html[k]) && html[k] !== ">" && html[k] !== "=" && !(html[k] === "/" && k > j)) k++;
      if (k === j) k++; // a lone "=" or similar: consume it as a (junk) name
      const attrName = html.slice(j, k).toLowerCase();
      j = k;
      while (j < n && isSpace(html[j])) j++;
      let value = "";
      if (html[j] === "=") {
        j++;
        while (j < n && isSpace(html[j])) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          value = html.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          let e = j;
          while (e < n && !isSpace(html[e]) && html[e] !== ">") e++;
          value = html.slice(j, e);
          j = e;
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    const tagEnd = j < n ? j + 1 : n;
    const tag: Tag = { name, attrs, offset: i };
    tags.push(tag);
    i = tagEnd;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}(?=[\\s/>])`, "ig");
      close.lastIndex = i;
      const m = close.exec(html);
      const end = m ? m.index : n;
      if (name === "script" || name === "style") tag.text = html.slice(i, end);
      i = end;
    }
  }
  return tags;
}

/** A function from source offset to 1-based line number (binary search over newline offsets). */
function lineIndex(html: string): (offset: number) => number {
  let newlines: number[] | undefined;
  return (offset) => {
    if (!newlines) {
      newlines = [];
      for (let p = html.indexOf("\n"); p >= 0; p = html.indexOf("\n", p + 1)) newlines.push(p);
    }
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

// ---------------------------------------------------------------------------------------------
// URL classification.

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const ORIGIN = "http://site.invalid";

/** http(s): or protocol-relative: fetched from another origin. */
export function isOtherOrigin(url: string): boolean {
  const u = url.trim();
  return /^(?:https?:)?\/\//i.test(u) || /^https?:/i.test(u);
}

function isInternal(url: string): boolean {
  const u = url.trim();
  return !SCHEME.test(u) && !u.startsWith("//");
}

function isJavascriptUrl(url: string): boolean {
  // Browsers strip tabs/newlines and leading whitespace/control characters.
  return /^javascript:/i.test(url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, ""));
}

/** The URLs in a `srcset` ("a.png 1x, b.png 2x"), following the HTML candidate-splitting rules. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && (isSpace(srcset[i]) || srcset[i] === ",")) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !isSpace(srcset[j])) j++;
    let url = srcset.slice(i, j);
    if (url.endsWith(",")) {
      url = url.replace(/,+$/, "");
    } else {
      while (j < n && srcset[j] !== ",") j++; // descriptors
    }
    if (url) urls.push(url);
    i = j;
  }
  return urls;
}

/** `url(…)` and `@import "…"` references in CSS text. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const m of noComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*?))\s*\)/gi)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? "").trim());
  }
  for (const m of noComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    out.push((m[1] ?? m[2] ?? "").trim());
  }
  return out.filter((u) => u.length > 0 && !u.startsWith("#"));
}

/** `rel` values whose `<link>` makes the browser fetch (or connect to) the `href`. */
const LOADING_RELS = new Set([
  "stylesheet",
  "icon",
  "apple-touch-icon",
  "apple-touch-icon-precomposed",
  "mask-icon",
  "manifest",
  "preload",
  "modulepreload",
  "prefetch",
  "prerender",
  "preconnect",
  "dns-prefetch",
]);

const DATA_SCRIPT_TYPES = new Set(["application/json", "application/ld+json"]);

interface Ref {
  url: string;
  /** Fetched by the browser when the page loads (as opposed to a navigation link). */
  resource: boolean;
  what: string;
}

function refsOf(tag: Tag): Ref[] {
  const refs: Ref[] = [];
  const a = tag.attrs;
  const add = (attr: string, resource: boolean) => {
    const v = a.get(attr);
    if (v !== undefined) refs.push({ url: v.trim(), resource, what: `<${tag.name} ${attr}>` });
  };
  const addSrcset = (attr: string) => {
    const v = a.get(attr);
    if (v !== undefined) for (const u of srcsetUrls(v)) refs.push({ url: u, resource: true, what: `<${tag.name} ${attr}>` });
  };
  switch (tag.name) {
    case "a":
    case "area":
      add("href", false);
      break;
    case "link": {
      const rels = (a.get("rel") ?? "").toLowerCase().split(/\s+/);
      add("href", rels.some((r) => LOADING_RELS.has(r)));
      addSrcset("imagesrcset");
      break;
    }
    case "script":
    case "iframe":
    case "frame":
    case "embed":
    case "track":
      add("src", true);
      break;
    case "img":
      add("src", true);
      addSrcset("srcset");
      break;
    case "source":
      add("src", true);
      addSrcset("srcset");
      break;
    case "video":
      add("src", true);
      add("poster", true);
      break;
    case "audio":
      add("src", true);
      break;
    case "input":
      if ((a.get("type") ?? "").toLowerCase() === "image") add("src", true);
      add("formaction", false);
      break;
    case "button":
      add("formaction", false);
      break;
    case "object":
      add("data", true);
      break;
    case "form":
      add("action", false);
      break;
    case "use":
    case "image":
      add("href", true);
      add("xlink:href", true);
      break;
    case "meta": {
      if ((a.get("http-equiv") ?? "").toLowerCase() === "refresh") {
        const m = /url\s*=\s*['"]?([^'"]*)/i.exec(a.get("content") ?? "");
        if (m?.[1]) refs.push({ url: m[1].trim(), resource: false, what: "<meta refresh>" });
      }
      break;
    }
  }
  return refs;
}

// ---------------------------------------------------------------------------------------------
// The site walk.

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** URL path of a built file: `cases/x/index.html` → `/cases/x/`, `404.html` → `/404.html`. */
function urlPathOf(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return "/" + rel.slice(0, -"index.html".length);
  return "/" + rel;
}

interface Page {
  file: string;
  path: string;
  html: string;
  tags: Tag[];
  ids: Set<string>;
}

export function checkSite(distDir: string, options: CheckOptions = {}): CheckResult {
  const trailingSlash = options.trailingSlash ?? "always";
  const root = resolve(distDir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(`No built site at ${root}: run \`npm run build\` first.`);
  }
  const files = walk(root);
  const htmlFiles = files.filter((f) => f.endsWith(".html")).sort();
  const cssFiles = files.filter((f) => f.endsWith(".css")).sort();
  const result: CheckResult = { pages: 0, links: 0, anchors: 0, external: 0, stylesheets: 0, failures: [] };
  const fail = (f: Failure) => result.failures.push(f);

  // First pass: parse every page once and collect its ids.
  const pagesByFile = new Map<string, Page>();
  for (const file of htmlFiles) {
    const html = readFileSync(file, "utf8");
    const tags = tokenize(html);
    const ids = new Set<string>();
    for (const t of tags) {
      const id = t.attrs.get("id");
      if (id) ids.add(id);
    }
    pagesByFile.set(file, { file, path: urlPathOf(root, file), html, tags, ids });
  }
  result.pages = pagesByFile.size;

  /** The built file a URL path resolves to (`dir` set when it is a directory's index.html reached without "/"). */
  const resolveTarget = (pathname: string): { file: string; dir?: boolean } | undefined => {
    const fsPath = join(root, ...pathname.split("/").filter((s) => s.length > 0));
    if (!fsPath.startsWith(root)) return undefined;
    if (pathname.endsWith("/")) {
      const index = join(fsPath, "index.html");
      return existsSync(index) ? { file: index } : undefined;
    }
    if (existsSync(fsPath)) {
      if (statSync(fsPath).isFile()) return { file: fsPath };
      const index = join(fsPath, "index.html");
      return existsSync(index) ? { file: index, dir: true } : undefined;
    }
    return undefined;
  };

  const idsOf = (file: string): Set<string> | undefined => {
    const known = pagesByFile.get(file);
    if (known) return known.ids;
    return undefined;
  };

  /**
   * Check one internal URL found in `page` (a URL path like `/cases/`, or a CSS file's path, which is
   * also the base for relative URLs); `pageFile` is the page's own file, for same-page fragments.
   */
  const checkInternal = (page: string, pageFile: string | undefined, url: string, line: number | undefined) => {
    let parsed: URL;
    try {
      parsed = new URL(url, ORIGIN + page);
    } catch {
      fail({ kind: "bad-url", page, target: url, reason: "malformed URL", line });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(parsed.pathname);
    } catch {
      fail({ kind: "bad-url", page, target: url, reason: "malformed percent-encoding", line });
      return;
    }
    const samePage = url.startsWith("#") || url === "";
    let targetFile: string | undefined;
    if (samePage) {
      targetFile = pageFile;
    } else {
      result.links++;
      const target = resolveTarget(pathname);
      if (!target) {
        fail({ kind: "broken-link", page, target: url, reason: `no file for ${pathname}`, line });
        return;
      }
      if (target.dir && trailingSlash === "always") {
        fail({ kind: "trailing-slash", page, target: url, reason: `page URL needs its trailing slash: ${pathname}/`, line });
        return;
      }
      targetFile = target.file;
    }
    const hash = parsed.hash;
    if (hash.length > 1 && targetFile) {
      let frag: string;
      try {
        frag = decodeURIComponent(hash.slice(1));
      } catch {
        frag = hash.slice(1);
      }
      const ids = idsOf(targetFile);
      if (ids === undefined) return; // not an HTML page (e.g. a CSV): nothing to check
      result.anchors++;
      if (frag.toLowerCase() === "top") return;
      if (!ids.has(frag)) {
        const where = samePage ? "this page" : urlPathOf(root, targetFile);
        fail({ kind: "missing-anchor", page, target: url, reason: `no element with id="${frag}" in ${where}`, line });
      }
    }
  };

  const checkCss = (page: string, pageFile: string | undefined, css: string, line: number | undefined, what: string) => {
    for (const u of cssUrls(css)) {
      if (/^data:/i.test(u)) continue;
      if (isOtherOrigin(u)) {
        fail({ kind: "external-resource", page, target: u, reason: `${what} loads from another origin`, line });
      } else if (isInternal(u)) {
        checkInternal(page, pageFile, u, line);
      }
    }
  };

  for (const p of pagesByFile.values()) {
    const lineAt = lineIndex(p.html);
    const line = (t: Tag) => lineAt(t.offset);
    for (const tag of p.tags) {
      // Inline event handlers.
      for (const attr of tag.attrs.keys()) {
        if (/^on[a-z]+$/.test(attr)) {
          fail({
            kind: "inline-handler",
            page: p.path,
            target: `<${tag.name} ${attr}>`,
            reason: "inline event handler attribute (use a bundled script)",
            line: line(tag),
          });
        }
      }
      // Inline scripts.
      if (tag.name === "script" && !tag.attrs.has("src")) {
        const type = (tag.attrs.get("type") ?? "").trim().toLowerCase();
        if (!DATA_SCRIPT_TYPES.has(type)) {
          const snippet = (tag.text ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
          fail({
            kind: "inline-script",
            page: p.path,
            target: `<script${type ? ` type="${type}"` : ""}>${snippet}…`,
            reason: "inline script (only application/json and application/ld+json data blocks are allowed)",
            line: line(tag),
          });
        }
      }
      // Inline CSS.
      if (tag.name === "style" && tag.text) checkCss(p.path, p.file, tag.text, line(tag), "<style>");
      const style = tag.attrs.get("style");
      if (style) checkCss(p.path, p.file, style, line(tag), `<${tag.name} style>`);
      // Links and resources.
      for (const ref of refsOf(tag)) {
        if (isJavascriptUrl(ref.url)) {
          fail({ kind: "javascript-url", page: p.path, target: ref.url, reason: `${ref.what} uses a javascript: URL`, line: line(tag) });
          continue;
        }
        if (isOtherOrigin(ref.url)) {
          if (ref.resource) {
            fail({
              kind: "external-resource",
              page: p.path,
              target: ref.url,
              reason: `${ref.what} loads from another origin`,
              line: line(tag),
            });
          } else {
            result.external++;
          }
          continue;
        }
        if (!isInternal(ref.url)) continue; // mailto:, tel:, data:, …
        checkInternal(p.path, p.file, ref.url, line(tag));
      }
    }
  }

  // Built stylesheets: other-origin fonts/images/imports, and internal url() targets.
  for (const file of cssFiles) {
    result.stylesheets++;
    const path = "/" + relative(root, file).split(sep).join("/");
    checkCss(path, undefined, readFileSync(file, "utf8"), undefined, "stylesheet");
  }

  return result;
}

export function formatFailure(f: Failure): string {
  return `${f.page} -> ${f.target}: ${f.reason}${f.line !== undefined ? ` (line ${f.line})` : ""}`;
}

export function formatReport(r: CheckResult): string {
  const lines = [
    `check-links: ${r.pages} pages checked, ${r.links} links checked, ${r.anchors} anchors checked, ` +
      `${r.stylesheets} stylesheets scanned, ${r.external} outbound links (not fetched)`,
  ];
  if (r.failures.length === 0) {
    lines.push("check-links: OK");
  } else {
    for (const f of r.failures) lines.push(formatFailure(f));
    const byKind = new Map<string, number>();
    for (const f of r.failures) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    lines.push(
      `check-links: ${r.failures.length} failure(s): ` +
        [...byKind].map(([k, c]) => `${c} ${k}`).join(", "),
    );
  }
  return lines.join("\n");
}

function main(argv: string[]): number {
  const flags = argv.filter((a) => a.startsWith("--"));
  const distDir = argv.find((a) => !a.startsWith("--")) ?? "dist";
  const options: CheckOptions = {};
  for (const flag of flags) {
    if (flag === "--trailing-slash=ignore" || flag === "--trailing-slash=always") {
      options.trailingSlash = flag.endsWith("ignore") ? "ignore" : "always";
    } else {
      console.error(`check-links: unknown option ${flag}\nusage: check-links.ts [--trailing-slash=always|ignore] [distDir]`);
      return 2;
    }
  }
  let result: CheckResult;
  try {
    result = checkSite(distDir, options);
  } catch (e) {
    console.error(`check-links: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (result.pages === 0) {
    console.error(`check-links: no .html files under ${resolve(distDir)}`);
    return 1;
  }
  const report = formatReport(result);
  if (result.failures.length > 0) {
    console.error(report);
    return 1;
  }
  console.log(report);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
