/**
 * A mixture of normal distributions on the log of the fine: one component per comparable, centred
 * on its adjusted fine, weighted by its similarity. Its quantiles give the central figure (P50) and
 * the ranges (P25–P75, P10–P90).
 */
export interface Component {
  /** Natural log of the adjusted fine. */
  mean: number;
  sd: number;
  /** Normalised: the weights sum to 1. */
  weight: number;
}

/** Numerical Recipes' Chebyshev fit of erfc on [0, ∞) (relative error < 1.2e-7). */
function erfcFit(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  return (
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  );
}
/** The fit gives 1 + 3e-8 at 0: divided by it, erfc is exactly 1 at 0, so the CDF is continuous and monotone. */
const erfcAtZero = erfcFit(0);

/** Complementary error function, continuous and monotone (the quantiles rely on both). */
function erfc(x: number): number {
  const r = erfcFit(Math.abs(x)) / erfcAtZero;
  return x >= 0 ? r : 2 - r;
}

export const normalCdf = (z: number) => 0.5 * erfc(-z / Math.SQRT2);
const normalPdf = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

export function mixtureCdf(components: readonly Component[], x: number): number {
  let p = 0;
  for (const c of components) p += c.weight * normalCdf((x - c.mean) / c.sd);
  return p;
}

export function mixtureDensity(components: readonly Component[], x: number): number {
  let p = 0;
  for (const c of components) p += (c.weight * normalPdf((x - c.mean) / c.sd)) / c.sd;
  return p;
}

/** The q-quantile (0 < q < 1) by bisection: deterministic, and monotone in every component's mean. */
export function mixtureQuantile(components: readonly Component[], q: number): number {
  if (components.length === 0) return Number.NaN;
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of components) {
    lo = Math.min(lo, c.mean - 12 * c.sd);
    hi = Math.max(hi, c.mean + 12 * c.sd);
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (mixtureCdf(components, mid) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Kish's effective number of comparables: 1 when one case carries all the weight. */
export function effectiveCount(weights: readonly number[]): number {
  let sum = 0;
  let squares = 0;
  for (const w of weights) {
    sum += w;
    squares += w * w;
  }
  return squares > 0 ? (sum * sum) / squares : 0;
}

/** Median of numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
