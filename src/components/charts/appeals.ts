/** Chart 5: what happened on appeal, one bar per outcome, the cases named in each bar's label. */
import { appealCounts, appealFinding, appealOutcomes, type AppealItem, type AppealOutcome } from "../../domain/charts/appeals.ts";
import { authorityLabel, chartSvg, cut, emptyNote, linearScale, textWidth, type ChartContext } from "./frame.ts";
import { fill, h, r1, type El } from "./tree.ts";
import { dataTable } from "./table.ts";

/** Cases with no word on an appeal are counted in the finding, not drawn: they would dwarf the rest. */
const drawn = appealOutcomes.filter((o) => o !== "not-recorded");

export function renderAppeals(items: readonly AppealItem[], ctx: ChartContext, width: number, id = "chart-appeals"): El {
  const t = ctx.t;
  const { total } = appealCounts(items);
  const names = (o: AppealOutcome) => items.filter((i) => i.outcome === o).map((i) => i.name);
  const outcomes = drawn.filter((o) => total[o] > 0);
  const labelWidth = Math.min(260, width * 0.5, Math.max(...outcomes.map((o) => textWidth(t.appealOutcome[o])), 80) + 8);
  const x0 = 8 + labelWidth;
  const x1 = width - 40;
  const bar = 22;
  const gap = 10;
  const top = 16;
  const height = top + outcomes.length * (bar + gap) + 36;
  const frame = { id, width, height, title: t.charts.appeals.title, desc: appealsText(items, ctx) };
  if (outcomes.length === 0) return chartSvg({ ...frame, height: 80 }, emptyNote(t.empty, width, 40));
  const x = linearScale().domain([0, Math.max(...outcomes.map((o) => total[o]))]).range([x0, x1]).nice();
  const bottom = top + outcomes.length * (bar + gap);
  return chartSvg(
    frame,
    h(
      "g",
      { class: "axis", "aria-hidden": "true" },
      x.ticks(Math.max(2, Math.floor((x1 - x0) / 60))).filter(Number.isInteger).map((v) => [
        h("line", { class: "grid", x1: r1(x(v)), x2: r1(x(v)), y1: top - 4, y2: r1(bottom) }),
        h("text", { class: "tick-label", x: r1(x(v)), y: r1(bottom + 14), "text-anchor": "middle" }, ctx.fmt.number(v)),
      ]),
      h("text", { class: "axis-label", x: r1(x1), y: r1(bottom + 30), "text-anchor": "end" }, t.axis.cases),
    ),
    h(
      "g",
      { class: "marks" },
      outcomes.map((o, k) => {
        const yy = top + k * (bar + gap);
        const tip = fill(t.tips.appeal, { outcome: t.appealOutcome[o], n: total[o], cases: names(o).join("; ") });
        return h(
          "g",
          { class: "bar-case", "data-outcome": o, "data-tip": tip },
          h("text", { class: "row-label", x: r1(x0 - 6), y: r1(yy + bar / 2), "text-anchor": "end", "dominant-baseline": "middle" }, cut(t.appealOutcome[o], labelWidth - 8)),
          h("rect", { class: `bar ${ruledClass(o)}`, x: r1(x0), y: r1(yy), width: r1(Math.max(1, x(total[o]) - x0)), height: bar }),
          h("text", { class: "bar-label", x: r1(x(total[o]) + 5), y: r1(yy + bar / 2), "dominant-baseline": "middle" }, ctx.fmt.number(total[o])),
        );
      }),
    ),
  );
}

/** Bars of ruled appeals are solid; the rest (pending, not known, not appealed) hatched by class. */
const ruledClass = (o: AppealOutcome) =>
  o === "lowered" || o === "annulled" ? "down" : o === "raised" ? "upward" : o === "upheld" || o === "set-on-appeal" ? "same" : "open";

export function appealsText(items: readonly AppealItem[], ctx: ChartContext): string {
  const f = appealFinding(items);
  const t = ctx.t.charts.appeals.findings;
  const notRecorded = f.cases - f.appealed - appealCounts(items).total["not-appealed"];
  if (f.ruled === 0) return fill(t["none-ruled"], { n: f.cases, appealed: f.appealed, notRecorded });
  return fill(t["appeal-lowered"], { n: f.cases, appealed: f.appealed, ruled: f.ruled, lowered: f.lowered, notRecorded });
}

export function appealsTable(items: readonly AppealItem[], ctx: ChartContext, captionId: string): El {
  const { total, byAuthority } = appealCounts(items);
  const authorities = ctx.authorities.filter((a) => byAuthority[a.id]);
  return dataTable(
    captionId,
    fill(ctx.t.charts.appeals.caption, { n: items.length }),
    [ctx.t.columns.outcome, ...authorities.map((a) => ({ label: authorityLabel(ctx, a.id), num: true })), { label: ctx.t.columns.total, num: true }],
    appealOutcomes.map((o) => [
      ctx.t.appealOutcome[o],
      ...authorities.map((a) => ({ text: ctx.fmt.number(byAuthority[a.id]![o]), num: true })),
      { text: ctx.fmt.number(total[o]), num: true },
    ]),
  );
}
