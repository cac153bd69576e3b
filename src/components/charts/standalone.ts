/**
 * A chart as a file that stands alone: colours as presentation attributes (the light scheme of
 * src/styles/tokens.css), each mark's label as its <title> so a viewer shows it on hover, and no
 * tab stop. Only the build uses this.
 */
import type { ChartId, TrendsData } from "../../domain/charts/index.ts";
import type { ChartContext } from "./frame.ts";
import { BUILD_WIDTH, chartViews } from "./index.ts";
import { h, paint, tipText, toMarkup, type Attrs, type El } from "./tree.ts";

const text = "#1a1f26";
const muted = "#4f5a67";
const colours = ["#4f5a67", "#0072b2", "#b35900", "#007a5e", "#a8417f", "#8a6d00", "#4f5a67"];
const up = "#c85200";
const down = "#0072b2";
const neutral = "#4f5a67";

const paints: Record<string, Attrs> = {
  "chart-svg": { "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", fill: text },
  "tick-label": { fill: muted },
  "axis-label": { fill: muted },
  "legend-label": { fill: text },
  "row-label": { fill: text, "font-size": 11 },
  "group-label": { fill: text, "font-weight": 650 },
  "slope-label": { fill: text, "font-size": 11 },
  "bar-label": { fill: text },
  "empty-note": { fill: muted },
  "file-title": { fill: text, "font-size": 16, "font-weight": 700 },
  grid: { stroke: "#d5dce5", "stroke-width": 1 },
  baseline: { stroke: "#7a8594", "stroke-width": 1 },
  leader: { stroke: "#7a8594", "stroke-width": 0.75 },
  mark: { "stroke-width": 1.5 },
  ...Object.fromEntries(colours.map((c, i) => [`c${i}`, { fill: c, stroke: c }])),
  private: { fill: "#ffffff" },
  slope: { "stroke-width": 1.5, fill: "none" },
  end: { "stroke-width": 1.5 },
  lowered: { stroke: down, fill: down },
  unchanged: { stroke: neutral, fill: neutral, "stroke-dasharray": "4 3" },
  raised: { stroke: up, fill: up },
  "cell-box": { stroke: "none" },
  aggravating: { fill: up },
  mitigating: { fill: down },
  neutral: { fill: neutral },
  "not-assessed": { fill: "none", stroke: "#7a8594", "stroke-width": 0.75 },
  "cell-sign": { fill: "#ffffff", "font-size": 12, "font-weight": 700, stroke: "none" },
  bar: { "stroke-width": 1 },
  down: { fill: down, stroke: down },
  same: { fill: neutral, stroke: neutral },
  upward: { fill: up, stroke: up },
  open: { fill: "#e9eef4", stroke: "#7a8594" },
};

/** A mark's label (after its group's prefix, as the page shows it) becomes its <title>; the page's script attributes go. */
function titled(node: El, prefix?: string): El {
  const { "data-tip": tip, "data-tip-prefix": ownPrefix, tabindex: _t, "aria-labelledby": _l, "aria-describedby": _d, role: _r, "data-step": _s, ...attrs } = node.attrs;
  const inherited = ownPrefix ? String(ownPrefix) : prefix;
  const children = node.children.map((c) => (typeof c === "string" ? c : titled(c, inherited)));
  const label = tip ? tipText(String(tip), inherited) : undefined;
  return { tag: node.tag, attrs, children: label ? [h("title", {}, label), ...children] : children };
}

/**
 * The file: a white sheet (viewers may show it on any background), the chart's title written at
 * the top, the drawing below it.
 */
export function standaloneSvg(svg: El): string {
  const width = Number(svg.attrs.width);
  const height = Number(svg.attrs.height) + HEAD;
  const [title, desc, ...drawing] = svg.children;
  const heading = typeof title === "string" || !title ? "" : title.children.join("");
  const sheet: El = {
    tag: "svg",
    attrs: { ...svg.attrs, viewBox: `0 0 ${width} ${height}`, height },
    children: [
      ...(title ? [title] : []),
      ...(desc ? [desc] : []),
      h("rect", { width, height, fill: "#ffffff" }),
      h("text", { class: "file-title", x: 8, y: 22 }, heading),
      h("g", { transform: `translate(0,${HEAD})` }, drawing),
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(titled(paint(sheet, paints)))}\n`;
}
const HEAD = 34;

/** A chart of /trends/ over all its items, drawn at the build's width in the context's language, as a file. */
export function chartSvgFile(id: ChartId, data: TrendsData, ctx: ChartContext): string {
  const view = chartViews[id] as (typeof chartViews)["fines"];
  return standaloneSvg(view.render(data[id] as TrendsData["fines"], ctx, BUILD_WIDTH, `chart-${id}`));
}
