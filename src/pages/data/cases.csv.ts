import type { APIRoute } from "astro";
import { casesToCsv } from "../../domain/export.ts";
import { library } from "../../lib/library.ts";
import { exportContext } from "../../lib/exports.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(casesToCsv(library().cases, exportContext(site)) + "\n", {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
