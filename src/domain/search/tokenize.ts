/**
 * Words of a text as search keys, with where they stand in the original text so a snippet can
 * highlight exactly what matched. Index and query both go through here.
 */
import { foldForSearch } from "../text/fold.ts";

export interface Token {
  /** The folded search key ("ralingen" for "Rælingen"). */
  key: string;
  /** Offsets into the original text (UTF-16 code units). */
  start: number;
  end: number;
}

/** Longer "words" are OCR junk or hashes; they are cut so a key stays small. */
export const MAX_KEY_LENGTH = 32;

const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]+$/;

/** The search key of one word (no splitting). */
export function keyOf(word: string): string {
  const key = PLAIN.test(word) ? word : foldForSearch(word).replace(/[^a-z0-9]/g, "");
  return key.length > MAX_KEY_LENGTH ? key.slice(0, MAX_KEY_LENGTH) : key;
}

/** The words of a text, each with its key; single letters dropped (see tokenize). */
export function words(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = keyOf(m[0]);
    if (key.length > 1 || (key.length === 1 && /[0-9]/.test(key))) out.push({ key, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * Splits a text into keyed words. Single letters are dropped (list markers "(a)", the "s" of
 * "Bergen's"); single digits stay, as they are part of references. A hyphenated pair of words
 * ("two-factor", "e-mail", "to-faktor") also yields its joined form, since the same word is written
 * both ways.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prev: { key: string; start: number; end: number } | undefined;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const key = keyOf(m[0]);
    if (!key) continue;
    if (prev && prev.end + 1 === start && text[prev.end] === "-" && isWordy(prev.key) && isWordy(key)) {
      out.push({ key: truncate(prev.key + key), start: prev.start, end });
    }
    if (key.length > 1 || /[0-9]/.test(key)) out.push({ key, start, end });
    prev = { key, start, end };
  }
  return out;
}

const truncate = (key: string) => (key.length > MAX_KEY_LENGTH ? key.slice(0, MAX_KEY_LENGTH) : key);
const isWordy = (key: string) => /^[a-z]/.test(key) && !/^[0-9]+$/.test(key);

/**
 * Common words of English and the Nordic languages. They are not indexed: they say nothing about
 * which decision a reader wants, and their postings would be the largest part of the index.
 * Kept short on purpose; words that mean something in another language ("by" = town, "se" = see) stay.
 */
const STOPWORDS_TEXT = `
the of and to in is that for on as with be are was it this or an at from which not has have
been its were their they there these those such also other any all than into can may would should
shall will had but if so no we our you your he she his her them who whom whose what when where how
very more most some only about between over under after before during because while within without
og i er det som en et til av for på med at de den har ikke om var fra vi kan skal ble eller men
ved seg sin sitt sine også etter være blir hadde denne dette disse du han hun dem deres hva når
och är att som en ett till av för på med de den har inte om var från vi kan ska blev eller men
vid sig sin sitt sina också efter vara blir hade denna detta dessa han hon dem deras vad när
og er at som en et til af for på med de den har ikke om var fra vi kan skal blev eller men ved sig
sin sit sine også efter være bliver havde denne dette disse han hun dem deres hvad når
`;
export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORDS_TEXT.split(/\s+/).filter(Boolean).map(keyOf));

export const isStopword = (key: string) => STOPWORDS.has(key);
