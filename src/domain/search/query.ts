/**
 * A typed query as concepts to look for. Each concept is satisfied by any of its variants (the
 * words as typed, their joined spelling, a glossary equivalent in another language); a variant of
 * several words needs all of them in one passage.
 */
import { isStopword, keyOf, words } from "./tokenize.ts";
import type { GlossaryMatcher } from "./glossary.ts";
import { isReferenceToken, mayBeReference, referenceKey } from "./reference.ts";

export interface QueryKey {
  key: string;
  /** Typos allowed (words as typed, not in quotes, without digits). */
  fuzzy: boolean;
  /**
   * Completions allowed: "typing" for the word being typed (the last, with no space after it),
   * "stem" for other long words (inflections, compounds), null for none.
   */
  prefix: "typing" | "stem" | null;
}

export interface Variant {
  keys: QueryKey[];
  weight: number;
  /** A glossary concept (index): its terms in every language, resolved when the index was built. */
  concept?: number;
}

export interface Concept {
  /** The words as typed, for messages. */
  label: string;
  variants: Variant[];
}

export interface ParsedQuery {
  text: string;
  concepts: Concept[];
  /** The query and those of its space-separated chunks that may be references, as reference keys (see reference.ts). */
  referenceKeys: string[];
  /** The whole query as a reference key ("" when it holds no digit). */
  wholeReference: string;
  /** GDPR articles the query names ("Art. 32", "article 83(2)", "artikel 35"): "32", "83". */
  articles: string[];
}

/** "Art. 32", "article 83(2)", "artikel 35", "artikkel 5", "artikla 6", "grein 9". */
const ARTICLE = /\b(?:art(?:icle|ikel|ikkel|ikla)?\.?|grein)\s*(\d{1,2})\b/giu;

/** A glossary equivalent counts a little less than the words typed. */
export const GLOSSARY_WEIGHT = 0.8;
const MIN_STEM = 5;
/** "not answered" → also "unanswered". */
const NEGATIONS = new Set(["not", "no", "never"]);

interface Word {
  key: string;
  /** Group: words of one chunk ("two-factor", "20/02191") or of one quoted phrase stay together. */
  group: number;
  quoted: boolean;
}

export function parseQuery(text: string, glossary: GlossaryMatcher): ParsedQuery {
  const groups: { text: string; quoted: boolean }[] = [];
  const quote = /"([^"]*)("?)/g;
  let last = 0;
  const addBare = (s: string) => {
    for (const chunk of s.split(/\s+/)) if (chunk) groups.push({ text: chunk, quoted: false });
  };
  for (const m of text.matchAll(quote)) {
    addBare(text.slice(last, m.index));
    if (m[1]!.trim()) groups.push({ text: m[1]!, quoted: true });
    last = m.index! + m[0].length;
  }
  addBare(text.slice(last));
  const typing = !/[\s"]$/.test(text);

  let all: Word[] = [];
  groups.forEach((g, group) => {
    for (const w of words(g.text)) all.push({ key: w.key, group, quoted: g.quoted });
  });
  // Stopwords say nothing, unless they are all there is ("the who"); but "not answered" is also
  // written "unanswered", "not encrypted" "unencrypted".
  const negated = new Set<Word>();
  all.forEach((w, i) => {
    if (i > 0 && NEGATIONS.has(all[i - 1]!.key) && all[i - 1]!.group !== w.group && /^[a-z]{4,}$/.test(w.key)) negated.add(w);
  });
  const content = all.filter((w) => !isStopword(w.key));
  if (content.length > 0) all = content;

  const lastWord = all[all.length - 1];
  const lastGroup = groups[groups.length - 1];
  const queryKey = (w: Word): QueryKey => {
    const digits = /[0-9]/.test(w.key);
    const isLast = w === lastWord && typing && lastGroup && !lastGroup.quoted;
    return {
      key: w.key,
      fuzzy: !w.quoted && !digits,
      prefix: isLast ? "typing" : !w.quoted && !digits && w.key.length >= MIN_STEM ? "stem" : null,
    };
  };

  const concepts: Concept[] = [];
  const spans = glossary.match(all.map((w) => w.key));
  let i = 0;
  let s = 0;
  while (i < all.length) {
    const span = spans[s];
    if (span && span.start === i) {
      const own = all.slice(span.start, span.end);
      const variants: Variant[] = [
        { keys: own.map(queryKey), weight: 1 },
        { keys: [], weight: GLOSSARY_WEIGHT, concept: span.concept },
      ];
      concepts.push({ label: groupsText(groups, own), variants });
      i = span.end;
      s++;
      continue;
    }
    // Words of one chunk or one quoted phrase form a single concept.
    const group = all[i]!.group;
    let j = i + 1;
    while (j < all.length && all[j]!.group === group && !(span && span.start === j)) j++;
    const own = all.slice(i, j);
    const variants: Variant[] = [{ keys: own.map(queryKey), weight: 1 }];
    const g = groups[group]!;
    if (own.length === 1 && negated.has(own[0]!)) variants.push({ keys: [{ key: `un${own[0]!.key}`, fuzzy: false, prefix: null }], weight: 1 });
    if (own.length > 1 && !g.quoted && /\p{L}-\p{L}/u.test(g.text)) {
      // "two-factor" is also written "twofactor".
      const joined = keyOf(g.text.replace(/[^\p{L}\p{N}]/gu, ""));
      if (joined) variants.push({ keys: [{ key: joined, fuzzy: false, prefix: null }], weight: 1 });
    }
    concepts.push({ label: groupsText(groups, own), variants });
    i = j;
  }

  // Only what looks like a reference is looked up as one: the whole query (a known reference
  // typed in full, "Mål nr 4413-22") and each chunk shaped like one ("Klarna DI-2019-4062").
  const wholeReference = mayBeReference(text) ? referenceKey(text) : "";
  const chunks = groups.filter((g) => !g.quoted && isReferenceToken(g.text)).map((g) => referenceKey(g.text));
  const referenceKeys = [...new Set([wholeReference, ...chunks])].filter(Boolean);
  const articles = [...new Set([...text.matchAll(ARTICLE)].map((m) => String(Number(m[1]))))];
  return { text, concepts, referenceKeys, wholeReference, articles };
}

function groupsText(groups: { text: string }[], ws: Word[]): string {
  return [...new Set(ws.map((w) => w.group))].map((g) => groups[g]!.text).join(" ");
}
