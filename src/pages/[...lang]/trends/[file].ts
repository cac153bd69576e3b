import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds, type ChartId } from "../../../domain/charts/index.ts";
import { chartCsvText } from "../../../components/charts/csv.ts";
import { chartSvgFile } from "../../../components/charts/standalone.ts";
import { allTrends, chartContext } from "../../../lib/trends.ts";
import { i18nFor, localePaths } from "../../../lib/i18n.ts";
import type { Locale } from "../../../i18n/strings.ts";

/**
 * Each chart of /trends/ as files in each language (/trends/fines.csv, /nb/trends/fines.csv): its
 * data as CSV (all cases) and the chart as a standalone SVG, named and worded as the page is.
 */
export const getStaticPaths = (() =>
  localePaths((locale) =>
    chartIds.flatMap((id) => (["csv", "svg"] as const).map((ext) => ({ params: { file: `${id}.${ext}` }, props: { id, ext, locale } }))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { id, ext, locale } = props as { id: ChartId; ext: "csv" | "svg"; locale: Locale };
  const ctx = chartContext(i18nFor(locale));
  return ext === "csv"
    ? new Response(chartCsvText(id, allTrends(), ctx), { headers: { "Content-Type": "text/csv; charset=utf-8" } })
    : new Response(chartSvgFile(id, allTrends(), ctx), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
