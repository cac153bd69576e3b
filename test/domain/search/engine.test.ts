/**
 * Search on the real corpus: the index the build emits, queried through the engine the page's
 * worker and `npm run search` use.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLibrary, type Library } from "../../../src/domain/sources/repository.ts";
import { projectRoot } from "../../../src/domain/sources/paths.ts";
import { buildLibraryIndex, loadGlossary, openIndex } from "../../../src/domain/search/node.ts";
import { buildSearchIndex, type BuiltIndex } from "../../../src/domain/search/build.ts";
import { blockPath, bucketPath, decodePostings, packPath, ByteWriter, type DictionaryBucket } from "../../../src/domain/search/format.ts";
import { searchRecords } from "../../../src/domain/search/source.ts";
import { referenceForms } from "../../../src/domain/search/reference.ts";
import { libraryDocuments } from "../../../src/domain/documents.ts";
import { snippetHtml, snippetText } from "../../../src/domain/search/snippet.ts";
import type { SearchEngine, SearchFilters } from "../../../src/domain/search/engine.ts";

const RAELINGEN = "datatilsynet-norway-20-02191";
const BERGEN = "datatilsynet-norway-18-02140";
const OSTERSUND = "ostersund-2023-11-30-press-release";
const MOHLENPRIS = "datatilsynet-13-00941-mohlenpris-report";

let lib: Library;
let built: BuiltIndex;
let engine: SearchEngine;

beforeAll(() => {
  lib = loadLibrary();
  built = buildLibraryIndex(lib);
  engine = openIndex(built);
}, 120_000);

/** The first `n` distinct decisions of an answer, as recall@10 counts them. */
async function decisions(query: string, n = 10, filters?: SearchFilters): Promise<string[]> {
  const { hits } = await engine.search(query, { limit: 40, filters });
  return [...new Set(hits.map((h) => h.documentId))].slice(0, n);
}

describe("search over the real corpus", () => {
  it("finds Bergen 18/02140 for 'tofaktor' and for 'two-factor'", async () => {
    expect(await decisions("tofaktor", 5)).toContain(BERGEN);
    expect(await decisions("two-factor", 5)).toContain(BERGEN);
  });

  it("finds Östersund for 'Ostersund' and Rælingen for 'Raelingen', 'Ralingen' and 'Rælingen'", async () => {
    expect((await decisions("Ostersund", 1))[0]).toBe(OSTERSUND);
    for (const q of ["Raelingen", "Ralingen", "Rælingen", "RAELINGEN "]) expect((await decisions(q, 1))[0], q).toBe(RAELINGEN);
    expect(await decisions("Mohlenpris", 2)).toContain(MOHLENPRIS);
  });

  it("returns the Rælingen decision first for '20/02191', as a reference match", async () => {
    const { hits } = await engine.search("20/02191");
    expect(hits[0]).toMatchObject({ kind: "decision", id: RAELINGEN, documentId: RAELINGEN, byReference: true, caseId: "raelingen-2020" });
    expect(hits[0]!.path).toBe(`/decisions/${RAELINGEN}/`);
    const [first] = (await engine.search("DI-2019-3839")).hits;
    expect(first?.id).toBe("datainspektionen-di-2019-3839");
  });

  it("tolerates typos and swapped letters", async () => {
    expect((await decisions("Showbei", 1))[0]).toBe(RAELINGEN);
    expect(await decisions("two-factor autentication", 5)).toContain(BERGEN);
    expect(await decisions("pasword clear text", 10)).toContain("datatilsynet-denmark-2022-441-12449");
  });

  it("completes a mistyped word as the word meant ('Spotfy' finds the party written 'SpotifyRR')", async () => {
    expect(await decisions("Spotify")).toContain("fis-13308-22");
    expect(await decisions("Spotfy")).toContain("fis-13308-22");
  });

  it("shows a decision published twice with the same text once", async () => {
    // GDPRhub holds the Vastaamo decision under two titles with one text.
    const ids = await decisions("Vastaamo psychotherapy", 40);
    const copies = ids.filter((id) => id.startsWith("tietosuojavaltuutetun-toimisto-finland-1150-161-2021"));
    expect(copies).toEqual(["tietosuojavaltuutetun-toimisto-finland-1150-161-2021"]);
    // Alone, the copy is still found by what only it holds: its own title.
    expect(built.manifest.records.find((r) => r.i === "tietosuojavaltuutetun-toimisto-finland-1150-161-2021-2")?.s).toBeTypeOf("number");
  });

  it("completes the word being typed", async () => {
    expect((await decisions("Showb", 1))[0]).toBe(RAELINGEN);
  });

  it("bridges languages through the glossary, both ways", async () => {
    // A Norwegian term finds English machine translations that say "impact assessment".
    const { hits } = await engine.search("konsekvensvurdering ");
    const marked = hits.flatMap((h) => h.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase()));
    expect(marked.some((m) => m.startsWith("impact") || m.startsWith("assessment"))).toBe(true);
    // An English term finds the Swedish press release that says "konsekvensbedömning".
    expect(await decisions("impact assessment ", 40, { country: "SE" })).toContain(OSTERSUND);
  });

  it("finds the Norwegian Møhlenpris report for the system SWIS", async () => {
    expect((await decisions("SWIS ", 1))[0]).toBe(MOHLENPRIS);
  });

  it("ranks the passage that has all the words first", async () => {
    const { hits } = await engine.search("deleted two days mitigating");
    expect(hits[0]).toMatchObject({ documentId: RAELINGEN, paragraphId: "p99" });
  });

  it("links each hit to a paragraph that holds the marked words", async () => {
    for (const q of ["Showbie", "two-factor authentication", "konsekvensbedömning"]) {
      const { hits } = await engine.search(q);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const h of hits.filter((h) => h.kind === "decision" && h.paragraphId)) {
        expect(h.path).toBe(`/decisions/${h.documentId}/#${h.paragraphId}`);
        const paragraph = lib.text(h.documentId).paragraphs.find((p) => p.id === h.paragraphId);
        expect(paragraph, `${q}: ${h.path}`).toBeDefined();
        expect(paragraph!.text).toContain(snippetText(h.snippet).replace(/^… | …$/g, ""));
        expect(h.snippet.some((s) => s.hit)).toBe(true);
      }
    }
  });

  it("links case hits to the case page", async () => {
    const { hits } = await engine.search("Showbie");
    const c = hits.find((h) => h.kind === "case");
    expect(c).toMatchObject({ id: "raelingen-2020", caseId: "raelingen-2020" });
    expect(c!.path).toMatch(/^\/cases\/raelingen-2020\/(#[a-z-]+)?$/);
  });

  it("applies the filters", async () => {
    const records = new Map(built.manifest.records.map((r) => [r.i, r]));
    const check = async (filters: SearchFilters, ok: (r: (typeof built.manifest.records)[number]) => boolean) => {
      const { hits, total } = await engine.search("data protection", { filters, limit: 50 });
      expect(total).toBeGreaterThan(0);
      for (const h of hits) expect(ok(records.get(h.id)!), `${JSON.stringify(filters)} ${h.id}`).toBe(true);
    };
    await check({ country: "SE" }, (r) => r.c === "SE");
    await check({ year: "2020" }, (r) => r.y === "2020");
    await check({ fine: true }, (r) => r.f === 1);
    await check({ article: "32" }, (r) => (r.a ?? []).includes("32"));
    await check({ body: "no-datatilsynet", country: "NO" }, (r) => r.c === "NO" && built.manifest.bodies[r.b!]!.id === "no-datatilsynet");
    expect((await engine.search("Showbie", { filters: { country: "SE" } })).hits.map((h) => h.id)).not.toContain(RAELINGEN);
  });

  it("treats markup in the query as text", async () => {
    const result = await engine.search("<img src=x onerror=alert(1)>");
    expect(result.query).toBe("<img src=x onerror=alert(1)>");
    for (const h of result.hits) expect(snippetHtml(h.snippet)).not.toMatch(/<(?!\/?mark>)/);
  });

  it("answers an empty query with nothing", async () => {
    expect((await engine.search("   ")).hits).toEqual([]);
  });

  it("puts the labelled decisions of the benchmark's queries in the first ten", async () => {
    const { queries } = fixture();
    const labelled = queries.filter((q) => q.relevant);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(labelled.length).toBeGreaterThanOrEqual(15);
    let sum = 0;
    const misses: string[] = [];
    for (const q of labelled) {
      const top = await decisions(q.q, 10);
      const recall = q.relevant!.filter((r) => top.includes(r)).length / q.relevant!.length;
      if (recall < 1) misses.push(`${q.q}: ${recall.toFixed(2)}`);
      sum += recall;
    }
    expect(sum / labelled.length, misses.join("; ")).toBeGreaterThanOrEqual(0.9);
  });

  it("answers an ordinary phrase first with a decision about it, not a title match (what Enter opens)", async () => {
    const withFirst = fixture().queries.filter((q) => q.first);
    expect(withFirst.length).toBeGreaterThanOrEqual(8);
    for (const q of withFirst) {
      const [first] = (await engine.search(q.q)).hits;
      expect(first?.byReference, q.q).toBe(false);
      expect(q.first, `${q.q}: ${first?.documentId}`).toContain(first?.documentId);
    }
  });
});

interface LabelledQuery {
  q: string;
  kind: string;
  relevant?: string[];
  /** Decisions any of which is a right first answer (where the label names a clearly best one). */
  first?: string[];
}
const fixture = () => JSON.parse(readFileSync(resolve(projectRoot, "test/fixtures/search-queries.json"), "utf8")) as { queries: LabelledQuery[] };

describe("references", () => {
  // Phrases a reader types, and titles that once stood in reference fields.
  const ordinary = [
    "right to erasure",
    "data breach",
    "decision",
    "Datatilsynet",
    "mål",
    "to",
    "breach",
    "To kommuner indstillet til bøde",
    "Vejen Municipality",
    "Decision against Google of 30 October 2023",
    "article 83(2)",
    "Art. 32",
  ];

  it("never jump for an ordinary phrase", async () => {
    const phrases = [...ordinary, ...fixture().queries.filter((q) => q.kind !== "reference").map((q) => q.q)];
    for (const q of phrases) {
      const { hits } = await engine.search(q, { limit: 50 });
      expect(hits.filter((h) => h.byReference).map((h) => h.id), q).toEqual([]);
    }
  });

  it("jump to their decision for every reference in the library, typed as written or in part", async () => {
    const checked = new Set<string>();
    const jumps = async (q: string, holder: string, kind: "decision" | "case") => {
      if (checked.has(`${q}|${holder}`)) return;
      checked.add(`${q}|${holder}`);
      const { hits } = await engine.search(q, { limit: 100 });
      expect(hits[0]?.byReference, `${q}: ${hits[0]?.id}`).toBe(true);
      // A decision that holds the reference comes before the cases built on it.
      if (kind === "decision") expect(hits[0]!.kind, q).toBe("decision");
      // A copy with the same text is listed as the decision it copies.
      const jumped = hits.filter((h) => h.byReference).map((h) => h.id);
      expect(jumped, q).toContain(jumped.includes(holder) ? holder : (sameText.get(holder) ?? holder));
    };
    const sameText = new Map(searchRecords(lib).flatMap((r) => (r.sameTextAs ? [[r.id, r.sameTextAs] as const] : [])));
    expect(sameText.size).toBeGreaterThan(0);
    let fields = 0;
    const library = new Set(libraryDocuments(lib.documents.values()).map((d) => d.id));
    for (const doc of libraryDocuments(lib.documents.values())) {
      if (!doc.reference || referenceForms(doc.reference).length === 0) continue;
      fields++;
      for (const q of referenceForms(doc.reference)) await jumps(q, doc.id, "decision");
    }
    for (const c of lib.cases) {
      for (const field of [c.reference, ...c.otherReferences]) {
        if (referenceForms(field).length === 0) continue;
        fields++;
        for (const q of referenceForms(field)) await jumps(q, c.id, "case");
      }
      // The case's own reference opens the decision it is built on (a case, if that is not in the library).
      if (referenceForms(c.reference).length > 0) {
        const built = c.sources[0]!.document;
        const { hits } = await engine.search(c.reference, { limit: 100 });
        expect(hits[0], c.reference).toMatchObject({ kind: library.has(built) ? "decision" : "case", byReference: true });
        // Decisions sharing one journal number (Helsingør's four) come in the order of their texts' match.
        if (library.has(built)) expect(hits.filter((h) => h.byReference && h.kind === "decision").map((h) => h.id), c.reference).toContain(built);
      }
    }
    expect(fields).toBeGreaterThan(650);
  }, 120_000);

  it("behave sensibly when typed in part", async () => {
    // Still being typed, or without the body's letters: no jump, but the decision comes first.
    for (const [q, id] of [
      ["20/0219", RAELINGEN],
      ["DI-2019-38", "datainspektionen-di-2019-3840"],
      ["2019-3839", "datainspektionen-di-2019-3839"],
    ] as const) {
      const { hits } = await engine.search(q);
      expect(hits.some((h) => h.byReference), q).toBe(false);
      expect(hits[0]?.documentId, q).toBe(id);
    }
    // With the letter's suffix, or beside a name: it jumps.
    expect((await engine.search("20/02191-1")).hits[0]).toMatchObject({ id: "raelingen-2020", byReference: true });
    expect((await engine.search("Klarna DI-2019-4062")).hits[0]).toMatchObject({ id: "imy-sweden-di-2019-4062", byReference: true });
    expect((await engine.search("Mål nr 4413-22")).hits[0]).toMatchObject({ id: "kammarratten-i-stockholm-mal-nr-4413-22", byReference: true });
  });
});

describe("the index files", () => {
  it("hold every record's passages, and every address points into a file that exists", () => {
    const m = built.manifest;
    expect(m.passages).toBe(m.records.reduce((n, r) => n + r.n, 0));
    expect(m.packSizes.reduce((a, b) => a + b, 0)).toBe(m.passages);
    expect(built.files.has(packPath(m.version, m.packSizes.length - 1))).toBe(true);
    expect(built.files.has(packPath(m.version, m.packSizes.length))).toBe(false);
    for (const bucket of m.buckets) {
      const b = JSON.parse(new TextDecoder().decode(built.files.get(bucketPath(m.version, bucket))!)) as DictionaryBucket;
      const terms = b.t.split("\n");
      expect([...terms].sort()).toEqual(terms);
      terms.forEach((term, i) => {
        expect(term.startsWith(bucket)).toBe(true);
        const [df, block, offset, length] = b.a.slice(i * 4, i * 4 + 4) as [number, number, number, number];
        const bytes = built.files.get(blockPath(m.version, block));
        expect(bytes, term).toBeDefined();
        if (i % 50 === 0) expect(decodePostings(bytes!, offset, length).count).toBe(df);
      });
    }
  });

  it("are the same for the same content (the shard folder is named by their hash)", () => {
    const records = searchRecords(lib).slice(0, 25);
    const a = buildSearchIndex(records, loadGlossary());
    const b = buildSearchIndex(records, loadGlossary());
    expect(a.manifest.version).toBe(b.manifest.version);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    const c = buildSearchIndex(records.slice(1), loadGlossary());
    expect(c.manifest.version).not.toBe(a.manifest.version);
  });

  it("round-trip postings through the varint encoding", () => {
    const w = new ByteWriter();
    const ids = [0, 1, 127, 128, 300, 16_384, 2_000_000];
    let prev = 0;
    for (const id of ids) {
      w.varint(id - prev);
      w.byte((id % 255) + 1);
      prev = id;
    }
    const bytes = w.bytes();
    const { passages, impacts, count } = decodePostings(bytes, 0, bytes.length);
    expect(count).toBe(ids.length);
    expect([...passages.subarray(0, count)]).toEqual(ids);
    expect([...impacts.subarray(0, count)]).toEqual(ids.map((id) => (id % 255) + 1));
  });
});

describe("search records", () => {
  it("name the cases citing each document, as the decision pages do", async () => {
    const { casesCiting } = await import("../../../src/domain/documents.ts");
    const records = searchRecords(lib).filter((r) => r.kind === "decision");
    // casesCiting() is slow: every cited document and every tenth of the others.
    for (const r of records.filter((r, i) => r.caseIds.length > 0 || i % 10 === 0)) {
      expect(r.caseIds, r.id).toEqual(casesCiting(r.id, lib.cases).map((c) => c.id));
    }
  });
});
