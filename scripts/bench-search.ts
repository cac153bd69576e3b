/**
 * Search benchmark: our static sharded index against plain Fuse.js, MiniSearch, FlexSearch and
 * Pagefind, on the real corpus and on it replicated ×4.
 *
 *   npm run bench:search                       table
 *   npm run bench:search -- --json             [{ engine, scale, p50Ms, p95Ms, indexBytes, firstQueryBytes, firstQueryGzipBytes, recallAt10, … }]
 *   npm run bench:search -- --variants         also our index with other design choices (×1)
 *   npm run bench:search -- --scales=1 --engines=ours,pagefind
 *   npm run bench:search -- --from=rows.json    the table of an earlier --json run
 *
 * Per engine and scale: build time; total index bytes (what the site would ship, gzip beside);
 * p50/p95 latency of one query, in this Node process, with the engine's data already in memory
 * and everything needed to show ten results with a snippet; bytes a first query fetches (engine
 * code + every file the browser must download before its first results show, per query from a
 * cold cache: median and max over the queries); recall@10 over the labelled queries, counted on
 * the first ten distinct decisions of the answer (replicas count as their original).
 * Each engine gets the same passages: every paragraph of every library document, each document's
 * metadata line and each case record's passages (see src/domain/search/source.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import FlexSearch from "flexsearch";
import * as pagefindBuild from "pagefind";
import { loadLibrary } from "../src/domain/sources/repository.ts";
import { projectRoot } from "../src/domain/sources/paths.ts";
import { buildSearchIndex, defaultBuildOptions, type BuildOptions } from "../src/domain/search/build.ts";
import { SearchEngine, type FuzzyMatcher } from "../src/domain/search/engine.ts";
import { loadGlossary, memoryLoader } from "../src/domain/search/node.ts";
import { searchRecords, type SearchRecord } from "../src/domain/search/source.ts";

// ---------------------------------------------------------------------------------------------
// Arguments

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const asJson = flag("json");
const scales = (option("scales") ?? "1,4").split(",").map(Number);
const engineNames = (option("engines") ?? "ours,fuse-plain,minisearch,flexsearch,pagefind").split(",");
const rounds = Number(option("rounds") ?? 5);
/** fuse-plain takes seconds a query: at ×4 it runs this many queries (all at ×1). */
const fuseQueriesAtScale = Number(option("fuse-queries") ?? 12);
const log = (...parts: unknown[]) => {
  if (!asJson || option("child")) console.error(...parts);
};

// ---------------------------------------------------------------------------------------------
// Fixture and corpus

interface BenchQuery {
  q: string;
  kind: string;
  relevant?: string[];
}
const fixture = JSON.parse(readFileSync(resolve(projectRoot, "test/fixtures/search-queries.json"), "utf8")) as { queries: BenchQuery[] };
const queries = fixture.queries;

const REPLICA = /--r\d+$/;
const original = (id: string) => id.replace(REPLICA, "");

function replicate(records: SearchRecord[], scale: number): SearchRecord[] {
  if (scale === 1) return records;
  const out: SearchRecord[] = [...records];
  for (let r = 2; r <= scale; r++) {
    for (const rec of records) {
      out.push({
        ...rec,
        id: `${rec.id}--r${r}`,
        documentId: `${rec.documentId}--r${r}`,
        caseIds: rec.caseIds.map((c) => `${c}--r${r}`),
        passages: rec.passages.map((p) => ({ ...p, pinpoint: p.pinpoint && { ...p.pinpoint, document: `${p.pinpoint.document}--r${r}` } })),
      });
    }
  }
  return out;
}

interface Passage {
  /** Unique numeric id. */
  n: number;
  /** The decision it belongs to (for recall). */
  doc: string;
  url: string;
  text: string;
}

function passagesOf(records: SearchRecord[]): Passage[] {
  const out: Passage[] = [];
  for (const r of records) {
    r.passages.forEach((p) => {
      const url = r.kind === "case" ? `/cases/${r.id}/${p.anchor ? `#${p.anchor}` : ""}` : `/decisions/${r.id}/${p.anchor ? `#${p.anchor}` : ""}`;
      out.push({ n: out.length, doc: p.pinpoint?.document ?? r.documentId, url, text: p.text });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Measuring

const gz = (b: Uint8Array | string) => gzipSync(typeof b === "string" ? Buffer.from(b) : b).length;
const bytesOf = (s: string) => Buffer.byteLength(s);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.max(0, Math.min(sorted.length - 1, rank))]!;
}
const median = (v: number[]) => percentile(v, 50);

function recallAt10(ranked: string[], relevant: string[]): number {
  const seen: string[] = [];
  for (const id of ranked) {
    const o = original(id);
    if (!seen.includes(o)) seen.push(o);
    if (seen.length === 10) break;
  }
  return relevant.filter((r) => seen.includes(r)).length / relevant.length;
}

/** Minified bundle of an entry, as the browser would download it. */
async function codeBytes(entry: { file?: string; contents?: string }): Promise<{ raw: number; gzip: number }> {
  const result = await esbuild({
    ...(entry.file ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents!, resolveDir: projectRoot, loader: "ts" } }),
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "browser",
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]!.contents;
  return { raw: bytes.length, gzip: gz(bytes) };
}

interface Adapter {
  name: string;
  build(records: SearchRecord[], passages: Passage[]): Promise<void>;
  indexBytes(): Promise<{ raw: number; gzip: number }>;
  /** Decision ids in rank order (repeats allowed), having prepared what ten results show. */
  query(q: string): Promise<string[]>;
  /** The ranking for recall, when query() stops at ten results (default: query()). */
  ranking?(q: string): Promise<string[]>;
  /** Bytes fetched from a cold start until the first ten results of `q` show. */
  firstQuery(q: string): Promise<{ raw: number; gzip: number }>;
  /** Queries to time (fuse-plain at scale runs fewer). */
  queryLimit?: number;
  close?(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Engines

function ours(name: string, scale: number, options: Partial<BuildOptions> = {}, fuzzy?: FuzzyMatcher, code?: Promise<{ raw: number; gzip: number }>): Adapter {
  let files = new Map<string, Uint8Array>();
  let gzipSizes = new Map<string, number>();
  let engine: SearchEngine;
  let worker = { raw: 0, gzip: 0 };
  return {
    name,
    async build(records) {
      const built = buildSearchIndex(records, glossary, options);
      files = built.files;
      engine = new SearchEngine(built.manifest, memoryLoader(files), { fuzzy });
      // The worker bundle is the engine's code: it must load before any result shows.
      worker = await (code ?? codeBytes({ file: resolve(projectRoot, "src/scripts/search-worker.ts") }));
    },
    async indexBytes() {
      let raw = 0;
      let gzip = 0;
      gzipSizes = new Map();
      for (const [path, b] of files) {
        raw += b.length;
        const g = gz(b);
        gzipSizes.set(path, g);
        gzip += g;
      }
      return { raw: raw + worker.raw, gzip: gzip + worker.gzip };
    },
    async query(q) {
      engine.clearCache(); // each query from cold shards: decoding counts
      const result = await engine.search(q, { limit: 10 });
      return result.hits.map((h) => h.documentId);
    },
    async ranking(q) {
      // Ten distinct decisions can take more than ten hits (a case and its decision are two, and
      // at ×4 every decision has three replicas).
      return (await engine.search(q, { limit: 40 * scale })).hits.map((h) => h.documentId);
    },
    async firstQuery(q) {
      let raw = worker.raw;
      let gzip = worker.gzip;
      const load = memoryLoader(files);
      const fresh = await SearchEngine.open(
        async (path) => {
          const b = await load(path);
          raw += b.length;
          gzip += gzipSizes.get(path) ?? gz(b);
          return b;
        },
        { fuzzy },
      );
      await fresh.search(q, { limit: 10 });
      return { raw, gzip };
    },
  };
}

function fusePlain(scale: number): Adapter {
  let fuse: Fuse<Passage>;
  let payload = "";
  let code = { raw: 0, gzip: 0 };
  let payloadGzip = 0;
  return {
    name: "fuse-plain",
    queryLimit: scale === 1 ? undefined : fuseQueriesAtScale,
    async build(_records, passages) {
      fuse = new Fuse(passages, { keys: ["text"], includeScore: true, ignoreLocation: true, threshold: 0.3 });
      payload = JSON.stringify(passages.map((p) => ({ d: p.doc, u: p.url, t: p.text })));
      code = await codeBytes({ contents: `import Fuse from "fuse.js"; (globalThis as any).F = Fuse;` });
    },
    async indexBytes() {
      payloadGzip = gz(payload);
      return { raw: bytesOf(payload) + code.raw, gzip: payloadGzip + code.gzip };
    },
    async query(q) {
      return fuse.search(q, { limit: 200 }).map((r) => r.item.doc);
    },
    async firstQuery() {
      return { raw: bytesOf(payload) + code.raw, gzip: payloadGzip + code.gzip };
    },
  };
}

function miniSearch(): Adapter {
  let ms: MiniSearch<Passage>;
  let serialized = "";
  let serializedGzip = 0;
  let code = { raw: 0, gzip: 0 };
  return {
    name: "minisearch",
    async build(_records, passages) {
      ms = new MiniSearch<Passage>({
        idField: "n",
        fields: ["text"],
        storeFields: ["doc", "url", "text"],
        searchOptions: { fuzzy: 0.2, prefix: true },
      });
      ms.addAll(passages);
      serialized = JSON.stringify(ms);
      code = await codeBytes({ contents: `import MiniSearch from "minisearch"; (globalThis as any).M = MiniSearch;` });
    },
    async indexBytes() {
      serializedGzip = gz(serialized);
      return { raw: bytesOf(serialized) + code.raw, gzip: serializedGzip + code.gzip };
    },
    async query(q) {
      return ms.search(q).slice(0, 300).map((r) => r.doc as string);
    },
    async firstQuery() {
      return { raw: bytesOf(serialized) + code.raw, gzip: serializedGzip + code.gzip };
    },
  };
}

function flexSearch(): Adapter {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let index: any;
  let exported: string[] = [];
  let raw = 0;
  let gzip = 0;
  let code = { raw: 0, gzip: 0 };
  return {
    name: "flexsearch",
    async build(_records, passages) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const { Document } = FlexSearch as any;
      index = new Document({ document: { id: "n", index: ["text"], store: ["doc", "url", "text"] }, tokenize: "forward" });
      for (const p of passages) index.add(p);
      exported = [];
      await index.export((_key: string, data: string) => {
        if (data !== undefined && data !== null) exported.push(typeof data === "string" ? data : JSON.stringify(data));
      });
      code = await codeBytes({ contents: `import FlexSearch from "flexsearch"; (globalThis as any).X = FlexSearch;` });
    },
    async indexBytes() {
      raw = exported.reduce((n, s) => n + bytesOf(s), 0);
      gzip = exported.reduce((n, s) => n + gz(s), 0);
      return { raw: raw + code.raw, gzip: gzip + code.gzip };
    },
    async query(q) {
      const result = index.search(q, { limit: 300, enrich: true }) as { result: { id: number; doc: Passage }[] }[];
      return (result[0]?.result ?? []).map((r) => r.doc.doc);
    },
    async firstQuery() {
      return { raw: raw + code.raw, gzip: gzip + code.gzip };
    },
  };
}

function pagefind(scale: number): Adapter {
  const dir = join(tmpdir(), `art83-bench-pagefind-x${scale}-${process.pid}`);
  let counter = 0;
  let instance: PagefindModule;
  let counting: { raw: number; gzip: number } | null = null;
  const seenGzip = new Map<string, number>();
  type PagefindModule = {
    options(o: object): Promise<void>;
    init(): Promise<void>;
    search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  };
  const realFetch = globalThis.fetch;
  // pagefind.js fetches its files by URL; serve them from disk and count them.
  const shim = async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input).replace(/\?.*$/, "");
    if (!url.startsWith("file:")) return realFetch(input);
    const path = fileURLToPath(url);
    const bytes = readFileSync(path);
    if (counting) {
      counting.raw += bytes.length;
      // Index, meta, fragment and wasm files are already gzip-compressed by Pagefind.
      let g = seenGzip.get(path);
      if (g === undefined) {
        g = /\.(pf_\w+|pagefind)$/.test(path) ? bytes.length : gz(bytes);
        seenGzip.set(path, g);
      }
      counting.gzip += g;
    }
    return new Response(bytes);
  };
  const load = async (): Promise<PagefindModule> => {
    const mod = (await import(`${pathToFileURL(join(dir, "pagefind.js")).href}?instance=${counter++}`)) as PagefindModule;
    await mod.options({ basePath: `${pathToFileURL(dir).href}/` });
    await mod.init();
    return mod;
  };
  const top = async (mod: PagefindModule, q: string, distinct: number) => {
    const { results } = await mod.search(q);
    const docs: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < results.length && (i < 10 || seen.size < distinct); i++) {
      const { url } = await results[i]!.data();
      const m = /^\/(?:decisions|cases)\/([^/]+)\//.exec(url);
      const id = urlDocs.get(url) ?? m?.[1] ?? url;
      docs.push(id);
      seen.add(original(id));
    }
    return docs;
  };
  const urlDocs = new Map<string, string>();
  return {
    name: "pagefind",
    async build(_records, passages) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const { index, errors } = await pagefindBuild.createIndex({ forceLanguage: "en" });
      if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
      // Pagefind keys results by URL: give each passage its own.
      for (const p of passages) {
        const url = `${p.url.replace(/#.*$/, "")}#${p.url.includes("#") ? p.url.split("#")[1] : "top"}-${p.n}`;
        urlDocs.set(url, p.doc);
        await index.addCustomRecord({ url, content: p.text, language: "en", meta: { title: p.doc } });
      }
      const written = await index.writeFiles({ outputPath: dir });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
      await pagefindBuild.close();
      globalThis.fetch = shim as typeof fetch;
      instance = await load();
      await instance.search("zzzzzz"); // loads the wasm before timing, as the others have their code loaded
    },
    async indexBytes() {
      let raw = 0;
      let gzip = 0;
      const { readdirSync, statSync } = await import("node:fs");
      const walk = (d: string) => {
        for (const f of readdirSync(d)) {
          const p = join(d, f);
          if (statSync(p).isDirectory()) walk(p);
          else if (/\.(pf_\w+|pagefind)$/.test(f) || f === "pagefind.js" || f === "pagefind-entry.json") {
            const b = readFileSync(p);
            raw += b.length;
            gzip += /\.(pf_\w+|pagefind)$/.test(f) ? b.length : gz(b);
          }
        }
      };
      walk(dir);
      return { raw, gzip };
    },
    async query(q) {
      return top(instance, q, 10);
    },
    async firstQuery(q) {
      counting = { raw: 0, gzip: 0 };
      const fresh = await load();
      await top(fresh, q, 0);
      const out = counting;
      counting = null;
      return out;
    },
    async close() {
      globalThis.fetch = realFetch;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fuse.js over one dictionary bucket's terms instead of our edit distance (a design variant). */
function fuseMatcher(): FuzzyMatcher {
  const cache = new WeakMap<readonly string[], Fuse<string>>();
  return (word, candidates, maxEdits) => {
    let fuse = cache.get(candidates);
    if (!fuse) {
      fuse = new Fuse(candidates as string[], { includeScore: true, threshold: 0.34, ignoreLocation: true, isCaseSensitive: true });
      cache.set(candidates, fuse);
    }
    return fuse
      .search(word, { limit: 20 })
      .filter((r) => r.item !== word && Math.abs(r.item.length - word.length) <= maxEdits)
      .map((r) => ({ term: r.item, edits: (r.score ?? 1) < 0.15 ? 1 : 2 }));
  };
}

// ---------------------------------------------------------------------------------------------
// Run

export interface Row {
  engine: string;
  scale: number;
  p50Ms: number;
  p95Ms: number;
  indexBytes: number;
  firstQueryBytes: number;
  firstQueryGzipBytes: number;
  recallAt10: number;
  buildMs: number;
  indexGzipBytes: number;
  firstQueryBytesMax: number;
  firstQueryGzipBytesMax: number;
  queries: number;
  labelled: number;
  recallByQuery: Record<string, number>;
  /** The slowest queries (their slowest round). */
  slowest: string[];
}

async function measure(adapter: Adapter, corpus: () => { records: SearchRecord[]; passages: Passage[] }, scale: number): Promise<Row> {
  log(`  ${adapter.name} ×${scale}: building…`);
  let input: ReturnType<typeof corpus> | null = corpus();
  const started = performance.now();
  await adapter.build(input.records, input.passages);
  const buildMs = performance.now() - started;
  // The engine keeps what it needs; the corpus and the build's garbage are no part of a query.
  input = null;
  (globalThis as { gc?: () => void }).gc?.();
  const index = await adapter.indexBytes();
  const timed = queries.slice(0, adapter.queryLimit ?? queries.length);
  const times: number[] = [];
  const perQuery = new Map<string, number>();
  const answers = new Map<string, string[]>();
  const reps = adapter.name === "fuse-plain" ? 1 : rounds;
  log(`  ${adapter.name} ×${scale}: built in ${(buildMs / 1000).toFixed(1)} s; querying…`);
  // Two untimed rounds first (JIT, lazily loaded code), except for fuse-plain whose queries take
  // seconds. Each engine runs in a process of its own (see main), so none pays for another's heap.
  if (adapter.name !== "fuse-plain") for (let i = 0; i < 2; i++) for (const q of timed) await adapter.query(q.q);
  for (let round = 0; round < reps; round++) {
    for (const q of timed) {
      const t0 = performance.now();
      const ranked = await adapter.query(q.q);
      const ms = performance.now() - t0;
      times.push(ms);
      perQuery.set(q.q, Math.max(perQuery.get(q.q) ?? 0, ms));
      if (round === 0) answers.set(q.q, ranked);
    }
  }
  // Recall on every labelled query (fuse-plain at scale: those it ran).
  const recallByQuery: Record<string, number> = {};
  for (const q of queries) {
    if (!q.relevant) continue;
    const ranked = adapter.ranking ? await adapter.ranking(q.q) : (answers.get(q.q) ?? (adapter.queryLimit ? undefined : await adapter.query(q.q)));
    if (ranked) recallByQuery[q.q] = recallAt10(ranked, q.relevant);
  }
  const recalls = Object.values(recallByQuery);
  const first = [];
  for (const q of timed) first.push(await adapter.firstQuery(q.q));
  await adapter.close?.();
  return {
    engine: adapter.name,
    scale,
    p50Ms: round2(median(times)),
    p95Ms: round2(percentile(times, 95)),
    indexBytes: index.raw,
    firstQueryBytes: median(first.map((f) => f.raw)),
    firstQueryGzipBytes: median(first.map((f) => f.gzip)),
    recallAt10: round3(recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length)),
    buildMs: Math.round(buildMs),
    indexGzipBytes: index.gzip,
    firstQueryBytesMax: Math.max(...first.map((f) => f.raw)),
    firstQueryGzipBytesMax: Math.max(...first.map((f) => f.gzip)),
    queries: timed.length,
    labelled: recalls.length,
    recallByQuery,
    slowest: [...perQuery].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([q, ms]) => `${q} (${ms.toFixed(1)} ms)`),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

const glossary = loadGlossary();

/** Our index with one design choice changed: what the benchmark decided between. */
interface Variant {
  name: string;
  options?: Partial<BuildOptions>;
  fuzzy?: "fuse";
}
const variants: Variant[] = ([
  { name: "ours: fuzzy by Fuse.js over the bucket", fuzzy: "fuse" },
  ...[0, 1, 3].map((prefixLength) => ({ name: `ours: dictionary buckets of ${prefixLength} letters`, options: { prefixLength } })),
  ...[1024, 16384].map((blockBytes) => ({ name: `ours: postings blocks of ${blockBytes} B`, options: { blockBytes } })),
  ...[2000, 3000, 20000].map((packChars) => ({ name: `ours: text packs of ${packChars} chars`, options: { packChars } })),
  { name: "ours: postings capped at 2000 a term", options: { maxPostings: 2000 } },
] as Variant[]).filter((v) => !v.options || Object.entries(v.options).some(([k, value]) => defaultBuildOptions[k as keyof BuildOptions] !== value));

function adaptersFor(name: string, scale: number): Adapter[] {
  if (name === "ours") return [ours("ours", scale)];
  if (name === "fuse-plain") return [fusePlain(scale)];
  if (name === "minisearch") return [miniSearch()];
  if (name === "flexsearch") return [flexSearch()];
  if (name === "pagefind") return [pagefind(scale)];
  const variant = /^variant-(\d+)$/.exec(name);
  if (variant) {
    const v = variants[Number(variant[1])]!;
    if (v.fuzzy === "fuse") {
      const worker = resolve(projectRoot, "src/scripts/search-worker.ts");
      const code = codeBytes({ contents: `import ${JSON.stringify(worker)}; import Fuse from "fuse.js"; (globalThis as any).F = Fuse;` });
      return [ours(v.name, scale, v.options, fuseMatcher(), code)];
    }
    return [ours(v.name, scale, v.options)];
  }
  throw new Error(`unknown engine ${name}`);
}

/** One engine (or the variants) at one scale, in this process: rows as JSON on stdout. */
async function child(name: string, scale: number) {
  let base: SearchRecord[] | null = searchRecords(loadLibrary());
  const adapters = adaptersFor(name, scale);
  const rows: Row[] = [];
  for (const [i, adapter] of adapters.entries()) {
    const records = replicate(base!, scale);
    if (i === adapters.length - 1) base = null;
    rows.push(await measure(adapter, () => ({ records, passages: passagesOf(records) }), scale));
  }
  process.stdout.write(JSON.stringify(rows));
}

async function main() {
  const saved = option("from");
  if (saved) {
    // Prints the table of an earlier `--json` run.
    printTable(JSON.parse(readFileSync(saved, "utf8")) as Row[]);
    return;
  }
  const spec = option("child");
  if (spec) {
    const [name, scale] = spec.split(":");
    await child(name!, Number(scale));
    return;
  }
  const rows: Row[] = [];
  const variantRuns = flag("variants") ? variants.map((_, i) => `variant-${i}`) : [];
  const runs = scales.flatMap((scale) => [...engineNames, ...(scale === 1 ? variantRuns : [])].map((name) => ({ name, scale })));
  for (const { name, scale } of runs) {
    log(`${name} ×${scale}…`);
    // Each engine in a fresh process: its timings see only its own heap and JIT state.
    const result = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, `--child=${name}:${scale}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", asJson ? "ignore" : "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`${name} ×${scale} failed (exit ${result.status})`);
    rows.push(...(JSON.parse(result.stdout) as Row[]));
  }
  if (asJson) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  printTable(rows);
}

function printTable(rows: Row[]) {
  const kb = (b: number) => `${(b / 1024).toFixed(b < 10240 ? 1 : 0)} KB`;
  const mb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : kb(b));
  const header = ["engine", "scale", "p50 ms", "p95 ms", "build s", "index (gzip)", "first query (gzip), median", "first query gzip, max", "recall@10"];
  const lines = rows.map((r) => [
    r.engine,
    `×${r.scale}`,
    r.p50Ms.toFixed(2),
    r.p95Ms.toFixed(2),
    (r.buildMs / 1000).toFixed(1),
    `${mb(r.indexBytes)} (${mb(r.indexGzipBytes)})`,
    `${mb(r.firstQueryBytes)} (${mb(r.firstQueryGzipBytes)})`,
    mb(r.firstQueryGzipBytesMax),
    `${r.recallAt10.toFixed(3)}${r.labelled < queries.filter((q) => q.relevant).length ? ` (${r.labelled} q)` : ""}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w, i) => (i >= 2 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const l of lines) console.log(fmt(l));
  const fuse = rows.filter((r) => r.engine === "fuse-plain");
  for (const r of rows.filter((x) => x.engine === "ours")) {
    const f = fuse.find((x) => x.scale === r.scale);
    if (f) console.log(`ours ×${r.scale}: ${(f.p50Ms / r.p50Ms).toFixed(0)}× faster than fuse-plain at the median, ${(f.p95Ms / r.p95Ms).toFixed(0)}× at p95`);
  }
  if (flag("verbose")) for (const r of rows) console.log(`slowest for ${r.engine} ×${r.scale}: ${r.slowest.join("; ")}`);
  const labelled = queries.filter((q) => q.relevant).map((q) => q.q);
  console.log(`\nRecall@10 by labelled query (×${rows[0]?.scale}):`);
  const first = rows.filter((r) => r.scale === rows[0]!.scale);
  console.log(["query".padEnd(38), ...first.map((r) => r.engine.slice(0, 10).padStart(10))].join(" "));
  for (const q of labelled) console.log([q.padEnd(38), ...first.map((r) => (r.recallByQuery[q] === undefined ? "—" : r.recallByQuery[q]!.toFixed(2)).padStart(10))].join(" "));
}

await main();
