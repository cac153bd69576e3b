/**
 * Chart 1: every fine an authority decided, in euro at the ECB rate of the decision's date, over
 * time; public bodies marked apart. The finding: which authority fines public bodies hardest.
 */
import type { CaseRecord } from "../schema/case.ts";
import type { RateTable } from "../money.ts";
import { withEur } from "../cases.ts";
import { caseMark, decimalYear, median, type CaseMark, type ChartAmount } from "./common.ts";

export interface FinePoint extends CaseMark {
  fine: ChartAmount;
  /** The decision date as a decimal year, for the time axis. */
  x: number;
}

/** The authority's fine (the decision's amount, above zero, with a euro rate), oldest first. */
export function finePoints(records: readonly CaseRecord[], rates: RateTable): FinePoint[] {
  return records
    .flatMap((record) => {
      const final = record.amounts.final;
      if (!final || final.amount <= 0) return [];
      const eur = withEur(final, rates).eur;
      if (!eur) return [];
      const fine = { amount: final.amount, currency: final.currency, eur: eur.amount, date: final.date };
      return [{ ...caseMark(record), fine, x: decimalYear(final.date) }];
    })
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
}

export type FinesFinding =
  /** The authority whose fines on public bodies have the highest median, among those with `minCases`. */
  | { kind: "public-median"; authority: string; median: number; cases: number; runnerUp?: { authority: string; median: number; cases: number } }
  | { kind: "too-few-public"; cases: number; minCases: number };

export function finesFinding(points: readonly FinePoint[], minCases = 3): FinesFinding {
  const publicByAuthority = new Map<string, number[]>();
  for (const p of points) if (p.sector === "public") publicByAuthority.set(p.authority, [...(publicByAuthority.get(p.authority) ?? []), p.fine.eur]);
  const ranked = [...publicByAuthority]
    .filter(([, fines]) => fines.length >= minCases)
    .map(([authority, fines]) => ({ authority, median: median(fines)!, cases: fines.length }))
    .sort((a, b) => b.median - a.median || a.authority.localeCompare(b.authority));
  const [top, second] = ranked;
  if (!top) return { kind: "too-few-public", cases: points.filter((p) => p.sector === "public").length, minCases };
  return { kind: "public-median", ...top, ...(second ? { runnerUp: second } : {}) };
}
