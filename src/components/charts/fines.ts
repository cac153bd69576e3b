/** Chart 1: fines over time by authority, in euro on a log scale, public bodies filled. */
import { finesFinding, type FinePoint } from "../../domain/charts/fines-over-time.ts";
import { authorityLabel, authorityMark, chartSvg, compact, linearScale, logAxisAt, logScale, scatterFrame, xYearAxis, yLogAxis, type ChartContext } from "./frame.ts";
import { fill, h, type El } from "./tree.ts";
import { caseCell, dataTable, moneyWithEur } from "./table.ts";

export const finesTip = (p: FinePoint, ctx: ChartContext) =>
  fill(ctx.t.tips.fine, {
    name: p.name,
    authority: authorityLabel(ctx, p.authority),
    amount: moneyWithEur(ctx, p.fine),
    date: ctx.fmt.date(p.fine.date),
    sector: ctx.t.sector[p.sector],
  });

export function renderFines(points: readonly FinePoint[], ctx: ChartContext, width: number, id = "chart-fines"): El {
  const eur = compact(ctx.locale, "EUR");
  const left = logAxisAt(points.map((p) => p.fine.eur), (v) => eur.format(v), 58);
  const right = width - 14;
  const desc = finesText(points, ctx);
  const { legend, top, bottom, frame, empty } = scatterFrame(ctx, new Set(points.map((p) => p.authority)), { id, width, title: ctx.t.charts.fines.title, desc }, [220, 340, 0.5]);
  if (empty) return empty;
  const xs = points.map((p) => p.x);
  const x = linearScale().domain([Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))]).range([left + 8, right - 6]);
  const y = logScale(points.map((p) => p.fine.eur), [bottom, top]);
  return chartSvg(
    frame,
    legend,
    yLogAxis(y, left, right, (v) => eur.format(v), ctx.t.axis.eur),
    xYearAxis(x, bottom, top, ctx.t.axis.year),
    h("g", { class: "marks" }, points.map((p) => authorityMark(ctx, p.authority, p.sector, x(p.x), y(p.fine.eur), finesTip(p, ctx)))),
  );
}

export function finesText(points: readonly FinePoint[], ctx: ChartContext): string {
  const f = finesFinding(points);
  const t = ctx.t.charts.fines.findings;
  if (f.kind === "too-few-public") return fill(t["too-few-public"], { n: f.cases, min: f.minCases });
  const values = { authority: authorityLabel(ctx, f.authority), median: ctx.fmt.money(f.median, "EUR"), n: f.cases };
  return f.runnerUp
    ? fill(t["public-median"], { ...values, second: authorityLabel(ctx, f.runnerUp.authority), secondMedian: ctx.fmt.money(f.runnerUp.median, "EUR"), secondN: f.runnerUp.cases })
    : fill(t["public-median-alone"], values);
}

export function finesTable(points: readonly FinePoint[], ctx: ChartContext, captionId: string): El {
  const c = ctx.t.columns;
  return dataTable(
    captionId,
    fill(ctx.t.charts.fines.caption, { n: points.length }),
    [c.case, c.authority, c.sector, c.date, { label: c.fine, num: true }],
    [...points].reverse().map((p) => [
      caseCell(p, ctx),
      authorityLabel(ctx, p.authority),
      ctx.t.sector[p.sector],
      ctx.fmt.shortDate(p.fine.date),
      { text: moneyWithEur(ctx, p.fine), num: true },
    ]),
  );
}
