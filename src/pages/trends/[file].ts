import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds, type ChartId } from "../../domain/charts/index.ts";
import { chartCsv } from "../../domain/charts/csv.ts";
import { chartViews, BUILD_WIDTH } from "../../components/charts/index.ts";
import { standaloneSvg } from "../../components/charts/standalone.ts";
import { authorityLabel } from "../../components/charts/frame.ts";
import { allTrends, chartContext } from "../../lib/trends.ts";
import { i18nFor } from "../../lib/i18n.ts";
import { defaultLocale } from "../../i18n/strings.ts";

/** Each chart of /trends/ as files: its data as CSV (all cases) and the chart as a standalone SVG. */
export const getStaticPaths = (() =>
  chartIds.flatMap((id) => (["csv", "svg"] as const).map((ext) => ({ params: { file: `${id}.${ext}` }, props: { id, ext } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { id, ext } = props as { id: ChartId; ext: "csv" | "svg" };
  const ctx = chartContext(i18nFor(defaultLocale));
  const data = allTrends();
  if (ext === "csv") {
    return new Response(chartCsv(id, data, (a) => authorityLabel(ctx, a)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  }
  const view = chartViews[id] as (typeof chartViews)["fines"];
  const svg = view.render(data[id] as typeof data.fines, ctx, BUILD_WIDTH, `chart-${id}`);
  return new Response(standaloneSvg(svg), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
