import type { APIRoute } from "astro";
import { casesExportJsonSchema } from "../../domain/export.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(casesExportJsonSchema(), null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
