/**
 * Runs queries against the static index (format.ts). The same code answers in the browser's Web
 * Worker (files fetched over HTTP), on the command line and in the benchmark (files from memory
 * or disk): it asks its loader only for the files a query needs, and keeps what it loaded.
 *
 * Ranking: BM25 over passages, summed over the query's concepts (a concept is satisfied by its
 * best variant: as typed, completed, corrected or translated through the glossary), damped for
 * passages that miss concepts. A record (decision or case) scores by its best passage, its next
 * best ones (decaying), how well the record as a whole covers the query and how many of its
 * passages match. A reference typed exactly (reference.ts) puts its record first.
 */
import { casePath, decisionPath } from "../paths.ts";
import { allowedEdits, editDistance } from "./fuzzy.ts";
import { glossaryMatcher, type GlossaryMatcher } from "./glossary.ts";
import { parseQuery, type ParsedQuery, type QueryKey } from "./query.ts";
import { mayBeReference, referenceKey } from "./reference.ts";
import { snippet, type SnippetSegment } from "./snippet.ts";
import {
  blockPath,
  bucketOf,
  bucketPath,
  decodePostings,
  manifestPath,
  packPath,
  type DictionaryBucket,
  type Manifest,
  type ManifestRecord,
  type PackEntry,
} from "./format.ts";

export type FileLoader = (path: string) => Promise<Uint8Array>;

export interface SearchFilters {
  country?: string;
  /** Body id (authority id or publisher name). */
  body?: string;
  year?: string;
  /** Only records with a fine. */
  fine?: boolean;
  /** A GDPR article number, "32". */
  article?: string;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Results to return (default 20). */
  limit?: number;
}

export interface SearchHit {
  kind: "decision" | "case";
  /** Record id: the document id or the case id. */
  id: string;
  title: string;
  subtitle: string;
  /** The case this hit is (a case record) or belongs to (a decision a case cites); else null. */
  caseId: string | null;
  caseTitle: string | null;
  /** The decision: the document itself, or the one a case passage points into or the case is built on. */
  documentId: string;
  /** The paragraph of the decision the best passage is, or points to; null for the page's top. */
  paragraphId: string | null;
  /** Site path of the best passage (without the deployment base), e.g. "/decisions/x/#p12". */
  path: string;
  score: number;
  /** Passages of the record that match. */
  matches: number;
  /** The record was found by its reference. */
  byReference: boolean;
  snippet: SnippetSegment[];
  country: string | null;
  year: string | null;
}

export interface SearchResult {
  query: string;
  /** Every record that matched (before the limit). */
  total: number;
  hits: SearchHit[];
  /** What each concept of the query was taken to mean, for "did you mean"-style notes. */
  understood: { label: string; terms: string[] }[];
}

/** Picks dictionary terms within `maxEdits` of a word; the default is edit distance (fuzzy.ts). */
export type FuzzyMatcher = (word: string, candidates: readonly string[], maxEdits: number) => { term: string; edits: number }[];

export const editDistanceMatcher: FuzzyMatcher = (word, candidates, maxEdits) => {
  const out: { term: string; edits: number }[] = [];
  for (const term of candidates) {
    if (Math.abs(term.length - word.length) > maxEdits) continue;
    const edits = editDistance(word, term, maxEdits);
    if (edits <= maxEdits && edits > 0) out.push({ term, edits });
  }
  return out;
};

export interface EngineOptions {
  fuzzy?: FuzzyMatcher;
}

// Weights of the ways a word can match, relative to the word as typed.
const WEIGHT = {
  typing: 0.85, // completion of the word being typed
  stem: 0.6, // completion of another long word: inflection or compound
  inflection: 0.85, // another ending of the same English word
  edit1: 0.7,
  edit2: 0.45,
};
/**
 * A word this rare (or missing) may be a typo: look for near spellings that are more common. As a
 * share of passages, so the rule means the same in a larger corpus (at least 3 passages).
 */
const RARE_SHARE = 1e-4;
const MAX_COMPLETIONS = 8;
const MIN_INFLECTED = 4;
const INFLECTION_ENDING = /(?:ing|ed|es|s)$/;
const INFLECTIONS = new Set(["", "s", "es", "e", "ed", "d", "ing", "er", "ers"]);
const MAX_CORRECTIONS = 5;
/** The metadata passage (title, reference, parties, systems) weighs more than a paragraph. */
const META_BOOST = 2;
const COVERAGE_WEIGHT = 0.3;
const SPREAD_WEIGHT = 0.15;
/**
 * A record is also as good as its next best passages: the 2nd to 8th count 0.8, 0.64, … of their
 * score, so a decision that discusses the query at length outranks one that mentions it once.
 */
const SUPPORT_PASSAGES = 8;
const SUPPORT_DECAY = 0.8;
/** A record that concerns a GDPR article the query names ("Art. 32"), by its metadata. */
const ARTICLE_BONUS = 2;
const EXACT_REFERENCE = 1e6;
const PART_REFERENCE = 1e4;
/** Another reference of a record (see ManifestRecord.ro) jumps after the records it is the own reference of. */
const OTHER_REFERENCE = 0.25;

interface Bucket {
  terms: string[];
  /** df, block, offset, length per term. */
  addr: number[];
}

/** A dictionary term a word matched, and how much the match counts. */
interface Match {
  term: string;
  weight: number;
  df: number;
  block: number;
  offset: number;
  length: number;
}

/** A postings list to score: a term's, or a glossary concept's. */
interface Resolved {
  /** For messages. */
  term: string;
  /** Words to mark in snippets. */
  terms: string[];
  df: number;
  block: number;
  offset: number;
  length: number;
  /** Score of one impact unit. */
  unit: number;
}

export class SearchEngine {
  readonly manifest: Manifest;
  private readonly load: FileLoader;
  private readonly fuzzy: FuzzyMatcher;
  readonly glossary: GlossaryMatcher;
  private readonly buckets = new Map<string, Promise<Bucket | null>>();
  private readonly blocks = new Map<number, Promise<Uint8Array>>();
  private readonly packs = new Map<number, Promise<PackEntry[]>>();
  private readonly bucketSet: Set<string>;
  /** Record of each passage, and each record's first passage. */
  private readonly recordOf: Uint32Array;
  private readonly recordStart: Uint32Array;
  private readonly references = new Map<string, { record: number; weight: number }[]>();
  private readonly caseTitles = new Map<string, string>();
  /** First passage of each text pack. */
  private readonly packStarts: Uint32Array;
  // Scratch arrays, one slot per passage, reused by every query.
  private readonly acc: Float32Array;
  private readonly mask: Uint32Array;
  private readonly conceptScore: Float32Array;
  private readonly variantSum: Float32Array;
  private readonly keyBest: Float32Array;
  private readonly keyCount: Uint8Array;
  private readonly keyStamp: Int32Array;
  private readonly scratch: { passages: Uint32Array; impacts: Uint8Array };
  private readonly touched: Uint32Array;
  private readonly conceptTouched: Uint32Array;
  private readonly variantTouched: Uint32Array;
  private stamp = 0;

  constructor(manifest: Manifest, load: FileLoader, options: EngineOptions = {}) {
    this.manifest = manifest;
    this.load = load;
    this.fuzzy = options.fuzzy ?? editDistanceMatcher;
    this.glossary = glossaryMatcher(manifest.glossary.concepts);
    this.bucketSet = new Set(manifest.buckets);
    const n = manifest.passages;
    this.recordOf = new Uint32Array(n);
    this.recordStart = new Uint32Array(manifest.records.length);
    let p = 0;
    manifest.records.forEach((r, i) => {
      this.recordStart[i] = p;
      this.recordOf.fill(i, p, p + r.n);
      p += r.n;
      if (r.k === "c") this.caseTitles.set(r.i, r.t);
      const add = (refs: string[] | undefined, weight: number) => {
        for (const ref of refs ?? []) {
          const key = referenceKey(ref);
          if (!mayBeReference(key)) continue; // a title is not a reference
          if (!this.references.has(key)) this.references.set(key, []);
          this.references.get(key)!.push({ record: i, weight });
        }
      };
      add(r.r, 1);
      add(r.ro, OTHER_REFERENCE);
    });
    this.packStarts = new Uint32Array(manifest.packSizes.length);
    let start = 0;
    manifest.packSizes.forEach((size, i) => {
      this.packStarts[i] = start;
      start += size;
    });
    this.acc = new Float32Array(n);
    this.mask = new Uint32Array(n);
    this.conceptScore = new Float32Array(n);
    this.variantSum = new Float32Array(n);
    this.keyBest = new Float32Array(n);
    this.keyCount = new Uint8Array(n);
    this.keyStamp = new Int32Array(n);
    this.scratch = { passages: new Uint32Array(n), impacts: new Uint8Array(n) };
    this.touched = new Uint32Array(n);
    this.conceptTouched = new Uint32Array(n);
    this.variantTouched = new Uint32Array(n);
  }

  static async open(load: FileLoader, options: EngineOptions = {}): Promise<SearchEngine> {
    const manifest = JSON.parse(new TextDecoder().decode(await load(manifestPath))) as Manifest;
    return new SearchEngine(manifest, load, options);
  }

  /** Forgets loaded shards (the benchmark measures queries from a cold start). */
  clearCache(): void {
    this.buckets.clear();
    this.blocks.clear();
    this.packs.clear();
  }

  record(index: number): ManifestRecord {
    return this.manifest.records[index]!;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const parsed = parseQuery(query, this.glossary);
    const limit = options.limit ?? 20;
    if (parsed.concepts.length === 0 && parsed.referenceKeys.length === 0) return { query, total: 0, hits: [], understood: [] };

    // 1. Dictionary buckets of every word, all at once.
    const wanted = new Set<string>();
    for (const c of parsed.concepts) for (const v of c.variants) for (const k of v.keys) wanted.add(bucketOf(k.key, this.manifest.prefixLength));
    await Promise.all([...wanted].map((b) => this.bucket(b)));

    // 2. Words → dictionary terms (as typed, completed, corrected) or glossary concepts, each with
    // its score per impact unit: weight × idf × (k1 + 1) / 255.
    const N = this.manifest.passages;
    const perImpact = (this.manifest.k1 + 1) / 255;
    const idf = (df: number) => Math.log(1 + (N - df + 0.5) / (df + 0.5));
    const resolved: Resolved[][][][] = []; // concept → variant → key → terms
    for (const c of parsed.concepts) {
      const variants: Resolved[][][] = [];
      for (const v of c.variants) {
        if (v.concept !== undefined) {
          const list = this.manifest.glossary.lists[v.concept];
          const terms = this.manifest.glossary.terms[v.concept] ?? [];
          if (list) variants.push([[{ term: terms.join("|"), terms, df: list[0], block: list[1], offset: list[2], length: list[3], unit: (v.weight * list[4]) / 255 }]]);
          continue;
        }
        const keys: Resolved[][] = [];
        for (const k of v.keys) {
          keys.push((await this.resolve(k)).map((m) => ({ ...m, terms: [m.term], unit: m.weight * v.weight * idf(m.df) * perImpact })));
        }
        if (keys.length > 0 && keys.every((k) => k.length > 0)) variants.push(keys);
      }
      resolved.push(variants);
    }

    // 3. Postings blocks, all at once.
    const blockIds = new Set<number>();
    for (const c of resolved) for (const v of c) for (const k of v) for (const r of k) blockIds.add(r.block);
    const blockBytes = new Map<number, Uint8Array>();
    await Promise.all([...blockIds].map(async (id) => blockBytes.set(id, await this.block(id))));

    // 4. Score.
    const allowed = this.filter(options.filters ?? {});
    const ranked = this.rank(parsed, resolved, blockBytes, allowed);

    // 5. Snippets of the shown hits; the passage's text pack also says where on the page it is.
    const highlight = new Set<string>();
    for (const c of resolved) for (const v of c) for (const k of v) for (const r of k) for (const t of r.terms) highlight.add(t);
    const top = ranked.slice(0, limit);
    const passages = await Promise.all(top.map((h) => this.passage(h.passage)));
    const hits = top.map((h, i) => this.hit(h, passages[i]!, highlight));
    const understood = parsed.concepts.map((c, i) => ({
      label: c.label,
      terms: [...new Set(resolved[i]!.flatMap((v) => v.map((k) => k.map((r) => r.term).join("|"))))],
    }));
    return { query, total: ranked.length, hits, understood };
  }

  /** Values the filters can take, from the records. */
  facets() {
    const count = <T extends string>(values: (T | undefined)[]) => {
      const m = new Map<T, number>();
      for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
      return m;
    };
    const rs = this.manifest.records;
    return {
      countries: [...count(rs.map((r) => r.c)).keys()].sort(),
      bodies: this.manifest.bodies.map((b) => ({ id: b.id, name: b.name })).sort((a, b) => a.name.localeCompare(b.name)),
      years: [...count(rs.map((r) => r.y)).keys()].sort().reverse(),
      articles: [...count(rs.flatMap((r) => r.a ?? [])).entries()]
        .filter(([, n]) => n >= 2)
        .map(([a]) => a)
        .sort((a, b) => Number(a) - Number(b)),
    };
  }

  private bucket(name: string): Promise<Bucket | null> {
    let b = this.buckets.get(name);
    if (!b) {
      b = this.bucketSet.has(name)
        ? this.load(bucketPath(this.manifest.version, name)).then((bytes) => {
            const raw = JSON.parse(new TextDecoder().decode(bytes)) as DictionaryBucket;
            return { terms: raw.t.split("\n"), addr: raw.a };
          })
        : Promise.resolve(null);
      this.buckets.set(name, b);
    }
    return b;
  }

  private block(id: number): Promise<Uint8Array> {
    let b = this.blocks.get(id);
    if (!b) {
      b = this.load(blockPath(this.manifest.version, id));
      this.blocks.set(id, b);
    }
    return b;
  }

  private async resolve(k: QueryKey): Promise<Match[]> {
    const bucket = await this.bucket(bucketOf(k.key, this.manifest.prefixLength));
    if (!bucket) return [];
    const out: Match[] = [];
    const at = (i: number, weight: number): Match => {
      const a = bucket.addr;
      return { term: bucket.terms[i]!, weight, df: a[i * 4]!, block: a[i * 4 + 1]!, offset: a[i * 4 + 2]!, length: a[i * 4 + 3]! };
    };
    const first = lowerBound(bucket.terms, k.key);
    const exact = bucket.terms[first] === k.key ? at(first, 1) : undefined;
    if (exact) out.push(exact);
    const maxEdits = allowedEdits(k.key.length);
    const rare = Math.max(3, this.manifest.passages * RARE_SHARE);
    if (k.prefix) {
      const completions: Match[] = [];
      const weight = k.prefix === "typing" ? WEIGHT.typing : WEIGHT.stem;
      // A word that exists as typed, and is not rare, was most likely typed to the end: "app" then
      // finds "apps" (and rare forms such as a party's "SpotifyRR"), not the common words "appropriate"
      // or "appeal". A prefix that is no common word, or a number, completes freely.
      const finished = k.prefix === "typing" && exact !== undefined && exact.df >= rare && !/[0-9]/.test(k.key);
      for (let i = exact ? first + 1 : first; i < bucket.terms.length && bucket.terms[i]!.startsWith(k.key); i++) {
        const m = at(i, weight);
        if (finished && m.df >= rare && !INFLECTIONS.has(m.term.slice(k.key.length))) continue;
        completions.push(m);
      }
      completions.sort((a, b) => b.df - a.df);
      out.push(...completions.slice(0, MAX_COMPLETIONS));
    }
    if (k.fuzzy && k.key.length >= MIN_INFLECTED) {
      // Other inflections of an English word: "answered" also finds "answer", "answers";
      // "calls" finds "call", "called". Only the endings, not every word that starts alike.
      const base = k.key.replace(INFLECTION_ENDING, "");
      for (const stem of new Set([k.key, base.length >= MIN_INFLECTED ? base : k.key])) {
        for (let i = lowerBound(bucket.terms, stem); i < bucket.terms.length && bucket.terms[i]!.startsWith(stem); i++) {
          const term = bucket.terms[i]!;
          if (term === k.key || !INFLECTIONS.has(term.slice(stem.length))) continue;
          const m = at(i, WEIGHT.inflection);
          const seen = out.findIndex((o) => o.term === term);
          if (seen === -1) out.push(m);
          else if (out[seen]!.weight < m.weight) out[seen] = m;
        }
      }
    }
    if (k.fuzzy && maxEdits > 0 && (!exact || exact.df < rare)) {
      const corrections = this.fuzzy(k.key, bucket.terms, maxEdits)
        .map(({ term, edits }) => at(lowerBound(bucket.terms, term), edits === 1 ? WEIGHT.edit1 : WEIGHT.edit2))
        .filter((c) => !exact || c.df > exact.df)
        .sort((a, b) => b.weight - a.weight || b.df - a.df)
        .slice(0, MAX_CORRECTIONS);
      for (const c of corrections) if (!out.some((o) => o.term === c.term)) out.push(c);
      if (k.prefix) {
        // A mistyped word still being typed completes like the word meant: "Spotfy" finds what
        // "Spotify" would, "SpotifyRR" in a party list included.
        for (const c of corrections) {
          const weight = c.weight * (k.prefix === "typing" ? WEIGHT.typing : WEIGHT.stem);
          const completions: Match[] = [];
          for (let i = lowerBound(bucket.terms, c.term) + 1; i < bucket.terms.length && bucket.terms[i]!.startsWith(c.term); i++) completions.push(at(i, weight));
          completions.sort((a, b) => b.df - a.df);
          for (const m of completions.slice(0, MAX_COMPLETIONS)) if (!out.some((o) => o.term === m.term)) out.push(m);
        }
      }
    }
    return out;
  }

  private filter(f: SearchFilters): Uint8Array {
    const rs = this.manifest.records;
    const allowed = new Uint8Array(rs.length);
    const bodyIndex = f.body ? this.manifest.bodies.findIndex((b) => b.id === f.body) : -1;
    rs.forEach((r, i) => {
      allowed[i] = Number(
        (!f.country || r.c === f.country) &&
          (!f.body || r.b === bodyIndex) &&
          (!f.year || r.y === f.year) &&
          (!f.fine || r.f === 1) &&
          (!f.article || (r.a ?? []).includes(f.article)),
      );
    });
    return allowed;
  }

  private rank(parsed: ParsedQuery, resolved: Resolved[][][][], blocks: Map<number, Uint8Array>, allowed: Uint8Array) {
    const C = resolved.length;
    const recordCount = this.manifest.records.length;
    const { acc, mask, conceptScore, variantSum, keyBest, keyCount, keyStamp, recordOf, scratch } = this;
    const { touched, conceptTouched, variantTouched } = this;
    let touchedCount = 0;
    const recordConcept = new Float32Array(recordCount * Math.max(1, C));

    for (let c = 0; c < C; c++) {
      let conceptCount = 0;
      for (const keys of resolved[c]!) {
        if (keys.length === 1) {
          for (const r of keys[0]!) {
            const { passages, impacts, count } = decodePostings(blocks.get(r.block)!, r.offset, r.length, scratch);
            const w = r.unit;
            for (let i = 0; i < count; i++) {
              const p = passages[i]!;
              if (!allowed[recordOf[p]!]) continue;
              const s = w * impacts[i]!;
              const before = conceptScore[p]!;
              if (before === 0) conceptTouched[conceptCount++] = p;
              if (s > before) conceptScore[p] = s;
            }
          }
          continue;
        }
        // Several words: all of them in one passage, each by its best spelling. The rarest word
        // goes first, so the later ones only confirm its candidates.
        let variantCount = 0;
        const dfOf = (terms: Resolved[]) => terms.reduce((n, r) => n + r.df, 0);
        const ordered = [...keys].sort((a, b) => dfOf(a) - dfOf(b));
        for (let j = 0; j < ordered.length; j++) {
          const stamp = ++this.stamp;
          for (const r of ordered[j]!) {
            const { passages, impacts, count } = decodePostings(blocks.get(r.block)!, r.offset, r.length, scratch);
            const w = r.unit;
            for (let i = 0; i < count; i++) {
              const p = passages[i]!;
              if (keyStamp[p] === stamp) {
                const s = w * impacts[i]!;
                if (s > keyBest[p]!) {
                  variantSum[p] += s - keyBest[p]!;
                  keyBest[p] = s;
                }
              } else if (keyCount[p] === j) {
                const s = w * impacts[i]!;
                keyStamp[p] = stamp;
                keyCount[p] = j + 1;
                if (j === 0) variantTouched[variantCount++] = p;
                keyBest[p] = s;
                variantSum[p] += s;
              }
            }
          }
        }
        for (let i = 0; i < variantCount; i++) {
          const p = variantTouched[i]!;
          if (keyCount[p] === ordered.length && allowed[recordOf[p]!]) {
            const before = conceptScore[p]!;
            if (before === 0) conceptTouched[conceptCount++] = p;
            if (variantSum[p]! > before) conceptScore[p] = variantSum[p]!;
          }
          keyCount[p] = 0;
          variantSum[p] = 0;
          keyBest[p] = 0;
        }
      }
      const bit = 1 << c;
      for (let i = 0; i < conceptCount; i++) {
        const p = conceptTouched[i]!;
        const s = conceptScore[p]!;
        conceptScore[p] = 0;
        if (acc[p] === 0) touched[touchedCount++] = p;
        acc[p] += s;
        mask[p]! |= bit;
        const slot = recordOf[p]! * C + c;
        if (s > recordConcept[slot]!) recordConcept[slot] = s;
      }
    }

    // Passages → records.
    const best = new Float32Array(recordCount);
    const bestPassage = new Int32Array(recordCount).fill(-1);
    const count = new Uint32Array(recordCount);
    const recordMask = new Uint32Array(recordCount);
    const tops = new Float32Array(recordCount * SUPPORT_PASSAGES);
    for (let i = 0; i < touchedCount; i++) {
      const p = touched[i]!;
      const r = recordOf[p]!;
      const m = popcount(mask[p]!);
      let s = acc[p]! * (m / C) * (m / C);
      if (p === this.recordStart[r]) s *= META_BOOST;
      if (s > best[r]!) {
        best[r] = s;
        bestPassage[r] = p;
      }
      // The record's best passage scores, highest first.
      const base = r * SUPPORT_PASSAGES;
      let j = SUPPORT_PASSAGES - 1;
      if (s > tops[base + j]!) {
        while (j > 0 && tops[base + j - 1]! < s) {
          tops[base + j] = tops[base + j - 1]!;
          j--;
        }
        tops[base + j] = s;
      }
      count[r]!++;
      recordMask[r]! |= mask[p]!;
      acc[p] = 0;
      mask[p] = 0;
    }

    const byReference = new Map<number, number>();
    for (const key of parsed.referenceKeys) {
      for (const { record: r, weight } of this.references.get(key) ?? []) {
        if (!allowed[r]) continue;
        // A reference typed exactly opens its decision first, then the case records built on it,
        // then the records that hold it as another reference.
        const bonus = (key === parsed.wholeReference ? EXACT_REFERENCE : PART_REFERENCE) * weight * (this.manifest.records[r]!.k === "c" ? 0.5 : 1);
        byReference.set(r, Math.max(byReference.get(r) ?? 0, bonus));
      }
    }

    const ranked: { record: number; score: number; passage: number; matches: number; byReference: boolean }[] = [];
    for (let r = 0; r < recordCount; r++) {
      const ref = byReference.get(r) ?? 0;
      if (bestPassage[r] === -1 && !ref) continue;
      let coverage = 0;
      for (let c = 0; c < C; c++) coverage += recordConcept[r * C + c]!;
      const m = popcount(recordMask[r]!);
      const articles = this.manifest.records[r]!.a;
      const article = articles && parsed.articles.some((a) => articles.includes(a)) ? ARTICLE_BONUS : 0;
      let support = 0;
      for (let k = 1, w = SUPPORT_DECAY; k < SUPPORT_PASSAGES; k++, w *= SUPPORT_DECAY) support += tops[r * SUPPORT_PASSAGES + k]! * w;
      const score = best[r]! + support + COVERAGE_WEIGHT * coverage * (C ? (m / C) ** 2 : 0) + SPREAD_WEIGHT * Math.log1p(count[r]!) + article + ref;
      const passage = bestPassage[r] === -1 ? this.recordStart[r]! : bestPassage[r]!;
      ranked.push({ record: r, score, passage, matches: count[r]!, byReference: ref > 0 });
    }
    ranked.sort((a, b) => b.score - a.score || a.record - b.record);
    // One result per text: a copy is dropped when the record it copies is in the list.
    const listed = new Set(ranked.map((h) => h.record));
    return ranked.filter((h) => {
      const same = this.manifest.records[h.record]!.s;
      return same === undefined || !listed.has(same);
    });
  }

  /** A passage's text and place, from its text pack. */
  private async passage(passage: number): Promise<{ text: string; anchor?: string | null; pin?: [string, string] }> {
    const starts = this.packStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= passage) lo = mid;
      else hi = mid - 1;
    }
    const pack = lo;
    const first = starts[pack]!;
    let entries = this.packs.get(pack);
    if (!entries) {
      entries = this.load(packPath(this.manifest.version, pack)).then((b) => JSON.parse(new TextDecoder().decode(b)) as PackEntry[]);
      this.packs.set(pack, entries);
    }
    const entry = (await entries)[passage - first] ?? "";
    if (typeof entry === "string") return { text: entry };
    const [text, anchor, document, paragraph] = entry;
    return { text, anchor, pin: document && paragraph ? [document, paragraph] : undefined };
  }

  private hit(
    h: { record: number; score: number; passage: number; matches: number; byReference: boolean },
    passage: { text: string; anchor?: string | null; pin?: [string, string] },
    highlight: Set<string>,
  ): SearchHit {
    const r = this.record(h.record);
    const index = h.passage - this.recordStart[h.record]!;
    const isCase = r.k === "c";
    // Decision passages 1… are the paragraphs p1…; others carry their anchor in the pack.
    const anchor = passage.anchor !== undefined ? passage.anchor : index === 0 ? null : `p${index}`;
    const pin = passage.pin;
    const documentId = isCase ? (pin?.[0] ?? r.d ?? r.i) : r.i;
    const caseId = isCase ? r.i : (r.cs?.[0] ?? null);
    const paragraphId = isCase ? (pin?.[1] ?? null) : anchor;
    return {
      kind: isCase ? "case" : "decision",
      id: r.i,
      title: r.t,
      subtitle: [r.b !== undefined ? this.manifest.bodies[r.b]!.name : null, r.r?.[0], r.dt].filter(Boolean).join(" · "),
      caseId,
      caseTitle: caseId ? (this.caseTitles.get(caseId) ?? null) : null,
      documentId,
      paragraphId,
      path: isCase ? `${casePath(r.i)}${anchor ? `#${anchor}` : ""}` : decisionPath(r.i, anchor ?? undefined),
      score: Math.round(h.score * 1000) / 1000,
      matches: h.matches,
      byReference: h.byReference,
      snippet: snippet(passage.text, highlight),
      country: r.c ?? null,
      year: r.y ?? null,
    };
  }
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
