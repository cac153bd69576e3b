/**
 * Chart 4: a heat-map of cases × the factors (a)–(k) of Article 83(2). Each cell carries a sign as
 * well as a colour: + aggravating, − mitigating, = neutral, empty when not assessed.
 */
import { factorFinding, isAssessed, type FactorRow } from "../../domain/charts/factor-matrix.ts";
import type { FactorDirection } from "../../domain/factors.ts";
import { authorityLabel, chartSvg, cut, emptyNote, legend, type ChartContext } from "./frame.ts";
import { fill, h, r1, type El } from "./tree.ts";
import { caseCell, dataTable } from "./table.ts";

export const directionSign: Record<FactorDirection, string> = { aggravating: "+", mitigating: "−", neutral: "=", "not-assessed": "" };
const CELL = 16;
const ROW = 15;

/** A cell: its box (the mark, labelled) and its sign; the row's group names the case. */
const cell = (d: FactorDirection, x: number, y: number, tip: string | undefined) => [
  h("rect", { class: `cell-box ${d}`, x: r1(x + 0.5), y: r1(y + 0.5), width: CELL - 2, height: ROW - 2, rx: 2, "data-tip": tip }),
  directionSign[d] && h("text", { class: "cell-sign", x: r1(x + (CELL - 1) / 2), y: r1(y + ROW / 2 + 0.5) }, directionSign[d]),
];

export function renderFactors(rows: readonly FactorRow[], ctx: ChartContext, width: number, id = "chart-factors"): El {
  const t = ctx.t;
  const shown = rows.filter(isAssessed);
  const lg = legend(
    (["aggravating", "neutral", "mitigating", "not-assessed"] as const).map((d) => ({
      glyph: h("g", { "text-anchor": "middle", "dominant-baseline": "middle" }, cell(d, -7, -7, undefined)),
      label: ctx.directions[d],
    })),
    8,
    12,
    width - 16,
  );
  const gridWidth = ctx.factors.length * CELL;
  const labelWidth = Math.min(260, width - gridWidth - 16);
  const gx = 8 + labelWidth + 6;
  const head = lg.height + 30;
  // Group headings: one line per authority, before its cases.
  let yy = head + 8;
  const parts: El[] = [];
  let last: string | undefined;
  for (const row of shown) {
    if (row.authority !== last) {
      yy += last === undefined ? 4 : 10;
      parts.push(h("text", { class: "group-label", x: 8, y: r1(yy + ROW / 2), "dominant-baseline": "middle", "aria-hidden": "true" }, cut(authorityLabel(ctx, row.authority), width - 16)));
      yy += ROW + 2;
      last = row.authority;
    }
    parts.push(
      h("text", { class: "row-label", x: 8, y: r1(yy + ROW / 2), "dominant-baseline": "middle", "aria-hidden": "true" }, cut(row.name, labelWidth, 11)),
      h(
        "g",
        { class: "cells", "data-tip-prefix": row.name, "text-anchor": "middle", "dominant-baseline": "middle" },
        row.directions.map((d, i) => cell(d, gx + i * CELL, yy, fill(t.tips.factor, { letter: ctx.factors[i]!.letter, direction: ctx.directions[d] }))),
      ),
    );
    yy += ROW;
  }
  // The key to the letters, under the grid.
  yy += 24;
  const key = ctx.factors.map((f, i) =>
    h("text", { class: "legend-label", x: 8, y: r1(yy + i * 16), "dominant-baseline": "middle" }, cut(`(${f.letter}) ${f.label}`, width - 16)),
  );
  yy += ctx.factors.length * 16;
  const frame = { id, width, height: yy + 4, title: t.charts.factors.title, desc: factorsText(rows, ctx), step: ctx.factors.length };
  if (shown.length === 0) return chartSvg({ ...frame, height: head + 80 }, lg.el, emptyNote(t.empty, width, head + 40));
  return chartSvg(
    frame,
    lg.el,
    h(
      "g",
      { class: "axis", "aria-hidden": "true" },
      ctx.factors.map((f, i) => h("text", { class: "tick-label", x: r1(gx + i * CELL + (CELL - 1) / 2), y: head, "text-anchor": "middle" }, f.letter)),
    ),
    h("g", { class: "marks" }, parts),
    h("g", { class: "legend", "aria-hidden": "true" }, key),
  );
}

export function factorsText(rows: readonly FactorRow[], ctx: ChartContext): string {
  const f = factorFinding(rows);
  const t = ctx.t.charts.factors.findings;
  if (f.kind === "none-assessed") return fill(t["none-assessed"], { n: f.cases });
  const label = (letter: string) => `(${letter}) ${ctx.factors.find((x) => x.letter === letter)?.label ?? ""}`;
  const values = { n: f.cases, aggravating: label(f.aggravating.letter), aggravatingN: f.aggravating.count, without: f.withoutAssessment };
  return f.mitigating
    ? fill(t["most-weighed"], { ...values, mitigating: label(f.mitigating.letter), mitigatingN: f.mitigating.count })
    : fill(t["most-weighed-no-mitigating"], values);
}

export function factorsTable(rows: readonly FactorRow[], ctx: ChartContext, captionId: string): El {
  const shown = rows.filter(isAssessed);
  return dataTable(
    captionId,
    fill(ctx.t.charts.factors.caption, { n: shown.length }),
    [ctx.t.columns.case, ctx.t.columns.authority, ...ctx.factors.map((f) => `(${f.letter})`)],
    shown.map((r) => [
      caseCell(r, ctx),
      authorityLabel(ctx, r.authority),
      ...r.directions.map((d) => (d === "not-assessed" ? "—" : `${directionSign[d]} ${ctx.directions[d]}`)),
    ]),
  );
}
