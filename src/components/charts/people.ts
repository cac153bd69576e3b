/** Chart 3: the fine against the number of people affected, log–log, marks by authority. */
import { peopleFinding, type PeoplePoint } from "../../domain/charts/fine-vs-people.ts";
import { authorityLabel, authorityMark, chartSvg, compact, decades, logAxisAt, logScale, scatterFrame, textWidth, xLogAxis, yLogAxis, type ChartContext } from "./frame.ts";
import { fill, h, type El } from "./tree.ts";
import { caseCell, dataTable, moneyWithEur } from "./table.ts";

export const peopleTip = (p: PeoplePoint, ctx: ChartContext) =>
  fill(ctx.t.tips.people, {
    name: p.name,
    authority: authorityLabel(ctx, p.authority),
    amount: moneyWithEur(ctx, p.fine),
    people: ctx.fmt.number(p.people),
  });

export function renderPeople(points: readonly PeoplePoint[], ctx: ChartContext, width: number, id = "chart-people"): El {
  const eur = compact(ctx.locale, "EUR");
  const left = logAxisAt(points.map((p) => p.fine.eur), (v) => eur.format(v), 58);
  const count = compact(ctx.locale);
  // The last tick's label ("10 mill.") is centred on the axis' end: room for its half.
  const right = width - Math.max(16, Math.ceil(textWidth(count.format(decades(points.map((p) => p.people))[1])) / 2 + 4));
  const desc = peopleText(points, ctx);
  const { legend, top, bottom, frame, empty } = scatterFrame(ctx, new Set(points.map((p) => p.authority)), { id, width, title: ctx.t.charts.people.title, desc }, [240, 380, 0.6]);
  if (empty) return empty;
  const x = logScale(points.map((p) => p.people), [left + 8, right]);
  const y = logScale(points.map((p) => p.fine.eur), [bottom, top]);
  return chartSvg(
    frame,
    legend,
    yLogAxis(y, left, right, (v) => eur.format(v), ctx.t.axis.eur),
    xLogAxis(x, bottom, top, (v) => count.format(v), ctx.t.axis.people),
    h("g", { class: "marks" }, points.map((p) => authorityMark(ctx, p.authority, p.sector, x(p.people), y(p.fine.eur), peopleTip(p, ctx)))),
  );
}

/** Euro per person: cents when it is under ten euro, so that a small figure does not read as 0. */
const perPerson = (ctx: ChartContext, eur: number) =>
  eur >= 10
    ? ctx.fmt.money(eur, "EUR")
    : new Intl.NumberFormat(ctx.locale, { style: "currency", currency: "EUR", currencyDisplay: "code", maximumFractionDigits: 2 }).format(eur);

export function peopleText(points: readonly PeoplePoint[], ctx: ChartContext): string {
  const f = peopleFinding(points);
  const t = ctx.t.charts.people.findings;
  if (f.rho === undefined || f.medianPerPerson === undefined) return fill(t["too-few"], { n: f.cases });
  const strength = f.rho >= 0.6 ? t.strong : f.rho >= 0.3 ? t.moderate : f.rho > -0.3 ? t.weak : t.negative;
  return fill(t["rank-correlation"], {
    n: f.cases,
    strength,
    rho: new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(f.rho),
    perPerson: perPerson(ctx, f.medianPerPerson),
  });
}

export function peopleTable(points: readonly PeoplePoint[], ctx: ChartContext, captionId: string): El {
  const c = ctx.t.columns;
  return dataTable(
    captionId,
    fill(ctx.t.charts.people.caption, { n: points.length }),
    [c.case, c.authority, { label: c.people, num: true }, { label: c.fine, num: true }, { label: c.perPerson, num: true }],
    points.map((p) => [
      caseCell(p, ctx),
      authorityLabel(ctx, p.authority),
      { text: ctx.fmt.number(p.people), num: true },
      { text: moneyWithEur(ctx, p.fine), num: true },
      { text: perPerson(ctx, p.fine.eur / p.people), num: true },
    ]),
  );
}
