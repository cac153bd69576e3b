/** The data /varsel/'s island fetches, under a content hash (see src/lib/varsel.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { varselDataFile } from "../../lib/varsel.ts";

export const getStaticPaths: GetStaticPaths = () => [{ params: { data: varselDataFile().name } }];

export const GET: APIRoute = () => new Response(varselDataFile().body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
