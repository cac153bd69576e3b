/**
 * Emits the static search index at build time: the manifest, dictionary buckets, postings blocks
 * and text packs built by src/domain/search/build.ts from the same library as the pages.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { library } from "../../lib/library.ts";
import { buildLibraryIndex } from "../../domain/search/node.ts";
import type { BuiltIndex } from "../../domain/search/build.ts";

let built: BuiltIndex | undefined;
const searchIndex = () => (built ??= buildLibraryIndex(library()));

export const getStaticPaths: GetStaticPaths = () => [...searchIndex().files.keys()].map((path) => ({ params: { path } }));

export const GET: APIRoute = ({ params }) => {
  const path = params.path ?? "";
  const bytes = searchIndex().files.get(path);
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": path.endsWith(".json") ? "application/json" : "application/octet-stream" },
  });
};
