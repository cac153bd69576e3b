/**
 * The static search index as files. The browser fetches the manifest once, then per query only the
 * dictionary buckets of its words, the postings blocks of the terms they resolve to, and the text
 * packs holding the passages it shows as snippets.
 *
 *   manifest.json            records (metadata for results and filters), pack starts, glossary
 *   <version>/d/<bucket>.json dictionary: the terms starting with <bucket>, their df and postings address
 *   <version>/p/<n>.bin       postings: per term, (passage gap varint, impact byte) pairs
 *   <version>/t/<n>.json      text: consecutive passages (PackEntry), for snippets and anchors
 */

export const FORMAT_VERSION = 1;

/** One record (a decision or a case) as the manifest lists it. Short keys: it is fetched first. */
export interface ManifestRecord {
  /** id */
  i: string;
  /** kind: "d" decision, "c" case */
  k: "d" | "c";
  /** title */
  t: string;
  /** date */
  dt?: string;
  /** country */
  c?: string;
  /** body: index into Manifest.bodies */
  b?: number;
  /** year */
  y?: string;
  /** has a fine */
  f?: 1;
  /** GDPR article numbers */
  a?: string[];
  /** own references (the first as written, for display) */
  r?: string[];
  /** other references (earlier numbers, an appeal's, those in notes) */
  ro?: string[];
  /** case ids (decisions: the cases citing it) */
  cs?: string[];
  /** document id, when not the record id (cases) */
  d?: string;
  /** number of passages (passage 0 is the metadata) */
  n: number;
  /** index of the record with the identical text, which results show instead */
  s?: number;
}

/**
 * A passage in a text pack: its text, or, when its place is not the implicit one (passage i of a
 * decision is paragraph "p<i>", passage 0 the top of the page), [text, anchor, document, paragraph]
 * with the element id on its page and the paragraph it points to (a case's factor note).
 */
export type PackEntry = string | [string, string | null, string?, string?];

/** Where a term's postings are: [df, block, byte offset, byte length]. */
export type TermAddress = [number, number, number, number];

export interface Manifest {
  format: number;
  /** Folder of this build's shards, so a new build never mixes with cached old shards. */
  version: string;
  /** Number of passages (for idf). */
  passages: number;
  /** BM25 k1: impacts are stored as tf-norm / (k1 + 1) in 1/255ths. */
  k1: number;
  /** Dictionary bucket = first `prefixLength` characters of a term ("" for one bucket). */
  prefixLength: number;
  /** Buckets that exist (others hold no term). */
  buckets: string[];
  bodies: { id: string; name: string }[];
  records: ManifestRecord[];
  /** Number of passages in each text pack, in order. */
  packSizes: number[];
  glossary: {
    /** Each concept: its terms in every language we have. */
    concepts: string[][];
    /**
     * Each concept resolved at build time into one list of passages, scored by the best of its
     * spellings: [count, block, offset, length, max score] (impact byte 255 = max); null when no
     * passage uses any of its terms.
     */
    lists: ([number, number, number, number, number] | null)[];
    /** The corpus words each concept matched, to mark in snippets. */
    terms: string[][];
  };
}

export interface DictionaryBucket {
  /** Terms, sorted, joined by "\n". */
  t: string;
  /** Addresses, flattened: df, block, offset, length for each term. */
  a: number[];
}

export const manifestPath = "manifest.json";
export const bucketPath = (version: string, bucket: string) => `${version}/d/${bucket || "all"}.json`;
export const blockPath = (version: string, block: number) => `${version}/p/${block}.bin`;
export const packPath = (version: string, pack: number) => `${version}/t/${pack}.json`;

export const bucketOf = (term: string, prefixLength: number) => term.slice(0, prefixLength);

// ---------------------------------------------------------------------------------------------
// Variable-length integers (7 bits a byte, low first).

export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private ensure(n: number) {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  varint(value: number) {
    this.ensure(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }
  byte(value: number) {
    this.ensure(1);
    this.buf[this.length++] = value;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export interface Postings {
  passages: Uint32Array;
  /** Impacts 1…255. */
  impacts: Uint8Array;
}

/**
 * Decodes one term's postings. Into `into` when given (reused scratch arrays, so a query allocates
 * nothing per term); returns the count.
 */
export function decodePostings(bytes: Uint8Array, offset: number, length: number, into?: Postings): Postings & { count: number } {
  // Each posting takes at least two bytes.
  const passages = into?.passages ?? new Uint32Array(length >> 1);
  const impacts = into?.impacts ?? new Uint8Array(length >> 1);
  let pos = offset;
  const end = offset + length;
  let prev = 0;
  let n = 0;
  while (pos < end) {
    let b = bytes[pos++]!;
    let v = b & 0x7f;
    let shift = 7;
    while (b & 0x80) {
      b = bytes[pos++]!;
      v |= (b & 0x7f) << shift;
      shift += 7;
    }
    prev += v;
    passages[n] = prev;
    impacts[n++] = bytes[pos++]!;
  }
  return { passages, impacts, count: n };
}

/** FNV-1a over bytes, as 8 hex digits: names a build's shard folder. */
export function fnv1a(chunks: Iterable<Uint8Array>): string {
  let h = 0x811c9dc5;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      h ^= chunk[i]!;
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
