/**
 * Builds the static search index (see format.ts) from search records. Runs at build time (the
 * Astro endpoints under src/pages/search-index/), in the benchmark and in the command line; the
 * output is a map of file path → bytes.
 */
import type { SearchRecord } from "./source.ts";
import { conceptTerms, glossaryLanguages, termSpellings, type Glossary } from "./glossary.ts";
import { isStopword, tokenize } from "./tokenize.ts";
import {
  blockPath,
  bucketOf,
  bucketPath,
  ByteWriter,
  fnv1a,
  FORMAT_VERSION,
  manifestPath,
  packPath,
  type DictionaryBucket,
  type Manifest,
  type ManifestRecord,
  type PackEntry,
  type TermAddress,
} from "./format.ts";

export interface BuildOptions {
  /** Dictionary bucket = the first this many characters of a term (0: one dictionary). */
  prefixLength: number;
  /** Postings of consecutive terms share a block file up to this many bytes. */
  blockBytes: number;
  /** Passages share a text pack up to this many characters. */
  packChars: number;
  /** Keep at most this many postings per term, the highest impacts (0: all). */
  maxPostings: number;
  k1: number;
  b: number;
}

/** The defaults are what the benchmark chose (npm run bench:search). */
export const defaultBuildOptions: BuildOptions = {
  prefixLength: 2,
  blockBytes: 4096,
  packChars: 3000,
  maxPostings: 0,
  k1: 1.2,
  b: 0.75,
};

export interface BuiltIndex {
  manifest: Manifest;
  /** Every file of the index, by path relative to the index root. */
  files: Map<string, Uint8Array>;
  stats: { passages: number; terms: number; postings: number; buckets: number; blocks: number; packs: number };
}

/** Glossary keys that may be the start of a compound get this many completions, most frequent first. */
const GLOSSARY_COMPLETIONS = 6;
/** A completion of a glossary word counts this much of the word itself. */
const GLOSSARY_COMPLETION_WEIGHT = 0.7;
/** English glossary words complete only to inflections: "assessment" → "assessments". */
const MAX_INFLECTION = 2;
const MIN_COMPOUND_STEM = 6;

export function buildSearchIndex(records: SearchRecord[], glossary: Glossary, options: Partial<BuildOptions> = {}): BuiltIndex {
  const opts = { ...defaultBuildOptions, ...options };
  const encoder = new TextEncoder();

  // 1. Term frequencies per passage, in passage order, so every postings list comes out sorted.
  const termPassages = new Map<string, number[]>();
  const termTfs = new Map<string, number[]>();
  const lengths: number[] = [];
  let passage = 0;
  for (const record of records) {
    for (const p of record.passages) {
      const tf = new Map<string, number>();
      let length = 0;
      for (const token of tokenize(p.text)) {
        if (isStopword(token.key)) continue;
        length++;
        tf.set(token.key, (tf.get(token.key) ?? 0) + 1);
      }
      for (const [key, n] of tf) {
        let list = termPassages.get(key);
        if (!list) {
          list = [];
          termPassages.set(key, list);
          termTfs.set(key, []);
        }
        list.push(passage);
        termTfs.get(key)!.push(n);
      }
      lengths.push(length);
      passage++;
    }
  }
  const passageCount = passage;
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, passageCount);

  // 2. Postings blocks, terms in sorted order. Impact = BM25's tf part, scaled to a byte.
  const terms = [...termPassages.keys()].sort();
  const addresses = new Map<string, TermAddress>();
  const blocks: Uint8Array[] = [];
  let writer = new ByteWriter();
  let postingsTotal = 0;
  const flush = () => {
    if (writer.length === 0) return;
    blocks.push(writer.bytes());
    writer = new ByteWriter();
  };
  /** Writes one sorted list; returns [block, offset, length]. */
  const writeList = (ids: ArrayLike<number>, impacts: ArrayLike<number>, order: ArrayLike<number>): [number, number, number] => {
    // A big list starts its own block, so a query for a small neighbour never drags it along.
    if (writer.length > 0 && writer.length + order.length * 2 > opts.blockBytes) flush();
    const start = writer.length;
    let prev = 0;
    for (let j = 0; j < order.length; j++) {
      const i = order[j]!;
      writer.varint(ids[i]! - prev);
      writer.byte(impacts[i]!);
      prev = ids[i]!;
    }
    postingsTotal += order.length;
    const address: [number, number, number] = [blocks.length, start, writer.length - start];
    if (writer.length >= opts.blockBytes) flush();
    return address;
  };
  const termImpacts = new Map<string, Uint8Array>();
  for (const term of terms) {
    const ids = termPassages.get(term)!;
    const tfs = termTfs.get(term)!;
    const impacts = Uint8Array.from(tfs, (tf, i) => impactOf(tf, lengths[ids[i]!]!, avgLength, opts));
    termImpacts.set(term, impacts);
    let order = ids.map((_, i) => i);
    if (opts.maxPostings > 0 && ids.length > opts.maxPostings) {
      order = order.sort((a, b) => impacts[b]! - impacts[a]!).slice(0, opts.maxPostings).sort((a, b) => a - b);
    }
    addresses.set(term, [ids.length, ...writeList(ids, impacts, order)]);
  }

  // 3. Dictionary buckets.
  const bucketTerms = new Map<string, string[]>();
  for (const term of terms) {
    const bucket = bucketOf(term, opts.prefixLength);
    if (!bucketTerms.has(bucket)) bucketTerms.set(bucket, []);
    bucketTerms.get(bucket)!.push(term);
  }

  // 4. Text packs.
  const packs: PackEntry[][] = [];
  let pack: PackEntry[] = [];
  let packSize = 0;
  passage = 0;
  for (const record of records) {
    record.passages.forEach((p, i) => {
      if (pack.length > 0 && packSize + p.text.length > opts.packChars) {
        packs.push(pack);
        pack = [];
        packSize = 0;
      }
      const implicit = i === 0 ? null : `p${i}`;
      if (p.anchor === implicit && !p.pinpoint) pack.push(p.text);
      else if (p.pinpoint) pack.push([p.text, p.anchor, p.pinpoint.document, p.pinpoint.paragraph]);
      else pack.push([p.text, p.anchor]);
      packSize += p.text.length;
      passage++;
    });
  }
  if (pack.length) packs.push(pack);

  // 5. The glossary: each concept's terms in every language, resolved here once into one list of
  // passages scored by their best spelling (BM25 with the corpus's idf), instead of in every query.
  // Nordic terms are compound stems ("tofaktor" → "tofaktorautentisering"); English ones only inflect.
  const concepts = glossary.concepts.map(conceptTerms);
  const idf = (df: number) => Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
  const unit = (opts.k1 + 1) / 255;
  const conceptLists: Manifest["glossary"]["lists"] = [];
  const conceptTerms_: string[][] = [];
  for (const concept of glossary.concepts) {
    const best = new Map<number, number>();
    const matched = new Set<string>();
    for (const lang of glossaryLanguages) {
      for (const term of concept[lang] ?? []) {
        for (const spelling of termSpellings(term)) {
          let sum: Map<number, number> | null = null;
          for (const key of spelling) {
            const found: [string, number][] = [];
            if (termPassages.has(key)) found.push([key, 1]);
            const compound = lang !== "en";
            if (!compound || key.length >= MIN_COMPOUND_STEM) {
              rangeWithPrefix(terms, key)
                .filter((t) => t !== key && (compound || t.length - key.length <= MAX_INFLECTION))
                .sort((a, b) => termPassages.get(b)!.length - termPassages.get(a)!.length)
                .slice(0, compound ? GLOSSARY_COMPLETIONS : 2)
                .forEach((t) => found.push([t, GLOSSARY_COMPLETION_WEIGHT]));
            }
            const keyBest = new Map<number, number>();
            for (const [t, w] of found) {
              const ids = termPassages.get(t)!;
              const impacts = termImpacts.get(t)!;
              const weight = w * idf(ids.length) * unit;
              for (let i = 0; i < ids.length; i++) {
                const score = weight * impacts[i]!;
                if (score > (keyBest.get(ids[i]!) ?? 0)) keyBest.set(ids[i]!, score);
              }
            }
            const previous: Map<number, number> | null = sum;
            if (!previous) sum = keyBest;
            else {
              const both = new Map<number, number>();
              for (const [id, score] of keyBest) {
                const before = previous.get(id);
                if (before !== undefined) both.set(id, before + score);
              }
              sum = both;
            }
            if (sum.size === 0) break;
            for (const [t] of found) matched.add(t);
          }
          for (const [id, score] of sum ?? []) if (score > (best.get(id) ?? 0)) best.set(id, score);
        }
      }
    }
    const ids = [...best.keys()].sort((a, b) => a - b);
    const max = Math.max(0, ...best.values());
    conceptTerms_.push([...matched].sort());
    if (ids.length === 0) {
      conceptLists.push(null);
      continue;
    }
    const quantised = ids.map((id) => Math.max(1, Math.round((best.get(id)! / max) * 255)));
    conceptLists.push([ids.length, ...writeList(ids, quantised, ids.map((_, i) => i)), Math.round(max * 1e4) / 1e4]);
  }
  flush();

  // 6. Files. The shard folder is named by a hash of the shards' contents.
  const shards = new Map<string, Uint8Array>();
  const bucketFiles: [string, Uint8Array][] = [];
  for (const [bucket, list] of bucketTerms) {
    const entry: DictionaryBucket = { t: list.join("\n"), a: list.flatMap((t) => addresses.get(t)!) };
    bucketFiles.push([bucket, encoder.encode(JSON.stringify(entry))]);
  }
  const packFiles = packs.map((p) => encoder.encode(JSON.stringify(p)));
  const bodies = bodyTable(records);
  const manifestRecords = records.map((r) => manifestRecord(r, bodies.index));
  const position = new Map(records.map((r, i) => [r.id, i]));
  records.forEach((r, i) => {
    if (r.sameTextAs !== undefined && position.has(r.sameTextAs)) manifestRecords[i]!.s = position.get(r.sameTextAs)!;
  });
  const version = `v${fnv1a([...bucketFiles.map(([, b]) => b), ...blocks, ...packFiles, encoder.encode(JSON.stringify(manifestRecords))])}`;
  for (const [bucket, bytes] of bucketFiles) shards.set(bucketPath(version, bucket), bytes);
  blocks.forEach((bytes, i) => shards.set(blockPath(version, i), bytes));
  packFiles.forEach((bytes, i) => shards.set(packPath(version, i), bytes));

  const manifest: Manifest = {
    format: FORMAT_VERSION,
    version,
    passages: passageCount,
    k1: opts.k1,
    prefixLength: opts.prefixLength,
    buckets: [...bucketTerms.keys()].sort(),
    bodies: bodies.list,
    records: manifestRecords,
    packSizes: packs.map((p) => p.length),
    glossary: { concepts, lists: conceptLists, terms: conceptTerms_ },
  };
  const files = new Map<string, Uint8Array>([[manifestPath, encoder.encode(JSON.stringify(manifest))], ...shards]);
  return {
    manifest,
    files,
    stats: {
      passages: passageCount,
      terms: terms.length,
      postings: postingsTotal,
      buckets: bucketTerms.size,
      blocks: blocks.length,
      packs: packs.length,
    },
  };
}

/** BM25's term-frequency part, tf·(k1+1)/(tf + k1·(1−b+b·len/avg)), as 1…255 of its maximum k1+1. */
function impactOf(tf: number, length: number, avgLength: number, opts: BuildOptions): number {
  const norm = (tf * (opts.k1 + 1)) / (tf + opts.k1 * (1 - opts.b + (opts.b * length) / avgLength));
  return Math.max(1, Math.min(255, Math.round((norm / (opts.k1 + 1)) * 255)));
}

function rangeWithPrefix(sorted: string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

function bodyTable(records: SearchRecord[]) {
  const list: { id: string; name: string }[] = [];
  const index = new Map<string, number>();
  for (const r of records) {
    if (!r.body || index.has(r.body)) continue;
    index.set(r.body, list.length);
    list.push({ id: r.body, name: r.bodyName ?? r.body });
  }
  return { list, index };
}

function manifestRecord(r: SearchRecord, bodies: Map<string, number>): ManifestRecord {
  const out: ManifestRecord = { i: r.id, k: r.kind === "case" ? "c" : "d", t: r.title, n: r.passages.length };
  if (r.date) out.dt = r.date;
  if (r.country) out.c = r.country;
  if (r.body) out.b = bodies.get(r.body)!;
  if (r.year) out.y = r.year;
  if (r.hasFine) out.f = 1;
  if (r.articles.length) out.a = r.articles;
  if (r.references.length) out.r = r.references;
  if (r.otherReferences.length) out.ro = r.otherReferences;
  if (r.caseIds.length) out.cs = r.caseIds;
  if (r.documentId !== r.id) out.d = r.documentId;
  return out;
}
