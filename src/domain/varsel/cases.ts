import { isPreGdpr } from "../cases.ts";
import { caseEnding } from "../outcome.ts";
import type { ArgumentResult, CaseRecord, SourceRef } from "../schema/case.ts";
import type { Country, Currency } from "../schema/codes.ts";
import { perEurOn, recordScenario } from "../estimator/cases.ts";
import { convertAt } from "../estimator/legal.ts";
import type { RateTable } from "../money.ts";
import { currencies } from "../schema/codes.ts";
import { tierOfArticles, tierOfRecord, type Tier } from "../estimator/legal.ts";
import type { Scenario } from "../estimator/scenario.ts";

/**
 * A notice (varsel) whose authority then decided an amount: the cases /varsel/ learns from. The
 * decided amount is the authority's own (amounts.final), before any appeal; what an appeal did
 * is kept beside it.
 */
export interface NoticeCase {
  id: string;
  title: string;
  authority: string;
  country: Country;
  currency: Currency;
  notice: { amount: number; date: string; source: SourceRef };
  final: { amount: number; date: string; source: SourceRef };
  /** The decided amount in every currency at the ECB rates of its date (what the calculator's similarity reads sizes with). */
  fineIn: Record<Currency, number>;
  /** final / notice. */
  ratio: number;
  change: NoticeChange;
  /** Days from the notice to the decision, when both dates are full days. */
  days?: number;
  /** The amount after an appeal or court, when recorded. */
  appeal?: { amount: number; date: string; source: SourceRef };
  /** What the calculator reads of the case: its recorded facts and factors. */
  scenario: Scenario;
  tier: Tier | undefined;
  preGdpr: boolean;
  /** The decision's date (the day whose rates convert amounts in the estimator). */
  decisionDate: string;
  /** Arguments the authority accepted in full or in part: the reasons a notice came down. */
  credited: CreditedArgument[];
  /** The notified or the decided amount (or its date) is marked unverified in the record. */
  unverified: boolean;
}

export type NoticeChange = "unchanged" | "reduced" | "raised";

/** An argument the authority credited; its texts are the record's `arguments[index]` (in every language the record has). */
export interface CreditedArgument {
  index: number;
  result: Extract<ArgumentResult, "accepted" | "partly">;
  kinds: string[];
  pinpoint?: SourceRef;
}

const isFullDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/** Whole days from a to b (ISO dates); undefined unless both are full dates. */
export function daysBetween(a: string, b: string): number | undefined {
  if (!isFullDate(a) || !isFullDate(b)) return undefined;
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Ratios this close to 1 are the notice standing (amounts are whole units). */
const same = (a: number, b: number) => Math.abs(a - b) < 0.5;

export function changeOf(notice: number, final: number): NoticeChange {
  return same(notice, final) ? "unchanged" : final < notice ? "reduced" : "raised";
}

/**
 * Every case with a notified and a decided amount in the same currency, sorted by id. A case the
 * authority closed without a fine after a notice has no decided amount and is not among them.
 */
export function noticeCases(records: readonly CaseRecord[], rates: RateTable): NoticeCase[] {
  const out: NoticeCase[] = [];
  for (const record of records) {
    const { notice, final, appeal } = record.amounts;
    if (!notice || !final || notice.currency !== final.currency || notice.amount <= 0) continue;
    const ending = caseEnding(record);
    const credited: CreditedArgument[] = [];
    record.arguments.forEach((a, index) => {
      if (a.result === "accepted" || a.result === "partly") {
        credited.push({ index, result: a.result, kinds: a.kinds, ...(a.pinpoint ? { pinpoint: a.pinpoint } : {}) });
      }
    });
    const days = daysBetween(notice.date, final.date);
    const { perEur } = perEurOn(rates, final.date);
    const fineIn = Object.fromEntries(currencies.map((c) => [c, convertAt(perEur, final.amount, final.currency, c)])) as Record<Currency, number>;
    out.push({
      id: record.id,
      title: record.title,
      authority: record.authority,
      country: record.country,
      currency: notice.currency,
      notice: { amount: notice.amount, date: notice.date, source: notice.source },
      final: { amount: final.amount, date: final.date, source: final.source },
      fineIn,
      ratio: final.amount / notice.amount,
      change: changeOf(notice.amount, final.amount),
      ...(days !== undefined && days >= 0 ? { days } : {}),
      ...(appeal && ending.stage === "appeal" ? { appeal: { amount: appeal.amount, date: appeal.date, source: appeal.source } } : {}),
      scenario: recordScenario(record),
      tier: tierOfRecord(record.tier) ?? tierOfArticles(record.articles),
      preGdpr: isPreGdpr(record),
      decisionDate: final.date,
      credited,
      unverified: Boolean(notice.unverified || final.unverified),
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
