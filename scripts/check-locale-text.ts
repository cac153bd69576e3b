/**
 * Language check of the built Norwegian pages: a text we wrote for a case record (title, summary,
 * factor note, argument, answer, appeal note, and the other notes: facts, timeline, measures,
 * sources' roles, what is unverified) is shown in bokmål wherever the record has it in
 * bokmål, and a text shown in English on a Norwegian page says so with `lang="en"` on it or on an
 * element around it (so a screen reader reads it in English, and the page can say it is English).
 *
 *   node --experimental-strip-types scripts/check-locale-text.ts [distDir]
 *
 * Reads every page under `distDir/nb/` (default `dist`) and the JSON files of the site that
 * Norwegian pages load (a `data-` attribute naming a .json file), and looks for the English texts
 * of the records verbatim (texts under 24 characters are skipped: too common to tell apart).
 * Exits 1 naming each page, record and text; prints one summary line.
 *
 * Runs under Node 22 type stripping: erasable TypeScript only.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { walkHtml } from "./budgets.ts";
import { factorLetters } from "../src/domain/factors.ts";
import { detailTexts } from "../src/domain/localize.ts";
import { loadLibrary } from "../src/domain/sources/repository.ts";
import type { CaseRecord } from "../src/domain/schema/case.ts";

/** One English text of a record, and its bokmål where the record has one. */
export interface RecordText {
  caseId: string;
  /** Where in the record: "title", "factors.c", "arguments[2].answer" … */
  path: string;
  english: string;
  nb: string | undefined;
}

const MIN_LENGTH = 24;

export function recordTexts(record: CaseRecord): RecordText[] {
  const nb = record.nb;
  const out: RecordText[] = [];
  const add = (path: string, english: string | undefined, own: string | undefined) => {
    if (english && english.length >= MIN_LENGTH && english !== own) out.push({ caseId: record.id, path, english, nb: own });
  };
  add("title", record.title, nb?.title);
  add("summary", record.summary, nb?.summary);
  for (const l of factorLetters) add(`factors.${l}`, record.factors[l].note, nb?.factors[l]);
  record.arguments.forEach((a, i) => {
    add(`arguments[${i}].argument`, a.argument, nb?.arguments[i]?.argument);
    add(`arguments[${i}].answer`, a.answer, nb?.arguments[i]?.answer);
  });
  add("appeal", record.appeal?.note, nb?.appeal);
  for (const d of detailTexts(record)) add(d.path, d.english, nb?.details?.[d.path]);
  return out;
}

export interface LocaleFinding {
  file: string;
  caseId: string;
  path: string;
  problem: "english-where-nb-exists" | "english-not-marked";
  excerpt: string;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
/** Character references as the build writes them: the five of escaping, nbsp and numeric ones. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name!.toLowerCase()] ?? whole),
  );

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * The page's text, as runs of decoded text each with the language in force there (the nearest
 * `lang` of an open element), skipping scripts, styles and attribute values.
 */
export function textRuns(html: string): { text: string; lang: string; quoted?: true }[] {
  const runs: { text: string; lang: string; quoted?: true }[] = [];
  const stack: { name: string; lang: string; quoted: boolean }[] = [];
  const langNow = () => stack.at(-1)?.lang ?? "";
  // Inside a decision's text (class="doc-text") the words are the source's, not ours.
  const quotedNow = () => stack.at(-1)?.quoted ?? false;
  const run = (text: string) => ({ text: decodeEntities(text), lang: langNow(), ...(quotedNow() ? { quoted: true as const } : {}) });
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|<!--[\s\S]*?-->/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    if (m.index > last) runs.push(run(html.slice(last, m.index)));
    last = tag.lastIndex;
    if (!m[2]) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (name === "script" || name === "style") {
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      last = end < 0 ? html.length : end;
      tag.lastIndex = last;
      continue;
    }
    if (VOID.has(name) || m[3]!.trimEnd().endsWith("/")) continue;
    const lang = /\slang=["']?([\w-]+)/i.exec(m[3]!)?.[1]?.toLowerCase();
    stack.push({ name, lang: lang ?? langNow(), quoted: quotedNow() || /\sclass=["'][^"']*\bdoc-text\b/i.test(m[3]!) });
  }
  if (last < html.length) runs.push(run(html.slice(last)));
  return runs;
}

/**
 * One English text and what the records say of it. Many notes are the same words in several
 * records ("The decision does not mention codes of conduct or certification."): an English text
 * must be in bokmål only if every record that uses it has it in bokmål.
 */
export interface EnglishText {
  english: string;
  /** The records and places that use it, for the report. */
  uses: { caseId: string; path: string }[];
  /** True when every use has a bokmål text. */
  nbEverywhere: boolean;
}

export function englishTexts(texts: readonly RecordText[]): EnglishText[] {
  const byText = new Map<string, EnglishText>();
  for (const t of texts) {
    let e = byText.get(t.english);
    if (!e) byText.set(t.english, (e = { english: t.english, uses: [], nbEverywhere: true }));
    e.uses.push({ caseId: t.caseId, path: t.path });
    if (t.nb === undefined) e.nbEverywhere = false;
  }
  return [...byText.values()];
}

/** Findings in one Norwegian page's body. Text split across elements is joined per language run. */
export function checkPage(file: string, html: string, texts: readonly EnglishText[]): LocaleFinding[] {
  // The head's <title> and meta carry no lang of their own; what a reader sees is the body.
  const body = html.search(/<body[\s>]/i);
  const runs = textRuns(body < 0 ? html : html.slice(body));
  // Join neighbouring runs of one language, so a text with an inline link or <strong> still matches.
  const joined: { text: string; lang: string }[] = [];
  for (const r of runs) {
    if (r.quoted) {
      joined.push({ text: "", lang: r.lang }); // a decision's words: neither checked nor joined to ours
      continue;
    }
    const prev = joined.at(-1);
    if (prev && prev.lang === r.lang) prev.text += r.text;
    else joined.push({ ...r });
  }
  const findings: LocaleFinding[] = [];
  for (const t of texts) {
    for (const run of joined) {
      if (!run.text.includes(t.english)) continue;
      const lang = run.lang.split("-")[0];
      // Short notes ("personal identity numbers") also occur inside longer English texts (another
      // record's note, a decision's paragraph): there they are that text's words, not this note.
      if (lang === "en" && !standsAlone(run.text, t.english)) continue;
      const { caseId, path } = t.uses[0]!;
      if (t.nbEverywhere) findings.push({ file, caseId, path, problem: "english-where-nb-exists", excerpt: t.english.slice(0, 70) });
      else if (lang !== "en") findings.push({ file, caseId, path, problem: "english-not-marked", excerpt: t.english.slice(0, 70) });
      break;
    }
  }
  return findings;
}

/** True when `text` occurs in `run` as a text of its own: the whole run, or between separators (; · : . parentheses, line ends). */
export function standsAlone(run: string, text: string): boolean {
  for (let at = run.indexOf(text); at >= 0; at = run.indexOf(text, at + 1)) {
    const before = run.slice(0, at).trimEnd();
    const after = run.slice(at + text.length).trimStart();
    if ((before === "" || /[;·:.(\n]$/.test(before)) && (after === "" || /^[;·.)\n]/.test(after))) return true;
  }
  return false;
}

/**
 * Record texts the calculator's and notice page's files also carry as data to compare with what a
 * reader types (the sector's words, the other references): never shown from there.
 */
const comparedOnly = /^(controller\.sector|otherReferences\[\d+\])$/;

/** Findings in a JSON file Norwegian pages load: any English text of a record that has it in bokmål. */
export function checkJson(file: string, json: string, texts: readonly EnglishText[]): LocaleFinding[] {
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(JSON.parse(json));
  return texts
    .filter((t) => t.nbEverywhere && t.uses.some((u) => !comparedOnly.test(u.path)) && strings.some((x) => x.includes(t.english) && standsAlone(x, t.english)))
    .map((t) => ({ file, ...t.uses[0]!, problem: "english-where-nb-exists" as const, excerpt: t.english.slice(0, 70) }));
}

export function checkSite(dist: string, records: readonly CaseRecord[]): { pages: number; jsonFiles: number; findings: LocaleFinding[] } {
  const texts = englishTexts(records.flatMap(recordTexts));
  const rel = (f: string) => "/" + relative(dist, f).split(sep).join("/");
  const pages = walkHtml(join(dist, "nb"));
  const findings: LocaleFinding[] = [];
  const json = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    findings.push(...checkPage(rel(page), html, texts));
    for (const m of html.matchAll(/\sdata-[\w-]+="([^"]+\.json)"/g)) {
      const ref = m[1]!;
      const target = ref.startsWith("/") ? join(dist, ref) : resolve(page, "..", ref);
      if (existsSync(target)) json.add(target);
    }
  }
  for (const file of json) findings.push(...checkJson(rel(file), readFileSync(file, "utf8"), texts));
  return { pages: pages.length, jsonFiles: json.size, findings };
}

async function main(argv: string[]): Promise<number> {
  const dist = resolve(argv.find((a) => !a.startsWith("--")) ?? "dist");
  if (!existsSync(join(dist, "nb"))) {
    console.error(`check:locale: no built Norwegian pages at ${join(dist, "nb")}: run \`npm run build\` first`);
    return 2;
  }
  const started = Date.now();
  const { cases } = loadLibrary();
  const { pages, jsonFiles, findings } = checkSite(dist, [...cases.values()]);
  const byProblem = (p: LocaleFinding["problem"]) => findings.filter((f) => f.problem === p);
  for (const f of findings) console.error(`${f.file}: ${f.caseId} ${f.path}: ${f.problem === "english-not-marked" ? "English text not marked lang=\"en\"" : "English shown though the record has it in bokmål"}: “${f.excerpt}…”`);
  console.log(
    `check:locale: ${pages} Norwegian pages and ${jsonFiles} data files read in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `${byProblem("english-where-nb-exists").length} English texts where bokmål exists, ${byProblem("english-not-marked").length} English texts not marked`,
  );
  return findings.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
