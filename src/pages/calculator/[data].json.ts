/** The estimator's data the calculator fetches after hydration, under a content hash (see build.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { estimatorDataFile } from "../../components/calculator/build.ts";

export const getStaticPaths: GetStaticPaths = () => [{ params: { data: estimatorDataFile().name } }];

export const GET: APIRoute = () => new Response(estimatorDataFile().body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
