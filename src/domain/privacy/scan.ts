/**
 * Finds private data in what the site publishes: e-mail addresses (also written out), Nordic
 * phone numbers, national identity numbers, and the distinctive parts of names that
 * content/redactions.json removes. Pure: the caller reads the files (scripts/check-private-data.ts).
 */
import { findEmails, findPhones } from "./contact.ts";
import { findIdentityNumbers, type IdentityCountry } from "./identity-numbers.ts";
import { foldDiacritics, foldForSearch } from "../text/fold.ts";
import { isDistinctive, redactionForms, type Redaction } from "../text/redact.ts";

export type PrivateDataKind = "email" | "phone" | "identity-number" | "redacted-name";

export interface PrivateDataHit {
  kind: PrivateDataKind;
  /** What was found, as written. */
  text: string;
  /** For an identity number, the countries whose rules it passes. */
  countries?: IdentityCountry[];
  /** A little of the text around it, on one line. */
  context: string;
}

export interface ScanOptions {
  /** Distinctive name parts that must appear nowhere (see namePattern). */
  names?: RegExp | null;
}

const CONTEXT = 40;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function contextOf(text: string, index: number, length: number): string {
  const start = Math.max(0, index - CONTEXT);
  const end = Math.min(text.length, index + length + CONTEXT);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`.replace(/\s+/g, " ");
}

/** All private data in a plain text. */
export function scanText(text: string, options: ScanOptions = {}): PrivateDataHit[] {
  const hits: PrivateDataHit[] = [];
  const add = (kind: PrivateDataKind, found: { text: string; index: number; countries?: IdentityCountry[] }) =>
    hits.push({ kind, text: found.text, ...(found.countries ? { countries: found.countries } : {}), context: contextOf(text, found.index, found.text.length) });
  for (const e of findEmails(text)) add("email", e);
  const emails = hits.map((h) => h.text);
  for (const p of findPhones(text)) {
    // The digits of an address ("x.12345678@…") are the address's, already reported.
    if (!emails.some((e) => e.includes(p.text))) add("phone", p);
  }
  for (const id of findIdentityNumbers(text)) add("identity-number", id);
  if (options.names) {
    for (const m of text.matchAll(options.names)) {
      const end = m.index! + m[0].length;
      if (!WORD_CHAR.test(text[m.index! - 1] ?? " ") && !WORD_CHAR.test(text[end] ?? " ")) add("redacted-name", { text: m[0], index: m.index! });
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Redacted names

/**
 * A pattern for the surname of every redacted name (its last distinctive word: after a given name,
 * of four or more letters, not generic: see redact.ts), in their written and folded spellings
 * ("Jørgensen", "Jorgensen", "jorgensen" as the search index stores it). scanText takes only
 * whole words (checked there: a Unicode look-behind here would make the scan three times slower).
 */
export function namePattern(rules: Redaction[]): RegExp | null {
  const spellings = new Set<string>();
  for (const rule of rules) {
    for (const form of redactionForms(rule)) {
      // Site-wide, only the surname: the last distinctive word of the name. Given and middle names
      // ("Kristian" of "Inge Kristian Brodersen") are shared by too many officials named elsewhere.
      const words = form.match(/\p{L}+/gu) ?? [];
      const surname = (words.length > 1 ? words.slice(1) : words).filter((w) => isDistinctive(w)).at(-1);
      if (!surname) continue;
      for (const s of [surname, foldDiacritics(surname), foldForSearch(surname)]) spellings.add(s.toLowerCase());
    }
  }
  if (spellings.size === 0) return null;
  const alternatives = [...spellings].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(alternatives.join("|"), "gi");
}

// ---------------------------------------------------------------------------------------------
// HTML and JSON

/** Inline elements may split a word or number ("name<span>@</span>domain"); others separate text. */
const INLINE_TAG = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b/i;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", commat: "@", period: ".", lpar: "(", rpar: ")", lsqb: "[", rsqb: "]", shy: "", hyphen: "-", dash: "-", ndash: "–", mdash: "—" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (m, dec: string, hex: string, name: string) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[name] ?? m;
  });
}

const ATTRIBUTE_VALUE = /=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/**
 * What a page publishes, as text: first what a reader sees (scripts' and styles' code dropped,
 * JSON data blocks kept; inline tags removed so "name<span>@</span>domain" reads whole, other tags
 * made line breaks), then, one a line, the attribute values (a `mailto:` link, a `title`, a
 * `data-` attribute) and the comments. Entities decoded.
 */
export function htmlText(html: string): string {
  const hidden: string[] = [];
  const values: string[] = [];
  const withoutCode = html
    .replace(/<!--([\s\S]*?)-->/g, (_m, comment: string) => (values.push(comment), "\n"))
    .replace(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi, (_m, tag: string, attrs: string, body: string) => {
      hidden.push(attrs);
      return tag.toLowerCase() === "script" && /type=["']?application\/(?:ld\+)?json/i.test(attrs) ? `\n${body}\n` : "\n";
    });
  const visible = withoutCode.replace(/<[^>]*>/g, (tag) => {
    if (tag.includes("=")) hidden.push(tag);
    return INLINE_TAG.test(tag) ? "" : "\n";
  });
  for (const h of hidden) for (const m of h.matchAll(ATTRIBUTE_VALUE)) values.push(m[1] ?? m[2] ?? m[3]!);
  return decodeEntities(`${visible}\n${values.join("\n")}`);
}

/** A page: its visible text, its attribute values and its comments. */
export function scanHtml(html: string, options: ScanOptions = {}): PrivateDataHit[] {
  return scanText(htmlText(html), options);
}

/** The strings (and numbers) of a parsed JSON document, one a line, so escapes ("\u0040") hide nothing. */
export function jsonText(value: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (typeof v === "number") out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
    }
  };
  walk(value);
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Allow-list

/** A reviewed false positive: this text is not private data (in these files, when given). */
export interface AllowEntry {
  text: string;
  /** Globs relative to the site root ("decisions/*\/index.html", "search-index/**"); all files if absent. */
  files?: string[];
  reason: string;
}

export interface FileHit {
  file: string;
  hit: PrivateDataHit;
}

export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Case does not matter: the search index stores words in lower case ("jarbekk"). */
const squash = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Splits hits into those an allow-list entry covers and those it does not, and finds the entries
 * that cover nothing (stale: the text they excuse is gone, so they must go too).
 */
export function applyAllowList(hits: FileHit[], entries: AllowEntry[]): { reported: FileHit[]; allowed: number[]; stale: AllowEntry[] } {
  const compiled = entries.map((e) => ({ text: squash(e.text), files: e.files?.map(globToRegExp) }));
  const allowed = entries.map(() => 0);
  const reported: FileHit[] = [];
  for (const h of hits) {
    const text = squash(h.hit.text);
    const i = compiled.findIndex((e) => text.includes(e.text) && (!e.files || e.files.some((f) => f.test(h.file))));
    if (i >= 0) allowed[i]!++;
    else reported.push(h);
  }
  return { reported, allowed, stale: entries.filter((_e, i) => allowed[i] === 0) };
}
