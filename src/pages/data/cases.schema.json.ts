import type { APIRoute } from "astro";
import { caseJsonSchema } from "../../domain/export.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(caseJsonSchema(), null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
