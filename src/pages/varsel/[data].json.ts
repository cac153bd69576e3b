/** The data /varsel/'s island fetches, one file per language under a content hash (see src/lib/varsel.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import type { Locale } from "../../i18n/strings.ts";
import { siteLocales } from "../../lib/i18n.ts";
import { varselDataFile } from "../../lib/varsel.ts";

// varsel.en.<hash>.json and varsel.nb.<hash>.json: the island gets our texts in its page's language.
export const getStaticPaths: GetStaticPaths = () => siteLocales.map((locale) => ({ params: { data: varselDataFile(locale).name }, props: { locale } }));

export const GET: APIRoute = ({ props }) => new Response(varselDataFile((props as { locale: Locale }).locale).body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
