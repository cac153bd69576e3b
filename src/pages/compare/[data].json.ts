/** The case data /compare/ fetches, one file per language under a content hash so it can be cached for good (src/lib/compare.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import type { Locale } from "../../i18n/strings.ts";
import { compareDataFile } from "../../lib/compare.ts";
import { siteLocales } from "../../lib/i18n.ts";

export const getStaticPaths: GetStaticPaths = () => siteLocales.map((locale) => ({ params: { data: compareDataFile(locale).name }, props: { locale } }));

export const GET: APIRoute = ({ props }) => new Response(compareDataFile((props as { locale: Locale }).locale).body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
