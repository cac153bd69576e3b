import type { APIRoute } from "astro";
import { decisionList } from "../../lib/decisions.ts";

/** All rows of the decision library for the filter script, under a name that changes with its content. */
export function getStaticPaths() {
  return [{ params: { file: decisionList().file } }];
}

export const GET: APIRoute = () =>
  new Response(decisionList().json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
