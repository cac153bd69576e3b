import type { ComparableCase } from "../estimator/cases.ts";
import type { Currency } from "../schema/codes.ts";
import { median } from "../estimator/distribution.ts";
import type { PerEur } from "../estimator/legal.ts";
import type { Model } from "../estimator/model.ts";
import type { NoticeCase } from "./cases.ts";
import { comparableEstimate, noticePoints, noticeRatioLog } from "./comparable.ts";
import { fitRatioLogistic, fitVarselModel, forecastNotice, type NoticeForecast } from "./model.ts";

/**
 * Leave-one-out backtest of the notice model: each notice case is forecast from the others, with
 * every comparable-case estimate (its own and the training cases') made without it. The
 * calculator's weights are those fitted on all decided fines (a mild optimism, as in the
 * calculator's backtest). Baselines in the same run: the notice stands; the median final/notice
 * of the other cases applied to the notice; and, for the probability of a reduction, the share of
 * the other notices that came down. The notice's ratio to the comparable-case estimate is measured
 * as an alternative predictor of a reduction (`alternatives`).
 */
export interface VarselBacktestCase {
  id: string;
  currency: Currency;
  notice: number;
  actual: number;
  reduced: boolean;
  /** ln(notice / comparable-case estimate) without the case; undefined without an estimate. */
  x?: number;
  forecast: NoticeForecast;
  /** The alternative: P(reduced) from the notice's ratio to the comparable-case estimate. */
  ratioForecast: NoticeForecast;
  typicalRatio: number;
  baseRate: number;
  /** |ln(estimate / actual)|. */
  logError: number;
  inside50: boolean;
  inside80: boolean;
}

export interface VarselBacktest {
  cases: VarselBacktestCase[];
  model: { medianFactor: number; meanLogError: number; coverage50: number; coverage80: number; brierReduced: number };
  baselines: {
    noticeStands: { medianFactor: number; meanLogError: number };
    typicalRatio: { meanLogError: number };
    baseRate: { brierReduced: number };
  };
  /** Tried and not used: P(reduced) from the notice's ratio to the comparable-case estimate. */
  alternatives: { noticeToComparable: { meanLogError: number; brierReduced: number } };
}

const absLog = (estimate: number, actual: number) => Math.abs(Math.log(estimate / actual));
const mean = (v: readonly number[]) => (v.length ? v.reduce((s, x) => s + x, 0) / v.length : Number.NaN);
/** Inclusive, with a hair of tolerance: the notice standing is exactly the upper figure. */
const inside = (v: number, lo: number, hi: number) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);

export function runVarselBacktest(
  input: readonly NoticeCase[],
  decided: readonly ComparableCase[],
  model: Model,
  ratesAt: (date: string) => PerEur,
): VarselBacktest {
  const cases = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: VarselBacktestCase[] = [];
  for (const held of cases) {
    const others = cases.filter((c) => c.id !== held.id);
    if (others.length === 0) continue;
    const points = noticePoints(others, decided, model, ratesAt, [held.id]);
    const fitted = fitVarselModel(points);
    const x = noticeRatioLog(held.notice.amount, comparableEstimate(held, decided, model, ratesAt));
    const forecast = forecastNotice(fitted, held.notice.amount, held.authority);
    const ratioForecast = forecastNotice(fitted, held.notice.amount, held.authority, fitRatioLogistic(points)(x));
    const actual = held.final.amount;
    const typicalRatio = median(others.map((c) => c.ratio));
    rows.push({
      id: held.id,
      currency: held.currency,
      notice: held.notice.amount,
      actual,
      reduced: held.change === "reduced",
      ...(x !== undefined ? { x } : {}),
      forecast,
      ratioForecast,
      typicalRatio,
      baseRate: others.filter((c) => c.change === "reduced").length / others.length,
      logError: actual > 0 ? absLog(forecast.estimate, actual) : Number.POSITIVE_INFINITY,
      inside50: inside(actual, forecast.p25, forecast.p75),
      inside80: inside(actual, forecast.p10, forecast.p90),
    });
  }
  const errors = rows.map((r) => r.logError);
  const stands = rows.map((r) => absLog(r.notice, r.actual));
  const brier = (p: (r: VarselBacktestCase) => number) => mean(rows.map((r) => (p(r) - (r.reduced ? 1 : 0)) ** 2));
  return {
    cases: rows,
    model: {
      medianFactor: Math.exp(median(errors)),
      meanLogError: mean(errors),
      coverage50: rows.filter((r) => r.inside50).length / rows.length,
      coverage80: rows.filter((r) => r.inside80).length / rows.length,
      brierReduced: brier((r) => r.forecast.pReduced),
    },
    baselines: {
      noticeStands: { medianFactor: Math.exp(median(stands)), meanLogError: mean(stands) },
      typicalRatio: { meanLogError: mean(rows.map((r) => absLog(r.notice * r.typicalRatio, r.actual))) },
      baseRate: { brierReduced: brier((r) => r.baseRate) },
    },
    alternatives: {
      noticeToComparable: {
        meanLogError: mean(rows.map((r) => absLog(r.ratioForecast.estimate, r.actual))),
        brierReduced: brier((r) => r.ratioForecast.pReduced),
      },
    },
  };
}

/** The `--json` shape of the issue. */
export function varselBacktestJson(report: VarselBacktest) {
  return {
    cases: report.cases.map((c) => ({
      id: c.id,
      currency: c.currency,
      notice: c.notice,
      actual: c.actual,
      estimate: Math.round(c.forecast.estimate),
      p10: Math.round(c.forecast.p10),
      p25: Math.round(c.forecast.p25),
      p75: Math.round(c.forecast.p75),
      p90: Math.round(c.forecast.p90),
      pReduced: c.forecast.pReduced,
      reduced: c.reduced,
      noticeToComparable: c.x === undefined ? null : Math.exp(c.x),
    })),
    model: report.model,
    baselines: report.baselines,
    alternatives: report.alternatives,
  };
}
