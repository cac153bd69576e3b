/**
 * The search index's postings blocks are binary: read as text they hold chance byte runs such as
 * "C@v.am", so they cannot be scanned like the rest. Instead they are proved to hold nothing but
 * postings: every byte of every block belongs to a list the dictionary or the glossary points at,
 * and each list decodes to (passage gap, impact) pairs of passages that exist (format.ts).
 */
import { blockPath, type DictionaryBucket, type Manifest } from "../search/format.ts";

export interface PostingsList {
  block: number;
  offset: number;
  length: number;
  /** At most this many postings (a term's df; the index may keep fewer). */
  count: number;
  /** Where it is listed, for messages. */
  owner: string;
}

/** Every postings list the index refers to: the dictionary's terms and the glossary's concepts. */
export function postingsLists(manifest: Manifest, buckets: DictionaryBucket[]): PostingsList[] {
  const lists: PostingsList[] = [];
  for (const bucket of buckets) {
    const terms = bucket.t.split("\n");
    terms.forEach((term, i) => {
      const [df, block, offset, length] = bucket.a.slice(i * 4, i * 4 + 4) as [number, number, number, number];
      lists.push({ block, offset, length, count: df, owner: `term "${term}"` });
    });
  }
  manifest.glossary.lists.forEach((list, i) => {
    if (list) lists.push({ count: list[0], block: list[1], offset: list[2], length: list[3], owner: `glossary concept ${i}` });
  });
  return lists;
}

/** Problems with one block, given the lists in it; empty when it holds exactly those postings. */
export function checkPostingsBlock(bytes: Uint8Array, lists: PostingsList[], passages: number): string[] {
  const problems: string[] = [];
  const sorted = [...lists].sort((a, b) => a.offset - b.offset);
  let pos = 0;
  for (const list of sorted) {
    if (list.offset !== pos) {
      problems.push(list.offset > pos ? `bytes ${pos}–${list.offset - 1} belong to no postings list` : `${list.owner} overlaps the list before it`);
      if (list.offset < pos) continue;
    }
    const end = list.offset + list.length;
    let at = list.offset;
    let passage = 0;
    let n = 0;
    while (at < end) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[at++] ?? 0;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80 && at < end && shift < 35);
      if (n > 0 && value === 0) problems.push(`${list.owner}: passage numbers do not increase`);
      passage += value;
      const impact = bytes[at++];
      if (at > end || impact === undefined || impact === 0) {
        problems.push(`${list.owner}: not (passage, impact) pairs`);
        break;
      }
      n++;
    }
    if (passage >= passages) problems.push(`${list.owner}: passage ${passage} does not exist (${passages} passages)`);
    if (n > list.count) problems.push(`${list.owner}: ${n} postings, more than its ${list.count}`);
    pos = Math.max(pos, end);
  }
  if (pos !== bytes.length) problems.push(`bytes ${pos}–${bytes.length - 1} belong to no postings list`);
  return problems;
}

/** Problems with all blocks: by site-relative path of the index root ("search-index/"). */
export function checkPostingsBlocks(
  manifest: Manifest,
  buckets: DictionaryBucket[],
  blocks: Map<string, Uint8Array>,
): { file: string; problem: string }[] {
  const byBlock = new Map<number, PostingsList[]>();
  for (const list of postingsLists(manifest, buckets)) {
    if (!byBlock.has(list.block)) byBlock.set(list.block, []);
    byBlock.get(list.block)!.push(list);
  }
  const out: { file: string; problem: string }[] = [];
  const seen = new Set<string>();
  for (const [block, lists] of byBlock) {
    const file = blockPath(manifest.version, block);
    seen.add(file);
    const bytes = blocks.get(file);
    if (!bytes) out.push({ file, problem: `missing, though ${lists[0]!.owner} points into it` });
    else for (const problem of checkPostingsBlock(bytes, lists, manifest.passages)) out.push({ file, problem });
  }
  for (const file of blocks.keys()) {
    if (!seen.has(file)) out.push({ file, problem: "a binary file the index does not refer to" });
  }
  return out;
}
