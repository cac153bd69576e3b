/**
 * Chart 2: from the notified amount to the decided one, for every case with both. The change is in
 * the case's own currency; both ends are shown in euro at the ECB rate of the decision's date, so
 * a slope shows the change itself and not a move of the exchange rate.
 */
import type { CaseRecord } from "../schema/case.ts";
import type { Currency } from "../schema/codes.ts";
import { toEur, percentChange, type RateTable } from "../money.ts";
import { caseMark, median, type CaseMark } from "./common.ts";

export interface SlopeItem extends CaseMark {
  currency: Currency;
  notice: { amount: number; date: string; eur: number };
  final: { amount: number; date: string; eur: number };
  /** Percent change from notice to decision, in the case's currency. */
  change: number;
}

export function noticeToFinal(records: readonly CaseRecord[], rates: RateTable): SlopeItem[] {
  return records
    .flatMap((record) => {
      const { notice, final } = record.amounts;
      if (!notice || !final || notice.currency !== final.currency) return [];
      const change = percentChange(notice.amount, final.amount);
      const noticeEur = toEur(rates, notice.amount, notice.currency, final.date);
      const finalEur = toEur(rates, final.amount, final.currency, final.date);
      if (change === undefined || !noticeEur || !finalEur) return [];
      return [
        {
          ...caseMark(record),
          currency: final.currency,
          notice: { amount: notice.amount, date: notice.date, eur: Math.round(noticeEur.amount) },
          final: { amount: final.amount, date: final.date, eur: Math.round(finalEur.amount) },
          change,
        },
      ];
    })
    .sort((a, b) => a.change - b.change || b.notice.eur - a.notice.eur || a.id.localeCompare(b.id));
}

export interface SlopeFinding {
  kind: "median-change";
  cases: number;
  /** Median percent change; undefined without cases. */
  median: number | undefined;
  lowered: number;
  unchanged: number;
  raised: number;
}

export function slopeFinding(items: readonly SlopeItem[]): SlopeFinding {
  return {
    kind: "median-change",
    cases: items.length,
    median: median(items.map((i) => i.change)),
    lowered: items.filter((i) => i.change < 0).length,
    unchanged: items.filter((i) => i.change === 0).length,
    raised: items.filter((i) => i.change > 0).length,
  };
}
