import { factorLetters } from "../factors.ts";
import { countries } from "../schema/codes.ts";
import { adjustment } from "./adjustment.ts";
import { peopleFeature, sizeFeature } from "./adjustment.ts";
import type { DecidedCase } from "./cases.ts";
import { effectiveCount, mixtureCdf, mixtureDensity, type Component } from "./distribution.ts";
import { emptyModel, similarityGroups, type Model, type SimilarityGroup } from "./model.ts";
import { stepsOf } from "./scenario.ts";
import { caseSize, compareFacts, compareFactors, decimalYear, targetOfCase } from "./similarity.ts";

/**
 * Fitting the estimator's weights to the decided cases (`npm run fit:weights`).
 *
 * 1. Regression: ridge regression (L2 penalty λ on standardised features, intercept free) of the
 *    natural log of each final fine in euro on the case's features: country, controller type,
 *    public body in each country (authorities fine their own public sector differently), the
 *    decision year (one trend for public bodies, one for everyone else), tier, log10 people affected, children's data, special categories, old law, and the steps of
 *    factors a–k. Factor, tier, people and data-category coefficients are constrained to be ≥ 0
 *    (coordinate descent with projection), which is what makes the estimate monotone in each factor.
 *    λ is chosen from a grid by leave-one-out squared error.
 * 2. Similarity weights and spread: a coordinate search over small grids, the regression refit
 *    without the held-out case in every fold. The similarity weights (by default one shared by all
 *    facts, one by the factors) minimise the leave-one-out mean absolute log error of the central figure; the spread (κ, τ) maximises the leave-one-out
 *    log predictive density, which rewards ranges that are neither too narrow nor too wide.
 */

export const featureNames = [
  ...countries.map((c) => `country:${c}`),
  "controller:public",
  "controller:individual",
  ...countries.map((c) => `publicIn:${c}`),
  "upperTier",
  "dataSubjects",
  "children",
  "specialCategories",
  "preGdpr",
  "size",
  "year:public",
  "year:other",
  ...factorLetters.map((l) => `factor:${l}`),
] as const;

/** Coefficients that must not be negative (see above). */
const constrained = featureNames.map((n) => n.startsWith("factor:") || ["upperTier", "dataSubjects", "children", "specialCategories", "size"].includes(n));

type Imputation = Model["regression"]["imputation"];

const mean = (values: number[], fallback: number) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : fallback);

export function imputationFor(cases: readonly DecidedCase[]): Imputation {
  const def = emptyModel().regression.imputation;
  return {
    upperTier: mean(cases.filter((c) => c.tier).map((c) => (c.tier === "upper" ? 1 : 0)), def.upperTier),
    dataSubjects: mean(cases.flatMap((c) => (c.scenario.dataSubjects === undefined ? [] : [peopleFeature(c.scenario.dataSubjects)])), def.dataSubjects),
    children: mean(cases.flatMap((c) => (c.scenario.children === undefined ? [] : [c.scenario.children ? 1 : 0])), def.children),
    specialCategories: mean(
      cases.flatMap((c) => (c.scenario.specialCategories === undefined ? [] : [c.scenario.specialCategories ? 1 : 0])),
      def.specialCategories,
    ),
    size: mean(
      cases.flatMap((c) => {
        const size = caseSize(c);
        return size === undefined ? [] : [size];
      }),
      def.size,
    ),
  };
}

export function features(c: DecidedCase, imp: Imputation, yearCentre: number): number[] {
  const s = c.scenario;
  const years = decimalYear(c.fine.date) - yearCentre;
  const b = (v: boolean | undefined, d: number) => (v === undefined ? d : v ? 1 : 0);
  return [
    ...countries.map((k) => (s.country === k ? 1 : 0)),
    s.controllerType === "public" ? 1 : 0,
    s.controllerType === "individual" ? 1 : 0,
    ...countries.map((k) => (s.controllerType === "public" && s.country === k ? 1 : 0)),
    c.tier === undefined ? imp.upperTier : c.tier === "upper" ? 1 : 0,
    s.dataSubjects === undefined ? imp.dataSubjects : peopleFeature(s.dataSubjects),
    b(s.children, imp.children),
    b(s.specialCategories, imp.specialCategories),
    c.preGdpr ? 1 : 0,
    sizeFeature(s.controllerType, caseSize(c), imp.size),
    s.controllerType === "public" ? years : 0,
    s.controllerType === "public" ? 0 : years,
    ...factorLetters.map((l) => stepsOf(s, l) ?? 0),
  ];
}

export interface RidgeFit {
  intercept: number;
  beta: number[];
}

/** Solves A x = b for a symmetric positive definite A (Cholesky); A is p×p as nested arrays. */
function solveSpd(A: number[][], b: number[]): number[] | undefined {
  const p = b.length;
  const L: number[][] = A.map(() => new Array(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i]![j]!;
      for (let k = 0; k < j; k++) sum -= L[i]![k]! * L[j]![k]!;
      if (i === j) {
        if (sum <= 0) return undefined;
        L[i]![i] = Math.sqrt(sum);
      } else L[i]![j] = sum / L[j]![j]!;
    }
  }
  const z = new Array(p).fill(0);
  for (let i = 0; i < p; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= L[i]![k]! * z[k];
    z[i] = sum / L[i]![i]!;
  }
  const x = new Array(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < p; k++) sum -= L[k]![i]! * x[k];
    x[i] = sum / L[i]![i]!;
  }
  return x;
}

/**
 * Ridge regression on standardised columns (constant columns get 0), some coefficients
 * constrained to be ≥ 0: an active-set method (solve on the free columns; pin the most negative
 * constrained coefficient at 0, release a pinned one whose gradient points up), with coordinate
 * descent as the fallback should it not settle.
 */
export function ridge(X: number[][], y: number[], lambda: number, nonNegative: boolean[]): RidgeFit {
  const n = y.length;
  const p = X[0]?.length ?? 0;
  if (n === 0) return { intercept: 0, beta: new Array(p).fill(0) };
  const means = new Array(p).fill(0);
  const sds = new Array(p).fill(0);
  for (let j = 0; j < p; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += X[i]![j]!;
    m /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (X[i]![j]! - m) ** 2;
    means[j] = m;
    sds[j] = Math.sqrt(v / n);
  }
  const Z = X.map((row) => row.map((x, j) => (sds[j] > 1e-12 ? (x - means[j]) / sds[j] : 0)));
  const yBar = y.reduce((a, b) => a + b, 0) / n;
  const yc = y.map((v) => v - yBar);
  const usable = Array.from({ length: p }, (_, j) => j).filter((j) => sds[j] > 1e-12);
  const gram = (j: number, k: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Z[i]![j]! * Z[i]![k]!;
    return sum;
  };
  const G: number[][] = Array.from({ length: p }, () => new Array(p).fill(0));
  for (const j of usable) for (const k of usable) if (k <= j) G[j]![k] = G[k]![j] = gram(j, k);
  const zy = new Array(p).fill(0);
  for (const j of usable) for (let i = 0; i < n; i++) zy[j] += Z[i]![j]! * yc[i]!;

  let b: number[] | undefined;
  const pinned = new Set<number>();
  for (let iteration = 0; iteration < 4 * p + 10; iteration++) {
    const free = usable.filter((j) => !pinned.has(j));
    const solution = solveSpd(
      free.map((j) => free.map((k) => G[j]![k]! + (j === k ? lambda : 0))),
      free.map((j) => zy[j]),
    );
    if (!solution) break;
    const candidate = new Array(p).fill(0);
    free.forEach((j, k) => (candidate[j] = solution[k]!));
    let worst = -1;
    for (const j of free) if (nonNegative[j] && candidate[j] < -1e-14 && (worst < 0 || candidate[j] < candidate[worst])) worst = j;
    if (worst >= 0) {
      pinned.add(worst);
      continue;
    }
    // Gradient of the fit term for a pinned coefficient: positive means it wants to grow.
    let release = -1;
    let steepest = 1e-10;
    for (const j of pinned) {
      let g = zy[j];
      for (const k of free) g -= G[j]![k]! * candidate[k];
      if (g > steepest) {
        steepest = g;
        release = j;
      }
    }
    if (release < 0) {
      b = candidate.map((v, j) => (nonNegative[j] ? Math.max(0, v) : v));
      break;
    }
    pinned.delete(release);
  }
  if (!b) b = coordinateDescent(Z, yc, lambda, nonNegative, usable);
  const beta = b.map((v, j) => (sds[j] > 1e-12 ? v / sds[j] : 0));
  const intercept = yBar - beta.reduce((sum, v, j) => sum + v * means[j], 0);
  return { intercept, beta };
}

function coordinateDescent(Z: number[][], yc: number[], lambda: number, nonNegative: boolean[], usable: number[]): number[] {
  const n = yc.length;
  const p = Z[0]?.length ?? 0;
  const r = [...yc];
  const b = new Array(p).fill(0);
  for (let sweep = 0; sweep < 5000; sweep++) {
    let change = 0;
    for (const j of usable) {
      let rho = 0;
      for (let i = 0; i < n; i++) rho += Z[i]![j]! * r[i]!;
      rho += n * b[j];
      let next = rho / (n + lambda);
      if (nonNegative[j] && next < 0) next = 0;
      const delta = next - b[j];
      if (delta !== 0) {
        for (let i = 0; i < n; i++) r[i] -= Z[i]![j]! * delta;
        b[j] = next;
        change = Math.max(change, Math.abs(delta));
      }
    }
    if (change < 1e-12) break;
  }
  return b;
}

const logFine = (c: DecidedCase) => Math.log(c.fineEur);

/** The mean decision year, from which the trends are measured (so the controller effects hold at it). */
export const yearCentreOf = (cases: readonly DecidedCase[]) =>
  cases.length ? cases.reduce((sum, c) => sum + decimalYear(c.fine.date), 0) / cases.length : emptyModel().regression.year.centre;

/** The regression part of a model fitted on `cases` with penalty `lambda`; the rest is copied from `base`. */
export function fitRegression(cases: readonly DecidedCase[], lambda: number, base: Model = emptyModel()): Model {
  const imputation = imputationFor(cases);
  const yearCentre = yearCentreOf(cases);
  const X = cases.map((c) => features(c, imputation, yearCentre));
  const y = cases.map(logFine);
  const { intercept, beta } = ridge(X, y, lambda, constrained);
  const at = (name: string) => beta[featureNames.indexOf(name as (typeof featureNames)[number])] ?? 0;
  return {
    ...base,
    regression: {
      intercept,
      country: Object.fromEntries(countries.map((c) => [c, at(`country:${c}`)])) as Model["regression"]["country"],
      controller: { public: at("controller:public"), individual: at("controller:individual") },
      publicIn: Object.fromEntries(countries.map((c) => [c, at(`publicIn:${c}`)])) as Model["regression"]["publicIn"],
      upperTier: at("upperTier"),
      dataSubjects: at("dataSubjects"),
      children: at("children"),
      specialCategories: at("specialCategories"),
      preGdpr: at("preGdpr"),
      size: at("size"),
      year: { public: at("year:public"), other: at("year:other"), centre: yearCentre },
      imputation,
    },
    factors: Object.fromEntries(
      factorLetters.map((l) => [l, { step: Math.max(0, at(`factor:${l}`)), similarity: base.factors[l].similarity }]),
    ) as Model["factors"],
  };
}

export function predictLog(model: Model, c: DecidedCase): number {
  const r = model.regression;
  const x = features(c, r.imputation, r.year.centre);
  const beta = [
    ...countries.map((k) => r.country[k]),
    r.controller.public,
    r.controller.individual,
    ...countries.map((k) => r.publicIn[k]),
    r.upperTier,
    r.dataSubjects,
    r.children,
    r.specialCategories,
    r.preGdpr,
    r.size,
    r.year.public,
    r.year.other,
    ...factorLetters.map((l) => model.factors[l].step),
  ];
  return r.intercept + x.reduce((sum, v, j) => sum + v * beta[j]!, 0);
}

export const lambdaGrid = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128] as const;
const simGrid = [0, 0.5, 1, 2, 4] as const;
const kappaGrid = [0.25, 0.35, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5] as const;
const tauGrid = [0, 0.25, 0.5, 1, 2] as const;
/** Prior for the spread: a standard deviation of 1 in log units (a factor of e), worth 3 cases. */
const sigmaPrior = { sd: 1, weight: 3 };
/** Fewer held-out cases than this leave the range levels at their nominal values. */
const minFoldsToRecalibrate = 20;
/** Predictive densities below this count as this, so one wild case cannot dominate the search. */
const densityFloor = 1e-4;

export interface FitOptions {
  /** ISO date-time to record; the script passes the current time. */
  fitted?: string;
  /**
   * "shared" (default): one similarity weight for all facts and one for the factors, chosen by
   * leave-one-out. "per-group": one weight per fact; more freedom, and in the nested backtest more
   * overfitting.
   */
  similaritySearch?: "shared" | "per-group";
}

interface Fold {
  /** log of the held-out fine in its own currency. */
  actual: number;
  /** Per other case: log adjusted fine, fact distances, count of pattern mismatches. */
  others: { logAdjusted: number; facts: number[]; pattern: number }[];
}

type Params = Record<SimilarityGroup | "factors", number> & { kappa: number; tau: number };

function foldScore(fold: Fold, params: Params, sigma: number): { logDensity: number; centre: number; pit: number } {
  const distances = fold.others.map(
    (o) => similarityGroups.reduce((sum, g, k) => sum + params[g] * o.facts[k]!, 0) + params.factors * o.pattern,
  );
  const min = Math.min(...distances);
  const raw = distances.map((d) => Math.exp(-(d - min)));
  const total = raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((w) => w / total);
  const nEff = effectiveCount(weights);
  const base = params.kappa * sigma * Math.pow(Math.max(nEff, 1), -0.2);
  const components: Component[] = fold.others.map((o, k) => ({
    mean: o.logAdjusted,
    sd: Math.sqrt(base * base + params.tau * params.tau * distances[k]!),
    weight: weights[k]!,
  }));
  const density = mixtureDensity(components, fold.actual);
  return {
    logDensity: Math.log(Math.max(density, densityFloor)),
    centre: weightedMedian(components),
    pit: mixtureCdf(components, fold.actual),
  };
}

/** The weighted median of the components' means: the central figure without the spread. */
function weightedMedian(components: readonly Component[]): number {
  const sorted = [...components].sort((a, b) => a.mean - b.mean);
  let cumulative = 0;
  for (const c of sorted) {
    cumulative += c.weight;
    if (cumulative >= 0.5) return c.mean;
  }
  return sorted[sorted.length - 1]?.mean ?? Number.NaN;
}

/** Fits all weights to the decided cases. Deterministic: same cases, same weights. */
export function fitModel(input: readonly DecidedCase[], options: FitOptions = {}): Model {
  const cases = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = cases.length;
  const base = emptyModel();
  if (n === 0) return { ...base, meta: { ...base.meta, fitted: options.fitted ?? "", method: "no decided fines: no weights" } };

  // 1. λ by leave-one-out squared error of the regression.
  let lambda: number = lambdaGrid[lambdaGrid.length - 1]!;
  let best = Infinity;
  const looResiduals = new Map<number, number[]>();
  if (n >= 3) {
    for (const l of lambdaGrid) {
      const residuals = cases.map((c, i) => {
        const m = fitRegression(cases.filter((_, k) => k !== i), l, base);
        return logFine(c) - predictLog(m, c);
      });
      looResiduals.set(l, residuals);
      const mse = residuals.reduce((s, r) => s + r * r, 0) / n;
      if (mse < best - 1e-12) {
        best = mse;
        lambda = l;
      }
    }
  }
  const residuals = looResiduals.get(lambda) ?? [];
  const sigma = Math.sqrt((residuals.reduce((s, r) => s + r * r, 0) + sigmaPrior.weight * sigmaPrior.sd ** 2) / (residuals.length + sigmaPrior.weight));

  // 2. Similarity weights and spread.
  let similarityMethod = "defaults";
  const params: Params = {
    ...(Object.fromEntries(similarityGroups.map((g) => [g, 1])) as Record<SimilarityGroup, number>),
    factors: 1,
    kappa: 1,
    tau: 0.5,
  };
  const folds: Fold[] = [];
  if (n >= 3) {
    cases.forEach((held, i) => {
      const others = cases.filter((_, k) => k !== i);
      const m = fitRegression(others, lambda, base);
      const target = targetOfCase(held);
      folds.push({
        actual: Math.log(held.fine.amount),
        others: others.map((c) => ({
          logAdjusted: Math.log(c.fineIn[held.fine.currency]) + adjustment(target, c, m).log,
          facts: compareFacts(target, c, m).map((f) => f.distance),
          pattern: compareFactors(target, c, m).reduce((s, f) => s + f.patternDistance, 0),
        })),
      });
    });
  }
  // Similarity weights serve the central figure: they minimise its mean absolute log error.
  // The spread serves the ranges: κ and τ maximise the log predictive density (calibration).
  const logScore = (p: Params) => folds.reduce((s, f) => s + foldScore(f, p, sigma).logDensity, 0) / Math.max(folds.length, 1);
  const accuracy = (p: Params) => -folds.reduce((s, f) => s + Math.abs(foldScore(f, p, sigma).centre - f.actual), 0) / Math.max(folds.length, 1);
  // Each searched setting: which parameters it sets (several share one value), its grid, its objective.
  const shared = (options.similaritySearch ?? "shared") === "shared";
  similarityMethod = shared ? "one for all facts, one for the factors" : "one per fact, one for the factors";
  const searched: { keys: (keyof Params)[]; grid: readonly number[]; objective: (p: Params) => number }[] = [
    ...(shared
      ? [{ keys: [...similarityGroups] as (keyof Params)[], grid: simGrid, objective: accuracy }]
      : similarityGroups.map((g) => ({ keys: [g] as (keyof Params)[], grid: simGrid, objective: accuracy }))),
    { keys: ["factors"], grid: simGrid, objective: accuracy },
    { keys: ["kappa"], grid: kappaGrid, objective: logScore },
    { keys: ["tau"], grid: tauGrid, objective: logScore },
  ];
  if (folds.length > 0) {
    for (let sweep = 0; sweep < 4; sweep++) {
      let improved = false;
      for (const { keys, grid, objective } of searched) {
        let current = objective(params);
        for (const value of grid) {
          if (keys.every((k) => params[k] === value)) continue;
          const trial = { ...params };
          for (const k of keys) trial[k] = value;
          const score = objective(trial);
          if (score > current + 1e-9) {
            current = score;
            for (const k of keys) params[k] = value;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
  }
  const current = logScore(params);
  const looAbs = folds.map((f) => Math.abs(foldScore(f, params, sigma).centre - f.actual)).sort((a, b) => a - b);
  // How close each decided case is to its nearest other case: the yardstick for "outside what the cases cover".
  const nearest = folds
    .map((f) => Math.exp(-Math.min(...f.others.map((o) => similarityGroups.reduce((s, g, k) => s + params[g] * o.facts[k]!, 0) + params.factors * o.pattern))))
    .sort((a, b) => a - b);
  const diagnostics: Record<string, number> = {
    looRegressionRmse: residuals.length ? Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length) : Number.NaN,
    looLogScore: folds.length ? current : Number.NaN,
    looMedianAbsLogError: looAbs.length ? looAbs[looAbs.length >> 1]! : Number.NaN,
    nearestSimilarityP10: nearest.length >= 5 ? nearest[Math.floor(0.1 * nearest.length)]! : Number.NaN,
  };
  for (const [k, v] of Object.entries(diagnostics)) if (!Number.isFinite(v)) delete diagnostics[k];

  // Recalibrated range levels: where, leaving each case out, its fine fell in the predicted
  // distribution (its PIT). P25–P75 should hold half the fines, so it spans the middle half of the PITs.
  const nominal = emptyModel().spread.levels;
  let levels = nominal;
  if (folds.length >= minFoldsToRecalibrate) {
    const pits = folds.map((f) => foldScore(f, params, sigma).pit).sort((a, b) => a - b);
    const at = (q: number) => {
      const position = q * (pits.length - 1);
      const lo = Math.floor(position);
      const hi = Math.min(lo + 1, pits.length - 1);
      return Math.min(0.999, Math.max(0.001, pits[lo]! + (pits[hi]! - pits[lo]!) * (position - lo)));
    };
    const p10 = at(0.1);
    const low = Math.max(p10, Math.min(0.5, at(0.25)));
    const p90 = at(0.9);
    const high = Math.min(p90, Math.max(0.5, at(0.75)));
    levels = { p10: Math.min(p10, low), low, high, p90: Math.max(p90, high) };
  }

  const regression = fitRegression(cases, lambda, base);
  return {
    meta: {
      fitted: options.fitted ?? "",
      n,
      lambda,
      method:
        "Ridge regression of ln(final fine in EUR at the decision date) on standardised case features " +
        "(country, controller type, public body in each country, tier, log10 people affected, children's data, special categories, old law, decision year for public bodies and for others, factor steps a–k), " +
        "factor and aggravating-fact coefficients constrained ≥ 0, λ chosen by leave-one-out squared error; " +
        `similarity weights (${similarityMethod}) chosen by coordinate search minimising the leave-one-out mean absolute log error of the central figure, ` +
        "spread (κ, τ) maximising the leave-one-out log predictive density, range levels recalibrated to the leave-one-out PIT quantiles" +
        (n < 3 ? " (fewer than 3 fines: largest λ, default similarity weights)" : "") +
        ".",
      caseIds: cases.map((c) => c.id),
      diagnostics,
    },
    regression: regression.regression,
    factors: Object.fromEntries(
      factorLetters.map((l) => [l, { step: regression.factors[l].step, similarity: params.factors }]),
    ) as Model["factors"],
    similarity: Object.fromEntries(similarityGroups.map((g) => [g, params[g]])) as Model["similarity"],
    spread: { sigma, kappa: params.kappa, tau: params.tau, levels },
  };
}
