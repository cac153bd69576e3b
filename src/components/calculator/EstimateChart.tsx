import { scaleLog } from "d3-scale";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { EstimateView } from "../../domain/estimator/view.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";
import Runs from "./Runs.tsx";
import { caseRuns, type Run, type TextContext } from "./text.ts";

interface Props {
  view: EstimateView;
  /** Names the cases, in the page's language where we have it. */
  text: TextContext;
  /** How many comparables to draw. */
  rows?: number;
}

const WIDTH = 720;
const LEFT = 200;
const RIGHT = 24;
const ROW = 26;
const TOP = 16;
const AXIS = 44;

/**
 * The estimate and its ranges among the comparables on a log axis. Rendered to SVG at build time
 * (static HTML) and hydrated in the browser, where hovering or focusing a point shows its details.
 * A phone scrolls it sideways rather than shrinking its labels to 6 px.
 */
function EstimateChart({ view, text, rows = 10 }: Props) {
  const { c, fmt, percent, caseHref, moneyIn } = useLabels();
  const [tip, setTip] = useState<{ x: number; y: number; below: number; runs: Run[] } | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const tipBox = useRef<HTMLDivElement>(null);
  // Once the tip is drawn and its size known: centred over the dot but inside the chart's width,
  // and below the dot when the screen has no room above it (a phone scrolled to the chart's top).
  useLayoutEffect(() => {
    const el = tipBox.current;
    const box = frame.current;
    if (!el || !box || !tip) return;
    const gap = 8;
    const left = Math.max(0, Math.min(tip.x - el.offsetWidth / 2, box.clientWidth - el.offsetWidth));
    const roomAbove = box.getBoundingClientRect().top + tip.y - gap;
    const top = roomAbove >= el.offsetHeight ? tip.y - el.offsetHeight - gap : tip.below + gap;
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    el.style.visibility = "visible";
  }, [tip]);
  const scroller = useRef<HTMLDivElement>(null);
  // Where a phone scrolls the chart sideways, keep the estimate in the middle of the screen.
  useEffect(() => {
    const box = scroller.current;
    const line = box?.querySelector(".estimate-line");
    if (!box || !line || box.scrollWidth <= box.clientWidth) return;
    const names = box.querySelector(".chart-labels")?.getBoundingClientRect().width ?? 0;
    const at = line.getBoundingClientRect().left - box.getBoundingClientRect().left + box.scrollLeft;
    box.scrollLeft = Math.max(0, at - names - (box.clientWidth - names) / 2);
  }, [view.estimate]);
  const t = c.chart;
  const shown = view.comparables.slice(0, rows);
  const values: number[] = [];
  for (const k of shown) values.push(k.converted, k.adjusted);
  for (const v of [view.p10, view.p90, view.estimate]) if (v !== null) values.push(v);
  const max = view.legalMaximum?.amount;
  if (values.length === 0) return null;
  let lo = Math.min(...values.filter((v) => v > 0));
  let hi = Math.max(...values);
  if (max !== undefined && max <= hi * 3) hi = Math.max(hi, max);
  lo = lo / 1.6;
  hi = hi * 1.6;
  const x = scaleLog().domain([lo, hi]).range([LEFT, WIDTH - RIGHT]).clamp(true);
  const height = TOP + ROW * (shown.length + 1) + AXIS;
  const axisY = TOP + ROW * (shown.length + 1) + 6;
  const compact = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
  const ticks = x.ticks(6).filter((v) => {
    const lead = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
    return Math.abs(lead - 1) < 1e-9 || Math.abs(lead - 3) < 1e-9;
  });
  const money = moneyIn(view.currency);
  const rowY = (i: number) => TOP + ROW * i + ROW / 2;
  const truncate = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);
  // The tip is placed by the point's dot, wherever the chart is scaled or scrolled to.
  const show = (point: Element, runs: Run[]) => {
    const dot = (point.querySelector("circle.adjusted") ?? point).getBoundingClientRect();
    const box = frame.current?.getBoundingClientRect();
    if (box) setTip({ x: dot.left + dot.width / 2 - box.left, y: dot.top - box.top, below: dot.bottom - box.top, runs });
  };
  const hide = () => setTip(null);
  const captionId = "estimate-chart-caption";

  return (
    <figure class="estimate-chart">
      <figcaption id={captionId}>
        <strong>{`${t.title}.`}</strong>
        {` ${t.description}`}
      </figcaption>
      <div class="chart-frame" ref={frame}>
        {/* Two drawings on one scale: the row names, which stay put while a phone scrolls the plot sideways. */}
        <div class="chart-scroll" ref={scroller}>
          <svg class="chart-labels" viewBox={`0 0 ${LEFT} ${height}`} aria-hidden="true" focusable="false">
            <text class="row-label estimate-label" x={LEFT - 8} y={rowY(0) + 4} text-anchor="end">
              {t.estimateRow}
            </text>
            {shown.map((k, i) => (
              <text key={k.id} class="row-label" x={LEFT - 8} y={rowY(i + 1) + 4} text-anchor="end">
                {truncate(k.controllerName)}
              </text>
            ))}
          </svg>
          <svg class="chart-plot" viewBox={`${LEFT} 0 ${WIDTH - LEFT} ${height}`} aria-labelledby={captionId} focusable="false">
            {/* grid and axis */}
            {ticks.map((v) => (
              <g key={v} class="tick">
                <line x1={x(v)} x2={x(v)} y1={TOP} y2={axisY} />
                <text x={x(v)} y={axisY + 16} text-anchor="middle">
                  {compact.format(v)}
                </text>
              </g>
            ))}
            <text class="axis-label" x={(LEFT + WIDTH - RIGHT) / 2} y={height - 4} text-anchor="middle">
              {t.axis(view.currency)}
            </text>
            {max !== undefined && max <= hi && (
              <g class="maximum">
                <line x1={x(max)} x2={x(max)} y1={TOP - 4} y2={axisY} />
                <text x={x(max) - 4} y={TOP + 4} text-anchor="end">
                  {t.maximum}
                </text>
              </g>
            )}
            {/* the estimate row */}
            {view.p10 !== null && view.p90 !== null && (
              <rect class="band-wide" x={x(view.p10)} width={Math.max(1, x(view.p90) - x(view.p10))} y={rowY(0) - 9} height={18} />
            )}
            {view.low !== null && view.high !== null && (
              <rect class="band-likely" x={x(view.low)} width={Math.max(1, x(view.high) - x(view.low))} y={rowY(0) - 9} height={18} />
            )}
            {view.estimate !== null && (
              <line class="estimate-line" x1={x(view.estimate)} x2={x(view.estimate)} y1={TOP} y2={axisY} />
            )}
            {/* one row per comparable */}
            {shown.map((k, i) => {
              const y = rowY(i + 1);
              // The accessible name starts with the row's visible name (WCAG 2.5.3).
              const label = t.point(truncate(k.controllerName), fmt.money(k.fine.amount, k.fine.currency), money(k.adjusted), percent(k.weight));
              const tipText = () => caseRuns(text, (ctx) => t.point(ctx.caseName(k.id), fmt.money(k.fine.amount, k.fine.currency), money(k.adjusted), percent(k.weight)));
              const x1 = x(k.converted);
              const x2 = x(k.adjusted);
              return (
                <a
                  key={k.id}
                  href={caseHref(k.id)}
                  aria-label={label}
                  class="point"
                  onMouseEnter={(e) => show(e.currentTarget, tipText())}
                  onMouseLeave={hide}
                  onFocus={(e) => show(e.currentTarget, tipText())}
                  onBlur={hide}
                >
                  <rect class="hit" x={LEFT + 2} y={y - ROW / 2 + 1} width={WIDTH - RIGHT - LEFT} height={ROW - 2} />
                  <line class="adjust-line" x1={x1} x2={x2} y1={y} y2={y} />
                  <circle class="fine" cx={x1} cy={y} r={5} />
                  <circle class="adjusted" cx={x2} cy={y} r={3 + 6 * Math.sqrt(k.weight)} />
                </a>
              );
            })}
          </svg>
        </div>
        {tip && (
          <div class="chart-tip" role="presentation" ref={tipBox}>
            <Runs runs={tip.runs} />
          </div>
        )}
      </div>
    </figure>
  );
}

export default pure(EstimateChart);
