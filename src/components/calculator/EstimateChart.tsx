import { scaleLog } from "d3";
import { useState } from "preact/hooks";
import type { EstimateResult } from "../../domain/estimator/estimate.ts";
import { roundSignificant } from "../../domain/estimator/text.ts";
import type { Formatters } from "../../domain/format.ts";
import type { Strings } from "../../i18n/strings.ts";

interface Props {
  result: EstimateResult;
  ui: Strings;
  fmt: Formatters;
  percent: (share: number) => string;
  /** Case page links by id. */
  links: Record<string, string>;
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
export default function EstimateChart({ result, ui, fmt, percent, links, rows = 10 }: Props) {
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);
  const t = ui.calculator.chart;
  const shown = result.comparables.slice(0, rows);
  const values: number[] = [];
  for (const c of shown) values.push(c.converted, c.adjusted);
  for (const v of [result.p10, result.p90, result.estimate]) if (v !== null) values.push(v);
  const max = result.legalMaximum?.amount;
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
  const money = (v: number) => fmt.money(roundSignificant(v), result.currency);
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
            {t.axis(result.currency)}
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
          {result.p10 !== null && result.p90 !== null && (
            <rect class="band-wide" x={x(result.p10)} width={Math.max(1, x(result.p90) - x(result.p10))} y={rowY(0) - 9} height={18} />
          )}
          {result.low !== null && result.high !== null && (
            <rect class="band-likely" x={x(result.low)} width={Math.max(1, x(result.high) - x(result.low))} y={rowY(0) - 9} height={18} />
          )}
          {result.estimate !== null && (
            <line class="estimate-line" x1={x(result.estimate)} x2={x(result.estimate)} y1={TOP} y2={axisY} />
          )}
          {/* one row per comparable */}
          {shown.map((c, i) => {
            const y = rowY(i + 1);
            const name = truncate(c.controllerName);
            // The accessible name starts with the visible row label (WCAG 2.5.3).
            const label = t.point(name, fmt.money(c.fine.amount, c.fine.currency), money(c.adjusted), percent(c.weight));
            const tipText = t.point(c.title, fmt.money(c.fine.amount, c.fine.currency), money(c.adjusted), percent(c.weight));
            const x1 = x(c.converted);
            const x2 = x(c.adjusted);
            return (
              <a
                key={c.id}
                href={links[c.id]}
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
                <circle class="adjusted" cx={x2} cy={y} r={3 + 6 * Math.sqrt(c.weight)} />
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
