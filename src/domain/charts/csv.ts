/** Each chart's data as CSV: one row per mark, plain numbers in major units, the case id first. */
import { csvFormat } from "d3-dsv";
import { factorLetters } from "../factors.ts";
import type { ChartId, TrendsData } from "./index.ts";
import type { CaseMark } from "./common.ts";

type Row = Record<string, string | number>;
const base = (m: CaseMark, authorityName: (id: string) => string): Row => ({
  case_id: m.id,
  controller: m.name,
  authority: authorityName(m.authority),
  country: m.country,
  controller_type: m.sector,
});
const pct = (n: number) => Math.round(n * 100) / 100;

export function chartCsv<K extends ChartId>(id: K, data: TrendsData, authorityName: (id: string) => string): string {
  const rows: Row[] = {
    fines: () => data.fines.map((p) => ({ ...base(p, authorityName), decided: p.fine.date, amount: p.fine.amount, currency: p.fine.currency, eur: p.fine.eur })),
    slope: () =>
      data.slope.map((i) => ({
        ...base(i, authorityName),
        currency: i.currency,
        notice: i.notice.amount,
        notice_date: i.notice.date,
        decision: i.final.amount,
        decision_date: i.final.date,
        change_percent: pct(i.change),
        notice_eur_at_decision: i.notice.eur,
        decision_eur: i.final.eur,
      })),
    people: () =>
      data.people.map((p) => ({
        ...base(p, authorityName),
        people_affected: p.people,
        amount: p.fine.amount,
        currency: p.fine.currency,
        eur: p.fine.eur,
        eur_per_person: pct(p.fine.eur / p.people),
      })),
    factors: () => data.factors.map((r) => ({ ...base(r, authorityName), decided: r.date ?? "", ...Object.fromEntries(factorLetters.map((l, i) => [l, r.directions[i]!])) })),
    appeals: () => data.appeals.map((a) => ({ ...base(a, authorityName), appeal_outcome: a.outcome, change_percent: a.change === undefined ? "" : pct(a.change) })),
  }[id]();
  return csvFormat(rows) + "\n";
}
