import type { ComparableCase } from "../estimator/cases.ts";
import { estimateFine, type EstimateContext } from "../estimator/estimate.ts";
import type { PerEur } from "../estimator/legal.ts";
import type { Model } from "../estimator/model.ts";
import { currencyOf } from "../estimator/scenario.ts";
import { similarity, targetOf } from "../estimator/similarity.ts";
import type { Scenario } from "../estimator/scenario.ts";
import type { NoticeCase } from "./cases.ts";
import type { NoticePoint } from "./model.ts";

/**
 * The calculator's P50 for a notice case's own facts, from the decided fines other than the case
 * (and `exclude`): what the comparable cases suggest, before the authority's own figure.
 */
export function comparableEstimate(
  c: NoticeCase,
  decided: readonly ComparableCase[],
  model: Model,
  ratesAt: (date: string) => PerEur,
  exclude: readonly string[] = [],
): number | null {
  if (currencyOf(c.scenario) !== c.currency) return null;
  const skip = new Set([c.id, ...exclude]);
  const context: EstimateContext = { date: c.decisionDate, perEur: ratesAt(c.decisionDate) };
  const result = estimateFine(c.scenario, decided.filter((d) => !skip.has(d.id)), model, context, {
    preGdpr: c.preGdpr,
    ...(c.tier ? { tier: c.tier } : {}),
  });
  return result.estimate;
}

/** ln(notice / estimate), or undefined without an estimate. */
export const noticeRatioLog = (notice: number, estimate: number | null | undefined) =>
  estimate && estimate > 0 && notice > 0 ? Math.log(notice / estimate) : undefined;

/** The notice cases as the model's points, each with its ratio to the estimate from the other cases. */
export function noticePoints(
  cases: readonly NoticeCase[],
  decided: readonly ComparableCase[],
  model: Model,
  ratesAt: (date: string) => PerEur,
  exclude: readonly string[] = [],
): NoticePoint[] {
  return cases.map((c) => {
    const x = noticeRatioLog(c.notice.amount, comparableEstimate(c, decided, model, ratesAt, exclude));
    return { id: c.id, notice: c.notice.amount, final: c.final.amount, authority: c.authority, ...(x !== undefined ? { x } : {}) };
  });
}

/**
 * The notice cases closest to a scenario, by the calculator's similarity on facts and factor
 * levels (its ranking), most similar first.
 */
export function closestNotices(
  scenario: Scenario,
  cases: readonly NoticeCase[],
  model: Model,
  date: string,
  count: number,
  perEur?: PerEur,
): { id: string; similarity: number }[] {
  // The rates convert a turnover the scenario states, so its size compares with the cases'.
  const target = perEur ? targetOf(scenario, date, false, perEur) : targetOf(scenario, date);
  return cases
    .map((c) => {
      const s = similarity(target, c, model);
      return { id: c.id, similarity: s.similarity, rank: s.rankDistance };
    })
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map(({ id, similarity: sim }) => ({ id, similarity: sim }));
}
