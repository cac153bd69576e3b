/**
 * The search Web Worker: loads the index manifest, then answers queries with the domain engine,
 * fetching only the shards each query needs. Runs off the main thread so typing never waits for
 * a query; a query overtaken by a newer one before it is scored is dropped.
 */
import { SearchEngine, type SearchFilters } from "../domain/search/engine.ts";

export type WorkerRequest =
  | { type: "init"; indexBase: string }
  | { type: "search"; id: number; query: string; filters: SearchFilters; limit: number };

export type WorkerResponse =
  | { type: "ready"; facets: ReturnType<SearchEngine["facets"]>; records: number }
  | { type: "results"; id: number; result: Awaited<ReturnType<SearchEngine["search"]>>; ms: number }
  | { type: "error"; id?: number; message: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

let engine: Promise<SearchEngine> | undefined;
let latest = 0;

scope.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    const base = msg.indexBase.endsWith("/") ? msg.indexBase : `${msg.indexBase}/`;
    engine = SearchEngine.open(async (path) => {
      const response = await fetch(base + path);
      if (!response.ok) throw new Error(`${base + path}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    try {
      const e = await engine;
      scope.postMessage({ type: "ready", facets: e.facets(), records: e.manifest.records.length });
    } catch (error) {
      scope.postMessage({ type: "error", message: (error as Error).message });
    }
    return;
  }
  if (msg.type === "search") {
    latest = msg.id;
    try {
      if (!engine) throw new Error("search index not loaded");
      const e = await engine;
      if (msg.id !== latest) return;
      const started = performance.now();
      const result = await e.search(msg.query, { filters: msg.filters, limit: msg.limit });
      if (msg.id !== latest) return;
      scope.postMessage({ type: "results", id: msg.id, result, ms: performance.now() - started });
    } catch (error) {
      scope.postMessage({ type: "error", id: msg.id, message: (error as Error).message });
    }
  }
};
