/** Chart 2: notice → decision for every case with both, lines labelled with the change in percent. */
import { slopeFinding, type SlopeItem } from "../../domain/charts/notice-to-final.ts";
import { authorityLabel, chartSvg, compact, cut, emptyNote, legend, logAxisAt, logScale, yLogAxis, type ChartContext } from "./frame.ts";
import { fill, h, r1, type El } from "./tree.ts";
import { caseCell, dataTable } from "./table.ts";

type Direction = "lowered" | "unchanged" | "raised";
const direction = (i: SlopeItem): Direction => (i.change < 0 ? "lowered" : i.change > 0 ? "raised" : "unchanged");

export const slopeTip = (i: SlopeItem, ctx: ChartContext) =>
  fill(ctx.t.tips.slope, {
    name: i.name,
    authority: authorityLabel(ctx, i.authority),
    notice: ctx.fmt.money(i.notice.amount, i.currency),
    final: ctx.fmt.money(i.final.amount, i.currency),
    change: ctx.fmt.percent(i.change),
  });

/**
 * Spreads labels (sorted by their wanted y) at least `gap` apart: pushed down from the top, then,
 * where that runs past `max`, pushed back up, so they stay beside the plot when there is room.
 */
function spread(wanted: number[], gap: number, min: number, max: number): number[] {
  const out: number[] = [];
  for (const w of wanted) out.push(Math.max(w, (out.at(-1) ?? min - gap) + gap));
  for (let k = out.length - 1; k >= 0; k--) out[k] = Math.max(min, Math.min(out[k]!, k === out.length - 1 ? max : out[k + 1]! - gap));
  return out;
}

export function renderSlope(items: readonly SlopeItem[], ctx: ChartContext, width: number, id = "chart-slope"): El {
  const t = ctx.t;
  const lg = legend(
    (["lowered", "unchanged", "raised"] as const).map((d) => ({
      glyph: h("line", { class: `slope ${d}`, x1: -7, x2: 7, y1: d === "lowered" ? -5 : d === "raised" ? 5 : 0, y2: d === "lowered" ? 5 : d === "raised" ? -5 : 0 }),
      label: t.change[d],
    })),
    8,
    12,
    width - 16,
  );
  const top = lg.height + 40;
  const bottom = top + Math.max(260, Math.min(380, width * 0.55));
  const frame = { id, width, height: bottom + 30, title: t.charts.slope.title, desc: slopeText(items, ctx) };
  if (items.length === 0) return chartSvg(frame, lg.el, emptyNote(t.empty, width, (top + bottom) / 2));
  // The slope takes what the labels leave: labels need about 12 characters at least.
  const labelRoom = Math.min(230, Math.max(110, width * 0.4));
  const eur = compact(ctx.locale, "EUR");
  const amounts = items.flatMap((i) => [i.notice.eur, i.final.eur]);
  const x0 = logAxisAt(amounts, (v) => eur.format(v), 54) + 10;
  const x1 = Math.max(x0 + 80, width - labelRoom - 10);
  const y = logScale(amounts, [bottom, top]);
  // The changed cases are labelled at the right, spread apart; unchanged ones share the legend's word.
  const labelled = items.filter((i) => i.change !== 0).sort((a, b) => y(a.final.eur) - y(b.final.eur));
  const ys = spread(labelled.map((i) => y(i.final.eur)), 13, top, bottom);
  // Spread labels may run below the plot: the frame grows with them.
  frame.height = Math.max(frame.height, (ys.at(-1) ?? 0) + 14);
  return chartSvg(
    frame,
    lg.el,
    yLogAxis(y, x0 - 10, x1, (v) => eur.format(v), t.axis.eurAtDecision),
    h(
      "g",
      { class: "axis", "aria-hidden": "true" },
      h("text", { class: "axis-label", x: x0, y: r1(bottom + 20), "text-anchor": "middle" }, t.axis.notice),
      h("text", { class: "axis-label", x: x1, y: r1(bottom + 20), "text-anchor": "middle" }, t.axis.decision),
    ),
    h(
      "g",
      { class: "marks" },
      items.map((i) =>
        h(
          "g",
          { class: `slope-case ${direction(i)}`, "data-tip": slopeTip(i, ctx) },
          h("line", { class: `slope ${direction(i)}`, x1: x0, x2: r1(x1), y1: r1(y(i.notice.eur)), y2: r1(y(i.final.eur)) }),
          h("circle", { class: `end ${direction(i)}`, cx: x0, cy: r1(y(i.notice.eur)), r: 3 }),
          h("circle", { class: `end ${direction(i)}`, cx: r1(x1), cy: r1(y(i.final.eur)), r: 3 }),
        ),
      ),
    ),
    h(
      "g",
      { class: "slope-labels", "aria-hidden": "true" },
      labelled.map((i, k) => {
        const text = `${ctx.fmt.percent(i.change)} ${i.name}`;
        return [
          h("line", { class: "leader", x1: r1(x1 + 4), x2: r1(x1 + 12), y1: r1(y(i.final.eur)), y2: r1(ys[k]!) }),
          h("text", { class: "slope-label", x: r1(x1 + 14), y: r1(ys[k]!), "dominant-baseline": "middle" }, cut(text, width - x1 - 18, 11)),
        ];
      }),
    ),
  );
}

export function slopeText(items: readonly SlopeItem[], ctx: ChartContext): string {
  const f = slopeFinding(items);
  const t = ctx.t.charts.slope.findings;
  if (f.median === undefined) return fill(t.none, {});
  return fill(t["median-change"], { n: f.cases, median: ctx.fmt.percent(f.median), lowered: f.lowered, unchanged: f.unchanged, raised: f.raised });
}

export function slopeTable(items: readonly SlopeItem[], ctx: ChartContext, captionId: string): El {
  const c = ctx.t.columns;
  return dataTable(
    captionId,
    fill(ctx.t.charts.slope.caption, { n: items.length }),
    [c.case, c.authority, { label: c.notice, num: true }, { label: c.decision, num: true }, { label: c.change, num: true }],
    items.map((i) => [
      caseCell(i, ctx),
      authorityLabel(ctx, i.authority),
      { text: ctx.fmt.money(i.notice.amount, i.currency), num: true },
      { text: ctx.fmt.money(i.final.amount, i.currency), num: true },
      { text: ctx.fmt.percent(i.change), num: true },
    ]),
  );
}
