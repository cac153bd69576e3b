/**
 * Private-data check of the built site: no contact details of anyone and no identifier of a
 * private person in any page, export or search-index file.
 *
 *   node --experimental-strip-types scripts/check-private-data.ts [distDir] [--allowlist=file] [--redactions=file]
 *
 * Scans every page (`**\/*.html`: its visible text and its markup), every export (`data/*`) and
 * every search-index file (`search-index/**`) under `distDir` (default `dist`) for e-mail
 * addresses in any written form, Nordic phone numbers, national identity numbers of the five
 * countries (by their check digits) and the distinctive parts of names that content/redactions.json
 * removes. JSON is read as its strings. The search index's binary postings blocks cannot be read
 * as text (chance byte runs look like "C@v.am"); they are proved to hold postings only: every
 * byte belongs to a list the dictionary or glossary points at, decoding to passages that exist.
 *
 * Reviewed false positives are listed in content/private-data-allowlist.json ({text, files?,
 * reason}); an entry that no longer matches anything fails the check as well. Exits 1 on any
 * finding; prints one summary line with the time taken.
 *
 * Runs under Node 22 type stripping: erasable TypeScript only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import {
  applyAllowList,
  jsonText,
  namePattern,
  scanHtml,
  scanText,
  type AllowEntry,
  type FileHit,
  type PrivateDataHit,
} from "../src/domain/privacy/scan.ts";
import { checkPostingsBlocks } from "../src/domain/privacy/search-index.ts";
import type { DictionaryBucket, Manifest } from "../src/domain/search/format.ts";
import type { Redaction } from "../src/domain/text/redact.ts";

export interface PrivateDataReport {
  files: number;
  bytes: number;
  /** Every hit, before the allow-list. */
  hits: FileHit[];
  /** Hits no allow-list entry covers. */
  reported: FileHit[];
  /** Allow-list entries that cover nothing. */
  stale: AllowEntry[];
  /** Binary search-index files that are not (only) postings. */
  binary: { file: string; problem: string }[];
  allowed: number;
}

/** The files the check reads: pages, exports and the search index (site-relative, "/" separated). */
export function siteFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = relative(dist, full).split(sep).join("/");
        if (rel.endsWith(".html") || rel.startsWith("data/") || rel.startsWith("search-index/")) out.push(rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

export function checkPrivateData(dist: string, allowList: AllowEntry[], redactions: Redaction[]): PrivateDataReport {
  const names = namePattern(redactions);
  const hits: FileHit[] = [];
  const index = "search-index/";
  const blocks = new Map<string, Uint8Array>();
  const buckets: DictionaryBucket[] = [];
  let manifest: Manifest | null = null;
  let bytes = 0;
  const files = siteFiles(dist);
  for (const file of files) {
    const raw = readFileSync(join(dist, file));
    bytes += raw.length;
    if (file.endsWith(".bin")) {
      blocks.set(file.startsWith(index) ? file.slice(index.length) : file, raw);
      continue;
    }
    const text = raw.toString("utf8");
    let found: PrivateDataHit[];
    if (file.endsWith(".html")) found = scanHtml(text, { names });
    else if (file.endsWith(".json")) {
      let strings = text; // not JSON after all: read it as it is
      try {
        const value: unknown = JSON.parse(text);
        strings = jsonText(value);
        if (file === `${index}manifest.json`) manifest = value as Manifest;
        else if (/^search-index\/[^/]+\/d\//.test(file)) buckets.push(value as DictionaryBucket);
      } catch {}
      found = scanText(strings, { names });
    } else found = scanText(text, { names });
    for (const hit of found) hits.push({ file, hit });
  }
  const binary = manifest
    ? checkPostingsBlocks(manifest, buckets, blocks).map((b) => ({ ...b, file: index + b.file }))
    : [...blocks.keys()].map((f) => ({ file: index + f, problem: "a binary file without a search-index manifest" }));
  const { reported, allowed, stale } = applyAllowList(hits, allowList);
  return { files: files.length, bytes, hits, reported, stale, binary, allowed: allowed.reduce((a, b) => a + b, 0) };
}

export function formatHit({ file, hit }: FileHit): string {
  const what = hit.kind === "identity-number" ? `identity number (${hit.countries?.join("/")})` : hit.kind;
  return `${file}: ${what} "${hit.text}" in "${hit.context}"`;
}

function readJsonArray<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array`);
  return parsed as T[];
}

function validateAllowList(entries: AllowEntry[], file: string): void {
  entries.forEach((e, i) => {
    if (typeof e?.text !== "string" || e.text.trim().length < 3) throw new Error(`${file} [${i}]: "text" must be at least 3 characters`);
    if (typeof e.reason !== "string" || e.reason.trim().length < 10) throw new Error(`${file} [${i}] ("${e.text}"): give a "reason"`);
    if (e.files !== undefined && (!Array.isArray(e.files) || e.files.some((f) => typeof f !== "string"))) {
      throw new Error(`${file} [${i}] ("${e.text}"): "files" must be a list of globs`);
    }
  });
}

function main(argv: string[]): number {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const root = resolve(import.meta.dirname, "..");
  const dist = resolve(argv.find((a) => !a.startsWith("--")) ?? join(root, "dist"));
  const allowFile = resolve(option("allowlist") ?? join(root, "content/private-data-allowlist.json"));
  const redactionsFile = resolve(option("redactions") ?? join(root, "content/redactions.json"));
  if (!existsSync(dist)) {
    console.error(`check:private: ${dist} does not exist; run \`npm run build\` first.`);
    return 1;
  }
  const allowList = readJsonArray<AllowEntry>(allowFile);
  validateAllowList(allowList, relative(root, allowFile));
  const report = checkPrivateData(dist, allowList, readJsonArray<Redaction>(redactionsFile));

  for (const h of report.reported) console.error(formatHit(h));
  for (const e of report.stale) {
    console.error(`${relative(root, allowFile)}: stale entry "${e.text}" matches nothing any more; remove it (${e.reason})`);
  }
  for (const b of report.binary) console.error(`${b.file}: ${b.problem}`);
  const failed = report.reported.length + report.stale.length + report.binary.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(2);
  const mb = (report.bytes / 1e6).toFixed(1);
  console.log(
    `check:private: ${report.files} files (${mb} MB) in ${seconds} s (${cpuSeconds} s CPU): ${report.hits.length} hits, ` +
      `${report.allowed} allow-listed (${allowList.length} entries), ${report.reported.length} reported, ` +
      `${report.stale.length} stale entries, ${report.binary.length} binary problems${failed ? "" : " - OK"}`,
  );
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
