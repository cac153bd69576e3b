import type { ComparableCase } from "../estimator/cases.ts";
import type { EstimateContext } from "../estimator/estimate.ts";
import { perEurOn } from "../estimator/cases.ts";
import type { RateTable } from "../money.ts";
import type { Model } from "../estimator/model.ts";
import type { Authority } from "../schema/document.ts";
import type { CaseRecord } from "../schema/case.ts";
import type { Country } from "../schema/codes.ts";
import { fitOnNotices, type NoticeContext } from "./assess.ts";
import { noticeCases } from "./cases.ts";
import { comparableEstimate } from "./comparable.ts";

/** The data-protection authority of each country, from content/authorities.json. */
export function dpaByCountry(authorities: Iterable<Pick<Authority, "id" | "country" | "kind">>): (country: Country) => string {
  const map = new Map<string, string>();
  for (const a of authorities) if (a.kind === "dpa" && !map.has(a.country)) map.set(a.country, a.id);
  return (country) => map.get(country) ?? `${country.toLowerCase()}-dpa`;
}

/** Everything /varsel/ and `estimate --notice` forecast from, built from the records and the calculator's model. */
export function noticeContext(
  records: readonly CaseRecord[],
  authorities: Iterable<Pick<Authority, "id" | "country" | "kind">>,
  decided: readonly ComparableCase[],
  model: Model,
  context: EstimateContext,
  rates: RateTable,
): NoticeContext {
  const notices = noticeCases(records, rates);
  const ratesAt = (date: string) => perEurOn(rates, date).perEur;
  const noticeRatios: Record<string, number> = {};
  for (const c of notices) {
    const estimate = comparableEstimate(c, decided, model, ratesAt);
    if (estimate && estimate > 0) noticeRatios[c.id] = c.notice.amount / estimate;
  }
  return { decided, model, context, notices, noticeRatios, varsel: fitOnNotices(notices), dpaOf: dpaByCountry(authorities) };
}
