import { describe, expect, it } from "vitest";
import { checkPostingsBlocks, postingsLists } from "../../../src/domain/privacy/search-index.ts";
import { buildSearchIndex } from "../../../src/domain/search/build.ts";
import type { DictionaryBucket, Manifest } from "../../../src/domain/search/format.ts";
import { loadGlossary } from "../../../src/domain/search/node.ts";
import { searchRecord as record } from "../../fixtures/search-record.ts";

/** A real index, as the build writes it, split into what the check reads. */
function built(small = false) {
  const index = buildSearchIndex(
    [
      record("ferde", ["Ferde AS", "Ferde had no data processor agreement with its image processor.", "A fine of NOK 5 000 000 for the transfer to China."]),
      record("telenor", ["Telenor ASA", "The data protection officer did not report to the highest management level."]),
    ],
    loadGlossary(),
    small ? { blockBytes: 64 } : {},
  );
  const manifest = JSON.parse(new TextDecoder().decode(index.files.get("manifest.json"))) as Manifest;
  const buckets: DictionaryBucket[] = [];
  const blocks = new Map<string, Uint8Array>();
  for (const [path, bytes] of index.files) {
    if (path.endsWith(".bin")) blocks.set(path, bytes);
    else if (path.includes("/d/")) buckets.push(JSON.parse(new TextDecoder().decode(bytes)));
  }
  return { manifest, buckets, blocks };
}

describe("the search index's postings blocks", () => {
  it("hold exactly the postings the dictionary and the glossary point at", () => {
    for (const small of [false, true]) {
      const { manifest, buckets, blocks } = built(small);
      expect(postingsLists(manifest, buckets).length).toBeGreaterThan(20);
      expect(checkPostingsBlocks(manifest, buckets, blocks)).toEqual([]);
    }
  });

  it("fail when text is added to a block", () => {
    const { manifest, buckets, blocks } = built();
    const [path, bytes] = [...blocks][0]!;
    const text = new TextEncoder().encode("anu.talus@om.fi");
    blocks.set(path, Uint8Array.from([...bytes, ...text]));
    expect(checkPostingsBlocks(manifest, buckets, blocks)).toEqual([
      { file: path, problem: `bytes ${bytes.length}–${bytes.length + text.length - 1} belong to no postings list` },
    ]);
  });

  it("fail when a block holds something other than (passage, impact) pairs of passages that exist", () => {
    const { manifest, buckets, blocks } = built();
    const [path, bytes] = [...blocks][0]!;
    const broken = Uint8Array.from(bytes);
    broken[1] = 0; // an impact of 0 is no posting
    blocks.set(path, broken);
    expect(checkPostingsBlocks(manifest, buckets, blocks).map((p) => p.problem)).toContainEqual(expect.stringMatching(/not \(passage, impact\) pairs/));
    blocks.set(path, bytes);
    expect(checkPostingsBlocks({ ...manifest, passages: 2 }, buckets, blocks).map((p) => p.problem)).toContainEqual(expect.stringMatching(/passage \d+ does not exist/));
  });

  it("fail when a binary file is not part of the index", () => {
    const { manifest, buckets, blocks } = built();
    blocks.set(`${manifest.version}/p/999.bin`, new Uint8Array([1, 1]));
    expect(checkPostingsBlocks(manifest, buckets, blocks)).toEqual([
      { file: `${manifest.version}/p/999.bin`, problem: "a binary file the index does not refer to" },
    ]);
  });
});
