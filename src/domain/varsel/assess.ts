import type { ComparableCase } from "../estimator/cases.ts";
import { median } from "../estimator/distribution.ts";
import { estimateFine, type EstimateContext } from "../estimator/estimate.ts";
import type { Model } from "../estimator/model.ts";
import { currencyOf, type Scenario } from "../estimator/scenario.ts";
import type { Country, Currency } from "../schema/codes.ts";
import type { NoticeCase } from "./cases.ts";
import { closestNotices, noticeRatioLog } from "./comparable.ts";
import { fitVarselModel, forecastNotice, type NoticeForecast, type VarselModel } from "./model.ts";
import { summariseNotices, type NoticeSummary } from "./summary.ts";

/** A reader's notice: its amount and date, the facts of the case, and who sent it. */
export interface NoticeInput {
  notice: number;
  date?: string;
  scenario: Scenario;
}

export interface NoticeAssessment {
  notice: number;
  currency: Currency;
  /** The authority whose record sets P(reduced): the data-protection authority of the scenario's country. */
  authority: string;
  /** The calculator's P50 for the facts from all decided fines; null when it gives none. */
  comparableEstimate: number | null;
  /** notice / comparableEstimate. */
  noticeToComparable: number | null;
  /** The same ratio for the notice cases of the same authority (each from the other cases): median and count. */
  typicalNoticeToComparable: { median: number; n: number } | null;
  forecast: NoticeForecast;
  /** The baseline: the notice stands. */
  stands: number;
  /** The notice cases closest to the facts, most similar first, and what happened to them. */
  closest: { id: string; similarity: number }[];
  closestSummary: NoticeSummary;
}

/** Build-time inputs the assessment reads, also shipped to the page. */
export interface NoticeContext {
  decided: readonly ComparableCase[];
  model: Model;
  context: EstimateContext;
  notices: readonly NoticeCase[];
  /** Each notice case's notice / comparable-case estimate (from the other cases); absent without an estimate. */
  noticeRatios: Readonly<Record<string, number>>;
  varsel: VarselModel;
  /** Data-protection authority per country. */
  dpaOf: (country: Country) => string;
}

export const closestCount = 10;

/** The notice model fitted on every notice case (what the page and the CLI forecast with). */
export const fitOnNotices = (notices: readonly NoticeCase[]) =>
  fitVarselModel(notices.map((c) => ({ id: c.id, notice: c.notice.amount, final: c.final.amount, authority: c.authority })));

export function assessNotice(input: NoticeInput, ctx: NoticeContext, count = closestCount): NoticeAssessment {
  const authority = ctx.dpaOf(input.scenario.country);
  const currency = currencyOf(input.scenario);
  const result = estimateFine(input.scenario, ctx.decided, ctx.model, ctx.context);
  const x = noticeRatioLog(input.notice, result.estimate);
  const sameAuthority = ctx.notices.filter((c) => c.authority === authority && ctx.noticeRatios[c.id] !== undefined);
  const closest = closestNotices(input.scenario, ctx.notices, ctx.model, input.date ?? ctx.context.date, count, ctx.context.perEur);
  const ids = new Set(closest.map((c) => c.id));
  return {
    notice: input.notice,
    currency,
    authority,
    comparableEstimate: result.estimate,
    noticeToComparable: x === undefined ? null : Math.exp(x),
    typicalNoticeToComparable: sameAuthority.length
      ? { median: median(sameAuthority.map((c) => ctx.noticeRatios[c.id]!)), n: sameAuthority.length }
      : null,
    forecast: forecastNotice(ctx.varsel, input.notice, authority),
    stands: input.notice,
    closest,
    closestSummary: summariseNotices(ctx.notices.filter((c) => ids.has(c.id))),
  };
}
