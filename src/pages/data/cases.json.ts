import type { APIRoute } from "astro";
import { casesToJson } from "../../domain/export.ts";
import { library } from "../../lib/library.ts";
import { exportContext } from "../../lib/exports.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(casesToJson(library().cases, exportContext(site)), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
