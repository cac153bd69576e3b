import { median } from "../estimator/distribution.ts";
import type { NoticeCase } from "./cases.ts";

/** What happened to a set of notices: how many stood, how many came down and by how much. */
export interface NoticeSummary {
  n: number;
  unchanged: number;
  reduced: number;
  raised: number;
  /** Median of final / notice over all of them (NaN for none). */
  medianRatio: number;
  /** Over the reduced ones only: the reduction as a share of the notice (0.25 = a quarter off). */
  reduction: { min: number; median: number; max: number } | null;
  /** Distinct currencies of the notices (the ratio is currency-free; amounts are not). */
  currencies: string[];
}

export function summariseNotices(cases: readonly NoticeCase[]): NoticeSummary {
  const reduced = cases.filter((c) => c.change === "reduced");
  const cuts = reduced.map((c) => 1 - c.ratio);
  return {
    n: cases.length,
    unchanged: cases.filter((c) => c.change === "unchanged").length,
    reduced: reduced.length,
    raised: cases.filter((c) => c.change === "raised").length,
    medianRatio: median(cases.map((c) => c.ratio)),
    reduction: cuts.length ? { min: Math.min(...cuts), median: median(cuts), max: Math.max(...cuts) } : null,
    currencies: [...new Set(cases.map((c) => c.currency))].sort(),
  };
}

/** The ratios binned for a histogram: [from, to) steps of `width`, the last bin holding 1 (the notice stood). */
export function ratioBins(cases: readonly NoticeCase[], width = 0.1): { from: number; to: number; ids: string[] }[] {
  const bins: { from: number; to: number; ids: string[] }[] = [];
  const steps = Math.round(1 / width);
  for (let i = 0; i < steps; i++) bins.push({ from: i * width, to: (i + 1) * width, ids: [] });
  const stood = { from: 1, to: 1, ids: [] as string[] };
  const above = { from: 1, to: Infinity, ids: [] as string[] };
  for (const c of cases) {
    if (c.change === "unchanged") stood.ids.push(c.id);
    else if (c.ratio > 1) above.ids.push(c.id);
    else bins[Math.min(steps - 1, Math.floor(c.ratio / width + 1e-9))]!.ids.push(c.id);
  }
  return [...bins, stood, ...(above.ids.length ? [above] : [])];
}
