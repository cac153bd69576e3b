/**
 * The glossary of legal terms (content/glossary.json) bridges languages: a reader who types
 * "konsekvensvurdering" also finds decisions that say "impact assessment", and the other way.
 * Plain functions on plain data: the browser gets the concepts in the index manifest.
 */
import { isStopword, keyOf } from "./tokenize.ts";

export const glossaryLanguages = ["en", "no", "sv", "da", "fi", "is"] as const;
export type GlossaryLanguage = (typeof glossaryLanguages)[number];

export interface GlossaryConcept {
  id: string;
  note?: string;
  en: string[];
  no?: string[];
  sv?: string[];
  da?: string[];
  fi?: string[];
  is?: string[];
}
export interface Glossary {
  concepts: GlossaryConcept[];
}

/** Every term of a concept, all languages together (English first). */
export function conceptTerms(concept: GlossaryConcept): string[] {
  return [...new Set(glossaryLanguages.flatMap((l) => concept[l] ?? []))];
}

/**
 * The ways a term is written as search keys, stopwords left out: "two-factor authentication" is
 * ["two","factor","authentication"] or ["twofactor","authentication"]. A spelling that loses words
 * to stopwords and keeps a single one ("to-faktor" → "faktor") is dropped: it would match far more
 * than the term.
 */
export function termSpellings(term: string): string[][] {
  const split: string[] = [];
  const joined: string[] = [];
  let parts = 0;
  let dropped = false;
  for (const word of term.split(/\s+/).filter(Boolean)) {
    // As tokenize(): single letters are not words.
    const keys = word.split(/[^\p{L}\p{N}]+/u).map(keyOf).filter((k) => k.length > 1 || /[0-9]/.test(k));
    parts += keys.length;
    for (const k of keys) {
      if (isStopword(k)) dropped = true;
      else split.push(k);
    }
    const whole = keys.join("");
    if (whole && !isStopword(whole)) joined.push(whole);
  }
  const out: string[][] = [];
  const add = (keys: string[]) => {
    if (keys.length > 0 && !out.some((o) => o.join(" ") === keys.join(" "))) out.push(keys);
  };
  if (!(dropped && split.length === 1 && parts > 1)) add(split);
  add(joined);
  return out;
}

export interface GlossaryMatch {
  /** Index of the concept in the list given to the matcher. */
  concept: number;
  /** The query keys it covers, [start, end). */
  start: number;
  end: number;
}

export interface GlossaryMatcher {
  concepts: string[][];
  /** Spellings of each concept's terms. */
  spellings: string[][][];
  match(keys: string[]): GlossaryMatch[];
}

/** Shortest key that may carry an inflection ending: "konsekvensvurderingen" → "konsekvensvurdering". */
const MIN_STEM = 6;

export function glossaryMatcher(concepts: string[][]): GlossaryMatcher {
  const spellings = concepts.map((terms) => terms.flatMap(termSpellings));
  // First key → (concept, spelling) for quick lookup.
  const byFirst = new Map<string, { concept: number; keys: string[] }[]>();
  const stems: { concept: number; key: string }[] = [];
  spellings.forEach((list, concept) => {
    for (const keys of list) {
      const first = keys[0]!;
      if (!byFirst.has(first)) byFirst.set(first, []);
      byFirst.get(first)!.push({ concept, keys });
      if (keys.length === 1 && first.length >= MIN_STEM) stems.push({ concept, key: first });
    }
  });
  const match = (keys: string[]): GlossaryMatch[] => {
    const out: GlossaryMatch[] = [];
    let i = 0;
    while (i < keys.length) {
      let best: GlossaryMatch | undefined;
      for (const cand of byFirst.get(keys[i]!) ?? []) {
        const n = cand.keys.length;
        if (i + n > keys.length || (best && best.end - best.start >= n)) continue;
        if (cand.keys.every((k, j) => keys[i + j] === k)) best = { concept: cand.concept, start: i, end: i + n };
      }
      if (!best) {
        // An inflected form of a one-word term: "passordet", "konsekvensbedömningen", "fines".
        const key = keys[i]!;
        const stem = stems.find((s) => key.length > s.key.length && key.length - s.key.length <= 3 && key.startsWith(s.key));
        if (stem) best = { concept: stem.concept, start: i, end: i + 1 };
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  };
  return { concepts, spellings, match };
}
