/** The case data /compare/ fetches, under a content hash so it can be cached for good (src/lib/compare.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { compareDataFile } from "../../lib/compare.ts";

export const getStaticPaths: GetStaticPaths = () => [{ params: { data: compareDataFile().name } }];

export const GET: APIRoute = () => new Response(compareDataFile().body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
