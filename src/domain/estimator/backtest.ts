import type { Currency } from "../schema/codes.ts";
import type { DecidedCase } from "./cases.ts";
import { median } from "./distribution.ts";
import { estimateFine, type EstimateResult } from "./estimate.ts";
import { fitModel, fitRegression, lambdaGrid } from "./fit.ts";
import type { PerEur } from "./legal.ts";
import type { Model } from "./model.ts";
import type { ControllerType } from "./scenario.ts";

/**
 * Leave-one-out backtest: every decided fine is estimated from all the other cases, from its own
 * recorded scenario, with the regression refit without it (λ, similarity weights and spread are
 * those of the model, chosen once on all cases: a mild optimism the method page states; the
 * `nested` option refits those too).
 * Beside it, naive baselines in the same run: the median of the other fines (in euro), of the same
 * country's, and of the same country's with the same kind of controller (public / not public).
 */
export interface BacktestCase {
  id: string;
  reference: string;
  country: string;
  controllerType: ControllerType;
  preGdpr: boolean;
  currency: Currency;
  actual: number;
  estimate: number;
  low: number;
  high: number;
  p10: number;
  p90: number;
  /** How far off, as a factor ≥ 1 (×2 = half or double). */
  missFactor: number;
  /** Baseline estimates, in the case's currency. */
  baselines: Record<BaselineName, number>;
}

export const baselineNames = ["median-all", "median-country", "median-country-type"] as const;
export type BaselineName = (typeof baselineNames)[number];

export interface Metrics {
  n: number;
  /** exp(median |ln(estimate / actual)|). */
  medianFactor: number;
  /** Share of estimates within a factor of 2 of the fine. */
  shareWithin2: number;
  /** Median |ln(estimate / actual)|. */
  medianLogError: number;
}

export interface ModelMetrics extends Metrics {
  /** Share of fines inside P25–P75 (ideal: about 0.5). */
  coverage50: number;
  /** Share of fines inside P10–P90 (ideal: about 0.8). */
  coverage80: number;
}

export interface GroupReport extends ModelMetrics {
  baselines: Record<BaselineName, Metrics>;
  /** The baseline with the smallest median log error. */
  bestBaseline: BaselineName | null;
  /** 1 − model's median log error / best baseline's (0.3 = 30 % less). */
  reductionVsBest: number | null;
}

export interface BacktestReport {
  cases: BacktestCase[];
  all: GroupReport;
  publicBodies: GroupReport;
  /** Private controllers: the undertakings (individuals are neither). */
  privateUndertakings: GroupReport;
  skipped: { id: string; reason: string }[];
  model: { fitted: string; n: number; lambda: number };
  /** Whether every weight was refit without the held-out case. */
  nested: boolean;
}

const LN2 = Math.log(2);
const absLog = (estimate: number, actual: number) => Math.abs(Math.log(estimate / actual));
const inside = (value: number, lo: number, hi: number) => value >= lo * (1 - 1e-9) && value <= hi * (1 + 1e-9);

function metrics(pairs: { estimate: number; actual: number }[]): Metrics {
  const errors = pairs.map((p) => absLog(p.estimate, p.actual));
  const m = median(errors);
  return {
    n: pairs.length,
    medianFactor: pairs.length ? Math.exp(m) : Number.NaN,
    shareWithin2: pairs.length ? errors.filter((e) => e <= LN2 + 1e-12).length / pairs.length : Number.NaN,
    medianLogError: m,
  };
}

function group(rows: BacktestCase[]): GroupReport {
  const model = metrics(rows);
  const n = rows.length;
  const baselines = Object.fromEntries(
    baselineNames.map((name) => [name, metrics(rows.map((r) => ({ estimate: r.baselines[name], actual: r.actual })))]),
  ) as Record<BaselineName, Metrics>;
  let bestBaseline: BaselineName | null = null;
  for (const name of baselineNames) {
    if (!Number.isFinite(baselines[name].medianLogError)) continue;
    if (bestBaseline === null || baselines[name].medianLogError < baselines[bestBaseline].medianLogError) bestBaseline = name;
  }
  const best = bestBaseline ? baselines[bestBaseline].medianLogError : Number.NaN;
  return {
    ...model,
    coverage50: n ? rows.filter((r) => inside(r.actual, r.low, r.high)).length / n : Number.NaN,
    coverage80: n ? rows.filter((r) => inside(r.actual, r.p10, r.p90)).length / n : Number.NaN,
    baselines,
    bestBaseline,
    reductionVsBest: bestBaseline && best > 0 && n ? 1 - model.medianLogError / best : null,
  };
}

const isPublic = (c: DecidedCase) => c.scenario.controllerType === "public";

/** The naive baselines for one held-out case, in euro; an empty group falls back to the broader one. */
export function baselineEstimates(held: DecidedCase, others: readonly DecidedCase[]): Record<BaselineName, number> {
  const all = others.map((c) => c.fineEur);
  const sameCountry = others.filter((c) => c.scenario.country === held.scenario.country);
  const sameType = sameCountry.filter((c) => isPublic(c) === isPublic(held));
  const m = (list: readonly DecidedCase[], fallback: number) => (list.length ? median(list.map((c) => c.fineEur)) : fallback);
  const medianAll = median(all);
  const medianCountry = m(sameCountry, medianAll);
  return { "median-all": medianAll, "median-country": medianCountry, "median-country-type": m(sameType, medianCountry) };
}

/** Estimates one decided case from all the others (used by the backtest and `estimate --from-case`). */
export function estimateFromOthers(
  held: DecidedCase,
  cases: readonly DecidedCase[],
  model: Model,
  ratesAt: (date: string) => PerEur,
  exclude: readonly string[] = [],
  nested = false,
): EstimateResult {
  const others = cases.filter((c) => c.id !== held.id);
  const lambda = model.meta.n > 0 ? model.meta.lambda : lambdaGrid[lambdaGrid.length - 1]!;
  const refit = nested ? fitModel(others) : fitRegression(others, lambda, model);
  return estimateFine(held.scenario, others, refit, { date: held.fine.date, perEur: ratesAt(held.fine.date) }, {
    preGdpr: held.preGdpr,
    ...(held.tier ? { tier: held.tier } : {}),
    ...(held.preGdpr && held.recordedMaximum ? { legalMaximum: held.recordedMaximum } : {}),
    exclude,
  });
}

export interface BacktestOptions {
  /**
   * Refit every weight, λ and spread included, without the held-out case (slow: a whole fit per
   * case). The default refits the regression only.
   */
  nested?: boolean;
}

export function runBacktest(
  input: readonly DecidedCase[],
  model: Model,
  ratesAt: (date: string) => PerEur,
  options: BacktestOptions = {},
): BacktestReport {
  const cases = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: BacktestCase[] = [];
  const skipped: BacktestReport["skipped"] = [];
  for (const held of cases) {
    const others = cases.filter((c) => c.id !== held.id);
    if (others.length === 0) {
      skipped.push({ id: held.id, reason: "no other decided fine" });
      continue;
    }
    const result = estimateFromOthers(held, cases, model, ratesAt, [], options.nested ?? false);
    if (result.estimate === null || result.low === null || result.high === null || result.p10 === null || result.p90 === null) {
      skipped.push({ id: held.id, reason: result.fineable ? "no estimate" : "not fineable under the rules" });
      continue;
    }
    const toCaseCurrency = held.fine.amount / held.fineEur;
    const baselines = baselineEstimates(held, others);
    rows.push({
      id: held.id,
      reference: held.reference,
      country: held.scenario.country,
      controllerType: held.scenario.controllerType,
      preGdpr: held.preGdpr,
      currency: held.fine.currency,
      actual: held.fine.amount,
      estimate: result.estimate,
      low: result.low,
      high: result.high,
      p10: result.p10,
      p90: result.p90,
      missFactor: Math.exp(absLog(result.estimate, held.fine.amount)),
      baselines: Object.fromEntries(baselineNames.map((name) => [name, baselines[name] * toCaseCurrency])) as Record<BaselineName, number>,
    });
  }
  return {
    cases: rows,
    all: group(rows),
    publicBodies: group(rows.filter((r) => r.controllerType === "public")),
    privateUndertakings: group(rows.filter((r) => r.controllerType === "private")),
    skipped,
    model: { fitted: model.meta.fitted, n: model.meta.n, lambda: model.meta.lambda },
    nested: options.nested ?? false,
  };
}

/** The `--json` shape of the issue. */
export function backtestJson(report: BacktestReport) {
  const summary = (g: GroupReport) => ({
    n: g.n,
    medianFactor: g.medianFactor,
    shareWithin2: g.shareWithin2,
    coverage50: g.coverage50,
    coverage80: g.coverage80,
  });
  const baselines = (g: GroupReport) =>
    Object.fromEntries(baselineNames.map((name) => [name, { medianFactor: g.baselines[name].medianFactor, shareWithin2: g.baselines[name].shareWithin2 }]));
  return {
    cases: report.cases.map((c) => ({
      id: c.id,
      actual: c.actual,
      estimate: c.estimate,
      low: c.low,
      high: c.high,
      p10: c.p10,
      p90: c.p90,
      currency: c.currency,
      controllerType: c.controllerType,
    })),
    model: summary(report.all),
    publicBodies: { ...summary(report.publicBodies), baselines: baselines(report.publicBodies) },
    privateUndertakings: { ...summary(report.privateUndertakings), baselines: baselines(report.privateUndertakings) },
    baselines: baselines(report.all),
    reductionVsBestBaseline: {
      all: report.all.reductionVsBest,
      publicBodies: report.publicBodies.reductionVsBest,
      privateUndertakings: report.privateUndertakings.reductionVsBest,
    },
    skipped: report.skipped,
    weights: report.model,
    nested: report.nested,
  };
}
