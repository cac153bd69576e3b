import { scaleLog } from "d3-scale";
import { useState } from "preact/hooks";
import type { EstimateView } from "../../domain/estimator/view.ts";
import { caseHref } from "../../lib/paths.ts";
import { c, fmt, moneyIn, percent } from "./labels.ts";

interface Props {
  view: EstimateView;
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
 * (static HTML) and again in the browser, where hovering or focusing a point shows its details.
 */
export default function EstimateChart({ view, rows = 10 }: Props) {
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);
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
  const show = (cx: number, cy: number, text: string) => setTip({ x: (cx / WIDTH) * 100, y: (cy / height) * 100, text });
  const hide = () => setTip(null);
  const captionId = "estimate-chart-caption";

  return (
    <figure class="estimate-chart">
      <figcaption id={captionId}>
        <strong>{t.title}.</strong> {t.description}
      </figcaption>
      <div class="chart-frame">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-labelledby={captionId} focusable="false">
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
          <text class="row-label estimate-label" x={LEFT - 8} y={rowY(0) + 4} text-anchor="end">
            {t.estimateRow}
          </text>
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
            const name = truncate(k.controllerName);
            // The accessible name starts with the visible row label (WCAG 2.5.3).
            const label = t.point(name, fmt.money(k.fine.amount, k.fine.currency), money(k.adjusted), percent(k.weight));
            const tipText = t.point(k.title, fmt.money(k.fine.amount, k.fine.currency), money(k.adjusted), percent(k.weight));
            const x1 = x(k.converted);
            const x2 = x(k.adjusted);
            return (
              <a
                key={k.id}
                href={caseHref(k.id)}
                aria-label={label}
                class="point"
                onMouseEnter={() => show(x2, y, tipText)}
                onMouseLeave={hide}
                onFocus={() => show(x2, y, tipText)}
                onBlur={hide}
              >
                <text class="row-label" x={LEFT - 8} y={y + 4} text-anchor="end">
                  {name}
                </text>
                <line class="adjust-line" x1={x1} x2={x2} y1={y} y2={y} />
                <circle class="fine" cx={x1} cy={y} r={5} />
                <circle class="adjusted" cx={x2} cy={y} r={3 + 6 * Math.sqrt(k.weight)} />
                <rect class="hit" x={LEFT - 195} y={y - ROW / 2} width={WIDTH - RIGHT - LEFT + 195} height={ROW} />
              </a>
            );
          })}
        </svg>
        {tip && (
          <div class="chart-tip" role="presentation" style={{ left: `${Math.min(tip.x, 70)}%`, top: `${tip.y}%` }}>
            {tip.text}
          </div>
        )}
      </div>
    </figure>
  );
}
