import type { APIRoute } from "astro";
import { decisionListFiles } from "../../lib/decisions.ts";

/**
 * All rows of the decision library for the filter script, under a name that changes with its
 * content: one file per locale (the rows carry country names, dates and amounts in its words).
 */
export function getStaticPaths() {
  return decisionListFiles().map((list) => ({ params: { file: list.file }, props: { json: list.json } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
