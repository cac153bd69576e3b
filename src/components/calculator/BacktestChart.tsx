import { scaleLog } from "d3-scale";
import type { BacktestCase } from "../../domain/estimator/backtest.ts";
import type { Formatters } from "../../domain/format.ts";
import type { CalculatorStrings } from "../../i18n/islands.ts";

interface Props {
  /** Rows of the backtest, with euro figures. */
  points: (BacktestCase & { actualEur: number; estimateEur: number })[];
  ui: CalculatorStrings;
  fmt: Formatters;
}

const SIZE = 460;
const PAD = { left: 64, right: 16, top: 12, bottom: 48 };

/** Estimate against the fine imposed, log-log, rendered to static SVG at build time (native tooltips). */
export default function BacktestChart({ points, ui, fmt }: Props) {
  const t = ui.method.backtest;
  if (points.length === 0) return null;
  const values = points.flatMap((p) => [p.actualEur, p.estimateEur]).filter((v) => v > 0);
  const lo = Math.min(...values) / 2;
  const hi = Math.max(...values) * 2;
  const x = scaleLog().domain([lo, hi]).range([PAD.left, SIZE - PAD.right]);
  const y = scaleLog().domain([lo, hi]).range([SIZE - PAD.bottom, PAD.top]);
  const compact = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
  const ticks = x.ticks(5).filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  const band = [
    [lo, lo * 2],
    [hi / 2, hi],
    [hi, hi / 2],
    [lo * 2, lo],
  ]
    .map(([a, b]) => `${x(a!)},${y(b!)}`)
    .join(" ");
  const id = "backtest-chart-caption";
  return (
    <figure class="backtest-chart">
      <figcaption id={id}>
        <strong>{t.chartTitle}.</strong> {t.chartDescription}
      </figcaption>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={id}>
        <polygon class="band" points={band} />
        {ticks.map((v) => (
          <g class="tick" key={v}>
            <line x1={x(v)} x2={x(v)} y1={PAD.top} y2={SIZE - PAD.bottom} />
            <line x1={PAD.left} x2={SIZE - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={x(v)} y={SIZE - PAD.bottom + 16} text-anchor="middle">
              {compact.format(v)}
            </text>
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {compact.format(v)}
            </text>
          </g>
        ))}
        <line class="diagonal" x1={x(lo)} y1={y(lo)} x2={x(hi)} y2={y(hi)} />
        {points.map((p) => (
          <circle key={p.id} class={`dot${p.controllerType === "public" ? " public" : ""}`} cx={x(p.actualEur)} cy={y(p.estimateEur)} r={4.5}>
            <title>{`${p.id}: ${fmt.money(p.actual, p.currency)} → ${fmt.money(Math.round(p.estimate), p.currency)} (×${p.missFactor.toFixed(2)})`}</title>
          </circle>
        ))}
        <text class="axis-label" x={(PAD.left + SIZE - PAD.right) / 2} y={SIZE - 8} text-anchor="middle">
          {t.chartX}
        </text>
        <text class="axis-label" transform={`translate(14 ${(PAD.top + SIZE - PAD.bottom) / 2}) rotate(-90)`} text-anchor="middle">
          {t.chartY}
        </text>
      </svg>
    </figure>
  );
}
