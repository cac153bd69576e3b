/**
 * What the five charts share: the context they are drawn in (strings, formatters, authorities),
 * the SVG frame with its title and description, log and linear axes, authority marks (a colour and
 * a shape each; filled for public bodies, hollow for others) and a legend that wraps to the width.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from "d3-scale";
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolStar, symbolWye } from "d3-shape";
import type { Formatters } from "../../domain/format.ts";
import type { Strings } from "../../i18n/strings.ts";
import type { FactorLetter } from "../../domain/factors.ts";
import type { Sector } from "../../domain/charts/common.ts";
import { h, r1, type Child, type El } from "./tree.ts";

export interface AuthorityInfo {
  id: string;
  name: string;
  country: string;
}

/** Everything a chart needs besides its data; plain data, so the page can hand it to the browser. */
export interface ChartText {
  /** Intl locale, e.g. "en-GB". */
  locale: string;
  t: Strings["trends"];
  directions: Strings["direction"];
  countries: Strings["countries"];
  /** In the order that gives each its colour and shape. */
  authorities: AuthorityInfo[];
  factors: { letter: FactorLetter; label: string }[];
  /** Link prefix of case pages in the page's locale, e.g. "/cases/". */
  caseBase: string;
  /** The CSV files word the coded values (Norge, Skjerpende) instead of keeping the codes (NO, aggravating). */
  csvWords: boolean;
}

export interface ChartContext extends ChartText {
  fmt: Formatters;
}

export const FONT = 12;
/** A rough width of a text in the chart font: labels are placed and cut with it. */
export const textWidth = (text: string, size = FONT) => text.length * size * 0.6;
/** Cuts a label to fit `width`, with an ellipsis. */
export function cut(text: string, width: number, size = FONT): string {
  const max = Math.max(4, Math.floor(width / (size * 0.6)));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export const authorityName = (ctx: ChartText, id: string) => ctx.authorities.find((a) => a.id === id)?.name ?? id;
export const authorityLabel = (ctx: ChartText, id: string) => {
  const a = ctx.authorities.find((x) => x.id === id);
  return a ? `${a.name} (${ctx.countries[a.country as keyof ChartText["countries"]] ?? a.country})` : id;
};

const shapes = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye];
const palette = 6;
const authorityIndex = (ctx: ChartText, id: string) => Math.max(0, ctx.authorities.findIndex((a) => a.id === id)) % palette;
const shapePath = (i: number, size = 70) => symbol(shapes[i % shapes.length]!, size)()!;

/** An authority's mark at (x, y): its colour and shape, filled for a public body. */
export function authorityMark(ctx: ChartText, authority: string, sector: Sector, x: number, y: number, tip: string): El {
  const i = authorityIndex(ctx, authority);
  return h("path", { class: `mark c${i + 1} ${sector}`, d: shapePath(i), transform: `translate(${r1(x)},${r1(y)})`, "data-tip": tip });
}

export interface SvgFrame {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** How far Up and Down move between marks (a row of a heat-map); 1 when absent. */
  step?: number;
}

/** The chart's <svg>: one tab stop, named by its title and described by its finding. */
export const chartSvg = (f: SvgFrame, ...children: Child[]): El =>
  h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "chart-svg",
      viewBox: `0 0 ${f.width} ${r1(f.height)}`,
      width: f.width,
      height: r1(f.height),
      role: "img",
      "aria-labelledby": `${f.id}-title`,
      "aria-describedby": `${f.id}-desc`,
      tabindex: 0,
      "data-step": f.step,
      "font-size": FONT,
    },
    h("title", { id: `${f.id}-title` }, f.title),
    h("desc", { id: `${f.id}-desc` }, f.desc),
    ...children,
  );

/** Whole powers of ten spanning the values: a log axis from 10^a to 10^b. */
export function decades(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo * 10;
  return [lo, hi];
}

export const logScale = (values: readonly number[], range: [number, number]): ScaleLogarithmic<number, number> =>
  scaleLog().domain(decades(values)).range(range);

const powers = (scale: ScaleLogarithmic<number, number>) => {
  const [lo, hi] = scale.domain() as [number, number];
  const out: number[] = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) out.push(v);
  return out;
};

/**
 * Where a vertical log axis of these values stands so that its widest tick label fits to its left
 * (the labels end 6 px before it), and never nearer the edge than `min`: "10 mill. €" needs more
 * room than "€10M".
 */
export const logAxisAt = (values: readonly number[], format: (v: number) => string, min: number) =>
  Math.max(min, Math.ceil(10 + Math.max(...powers(scaleLog().domain(decades(values))).map((v) => textWidth(format(v))))));

/** Compact figures for axis ticks: "€10K", "1M". */
export const compact = (locale: string, currency?: string) =>
  new Intl.NumberFormat(locale, { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1, ...(currency ? { style: "currency", currency, currencyDisplay: "narrowSymbol" } : {}) });

/** A vertical log axis at `x`, its grid across to `x1`; ticks at the powers of ten. */
export function yLogAxis(scale: ScaleLogarithmic<number, number>, x: number, x1: number, format: (v: number) => string, label: string): El {
  return h(
    "g",
    { class: "axis", "aria-hidden": "true" },
    powers(scale).map((v) => [
      h("line", { class: "grid", x1: r1(x), x2: r1(x1), y1: r1(scale(v)), y2: r1(scale(v)) }),
      h("text", { class: "tick-label", x: r1(x - 6), y: r1(scale(v)), "text-anchor": "end", "dominant-baseline": "middle" }, format(v)),
    ]),
    h("text", { class: "axis-label", x: r1(x - 6), y: r1(Math.min(...(scale.range() as number[])) - 12), "text-anchor": "start" }, label),
  );
}

/** A horizontal log axis at `y`, grid up to `y0`; labels thinned when they would crowd. */
export function xLogAxis(scale: ScaleLogarithmic<number, number>, y: number, y0: number, format: (v: number) => string, label: string): El {
  const ticks = powers(scale);
  const gap = ticks.length > 1 ? scale(ticks[1]!) - scale(ticks[0]!) : Infinity;
  const every = gap < 38 ? 2 : 1;
  return xAxisGroup(ticks.map((v, i) => ({ x: scale(v), label: i % every === 0 ? format(v) : undefined })), y, y0, label, scale.range() as [number, number]);
}

/** A horizontal axis of years. */
export function xYearAxis(scale: ScaleLinear<number, number>, y: number, y0: number, label: string): El {
  const [a, b] = scale.domain() as [number, number];
  const years: number[] = [];
  for (let v = Math.ceil(a); v <= b; v++) years.push(v);
  const gap = years.length > 1 ? scale(years[1]!) - scale(years[0]!) : Infinity;
  const every = Math.ceil(40 / gap);
  return xAxisGroup(years.map((v, i) => ({ x: scale(v), label: i % every === 0 ? String(v) : undefined })), y, y0, label, scale.range() as [number, number]);
}

function xAxisGroup(ticks: { x: number; label: string | undefined }[], y: number, y0: number, label: string, range: [number, number]): El {
  return h(
    "g",
    { class: "axis", "aria-hidden": "true" },
    h("line", { class: "baseline", x1: r1(range[0]), x2: r1(range[1]), y1: r1(y), y2: r1(y) }),
    ticks.map((t) => [
      h("line", { class: "grid", x1: r1(t.x), x2: r1(t.x), y1: r1(y0), y2: r1(y) }),
      t.label !== undefined && h("text", { class: "tick-label", x: r1(t.x), y: r1(y + 16), "text-anchor": "middle" }, t.label),
    ]),
    h("text", { class: "axis-label", x: r1(range[1]), y: r1(y + 34), "text-anchor": "end" }, label),
  );
}

export const linearScale = scaleLinear;

export interface LegendItem {
  /** Drawn in a 14×14 box whose centre is (0, 0). */
  glyph: El;
  label: string;
}

/** Legend entries left to right, wrapping at `width`; returns the group and its height. */
export function legend(items: readonly LegendItem[], x: number, y: number, width: number): { el: El; height: number } {
  const row = 18;
  let cx = x;
  let cy = y;
  const placed = items.map((item) => {
    const w = 20 + textWidth(item.label) + 14;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += row;
    }
    const g = h("g", { transform: `translate(${r1(cx + 7)},${r1(cy)})` }, item.glyph, h("text", { class: "legend-label", x: 13, y: 0, "dominant-baseline": "middle" }, item.label));
    cx += w;
    return g;
  });
  return { el: h("g", { class: "legend", "aria-hidden": "true" }, placed), height: cy - y + row };
}

/** The legend of the authority marks: one entry per authority shown, then filled vs hollow. */
export function authorityLegend(ctx: ChartText, shown: ReadonlySet<string>, x: number, y: number, width: number) {
  const items: LegendItem[] = ctx.authorities
    .filter((a) => shown.has(a.id))
    .map((a) => {
      const i = authorityIndex(ctx, a.id);
      return { glyph: h("path", { class: `mark c${i + 1} public`, d: shapePath(i) }), label: authorityLabel(ctx, a.id) };
    });
  items.push(
    { glyph: h("path", { class: "mark c0 public", d: shapePath(0) }), label: ctx.t.legend.public },
    { glyph: h("path", { class: "mark c0 private", d: shapePath(0) }), label: ctx.t.legend.private },
  );
  return legend(items, x, y, width);
}

/** An empty chart says so instead of drawing axes over nothing. */
export const emptyNote = (text: string, width: number, y: number) =>
  h("text", { class: "empty-note", x: r1(width / 2), y: r1(y), "text-anchor": "middle" }, text);

/**
 * The frame of a scatter of authority marks (fines over time, fine against people): the legend on
 * top, then a plot whose height follows the width within [min, max]; `empty` when there is nothing.
 */
export function scatterFrame(ctx: ChartText, shown: ReadonlySet<string>, f: { id: string; width: number; title: string; desc: string }, height: [number, number, number]) {
  const lg = authorityLegend(ctx, shown, 8, 12, f.width - 16);
  const top = lg.height + 34;
  const bottom = top + Math.max(height[0], Math.min(height[1], f.width * height[2]));
  const frame: SvgFrame = { ...f, height: bottom + 44 };
  return { legend: lg.el, top, bottom, frame, empty: shown.size === 0 ? chartSvg(frame, lg.el, emptyNote(ctx.t.empty, f.width, (top + bottom) / 2)) : undefined };
}
