/**
 * The notice model: what a notice (varsel) is likely to become in the authority's decision.
 * Two parts, each small enough for the few dozen cases it learns from:
 * - whether the notice comes down: the share of the same authority's notices that came down,
 *   shrunk toward the share over all authorities (a beta prior worth `priorWeight` notices), so an
 *   authority with three notices does not get 0 % or 100 %;
 * - by how much when it does: the empirical final/notice ratios of the reduced notices.
 * The forecast is their mixture: the notice stands with probability 1 − p, else the ratio is one
 * of the observed reductions, each equally likely. Its quantiles are the figures shown.
 * A logistic regression on the notice's ratio to the comparable-case estimate is kept beside it
 * (`fitRatioLogistic`): the backtest measures it, and it did not beat the base rate.
 */

/** One notice the model learns from. */
export interface NoticePoint {
  id: string;
  notice: number;
  final: number;
  /** The authority that sent the notice. */
  authority: string;
  /** ln(notice / comparable-case estimate); undefined when the calculator gave no estimate. */
  x?: number;
}

export interface VarselModel {
  n: number;
  /** Share of the notices that came down. */
  reducedShare: number;
  /** Per authority: notices and how many came down. */
  byAuthority: Record<string, { n: number; reduced: number }>;
  priorWeight: number;
  /** final / notice of every reduced notice, ascending. */
  reductions: number[];
}

export interface NoticeForecast {
  /** Probability that the decision is below the notice. */
  pReduced: number;
  /** Quantiles of final / notice. */
  ratio: { p10: number; p25: number; p50: number; p75: number; p90: number };
  /** The same in money: notice × ratio. */
  estimate: number;
  p10: number;
  p25: number;
  p75: number;
  p90: number;
}

/** How many notices' worth the overall share counts for against one authority's own record. */
export const defaultPriorWeight = 4;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const isReduced = (p: Pick<NoticePoint, "notice" | "final">) => p.final < p.notice - 0.5;

export function fitVarselModel(points: readonly NoticePoint[], priorWeight = defaultPriorWeight): VarselModel {
  const n = points.length;
  const reduced = points.filter(isReduced);
  const byAuthority: VarselModel["byAuthority"] = {};
  for (const p of points) {
    const a = (byAuthority[p.authority] ??= { n: 0, reduced: 0 });
    a.n += 1;
    if (isReduced(p)) a.reduced += 1;
  }
  return {
    n,
    reducedShare: n ? reduced.length / n : Number.NaN,
    byAuthority,
    priorWeight,
    reductions: reduced.map((p) => p.final / p.notice).sort((x, y) => x - y),
  };
}

/** P(the notice comes down): the authority's own share shrunk toward the overall one. */
export function probabilityReduced(model: VarselModel, authority: string): number {
  const own = model.byAuthority[authority] ?? { n: 0, reduced: 0 };
  return (own.reduced + model.priorWeight * model.reducedShare) / (own.n + model.priorWeight);
}

/**
 * The alternative measured in the backtest: P(reduced) from an L2-penalised logistic regression
 * on the standardised ln(notice / comparable-case estimate), intercept unpenalised, by Newton's method.
 */
export function fitRatioLogistic(points: readonly NoticePoint[], lambda = 2): (x: number | undefined) => number {
  const withX = points.filter((p): p is NoticePoint & { x: number } => p.x !== undefined && Number.isFinite(p.x));
  const base = points.length ? points.filter(isReduced).length / points.length : Number.NaN;
  if (withX.length < 4) return () => base;
  const xs = withX.map((p) => p.x);
  const center = xs.reduce((s, v) => s + v, 0) / xs.length;
  const scale = Math.sqrt(xs.reduce((s, v) => s + (v - center) ** 2, 0) / xs.length) || 1;
  const z = xs.map((x) => (x - center) / scale);
  const y = withX.map((p) => (isReduced(p) ? 1 : 0));
  let a = 0;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = -lambda * b, haa = 0, hab = 0, hbb = lambda;
    for (let i = 0; i < z.length; i++) {
      const p = sigmoid(a + b * z[i]!);
      const w = p * (1 - p);
      ga += y[i]! - p;
      gb += (y[i]! - p) * z[i]!;
      haa += w;
      hab += w * z[i]!;
      hbb += w * z[i]! * z[i]!;
    }
    // Newton: θ ← θ + I⁻¹ g, with I the (penalised) information matrix.
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return (x) => (x === undefined || !Number.isFinite(x) ? base : sigmoid(a + b * ((x - center) / scale)));
}

/**
 * Quantile q of the mixture: 1 with weight 1 − p, each reduction with weight p / m. The smallest
 * value whose cumulative weight reaches q (no interpolation: the notice standing is a point).
 */
export function mixtureRatioQuantile(reductions: readonly number[], p: number, q: number): number {
  if (reductions.length === 0 || p <= 0) return 1;
  const each = p / reductions.length;
  let cumulative = 0;
  for (const r of reductions) {
    cumulative += each;
    if (cumulative >= q - 1e-12) return r;
  }
  return 1;
}

/** The forecast for a notice of `notice` from `authority`; `pReduced` overrides the model's probability. */
export function forecastNotice(model: VarselModel, notice: number, authority: string, pReduced = probabilityReduced(model, authority)): NoticeForecast {
  const q = (level: number) => mixtureRatioQuantile(model.reductions, pReduced, level);
  const ratio = { p10: q(0.1), p25: q(0.25), p50: q(0.5), p75: q(0.75), p90: q(0.9) };
  return {
    pReduced,
    ratio,
    estimate: notice * ratio.p50,
    p10: notice * ratio.p10,
    p25: notice * ratio.p25,
    p75: notice * ratio.p75,
    p90: notice * ratio.p90,
  };
}
