/**
 * Chart 4: each case against the eleven factors of Article 83(2), each cell how the authority
 * weighed the factor: aggravating, neutral, mitigating, or not assessed.
 */
import type { CaseRecord } from "../schema/case.ts";
import { decisionDate } from "../cases.ts";
import { factorDirections, factorLetters, type FactorDirection, type FactorLetter } from "../factors.ts";
import { caseMark, type CaseMark } from "./common.ts";

export interface FactorRow extends CaseMark {
  date: string | undefined;
  /** One direction per letter, (a) to (k) in order. */
  directions: FactorDirection[];
}

/** Every case, grouped by authority (the order given), newest first within each. */
export function factorMatrix(records: readonly CaseRecord[], authorityOrder: readonly string[] = []): FactorRow[] {
  const rank = (a: string) => {
    const i = authorityOrder.indexOf(a);
    return i < 0 ? authorityOrder.length : i;
  };
  return records
    .map((record) => ({ ...caseMark(record), date: decisionDate(record), directions: factorLetters.map((l) => record.factors[l].direction) }))
    .sort(
      (a, b) =>
        rank(a.authority) - rank(b.authority) ||
        a.authority.localeCompare(b.authority) ||
        (b.date ?? "").localeCompare(a.date ?? "") ||
        a.id.localeCompare(b.id),
    );
}

export type DirectionCounts = Record<FactorDirection, number>;

/** For each letter, how many cases weighed it each way. */
export function factorCounts(rows: readonly FactorRow[]): Record<FactorLetter, DirectionCounts> {
  return Object.fromEntries(
    factorLetters.map((l, i) => {
      const counts = Object.fromEntries(factorDirections.map((d) => [d, 0])) as DirectionCounts;
      for (const r of rows) counts[r.directions[i]!]++;
      return [l, counts];
    }),
  ) as Record<FactorLetter, DirectionCounts>;
}

export type FactorFinding =
  /** The factor most often weighed as aggravating, and the one most often mitigating. */
  | { kind: "most-weighed"; cases: number; withoutAssessment: number; aggravating: { letter: FactorLetter; count: number }; mitigating?: { letter: FactorLetter; count: number } }
  | { kind: "none-assessed"; cases: number };

/** The case's decision weighs at least one factor either way or as neutral. */
export const isAssessed = (row: FactorRow) => row.directions.some((d) => d !== "not-assessed");

export function factorFinding(rows: readonly FactorRow[]): FactorFinding {
  const counts = factorCounts(rows);
  const top = (direction: FactorDirection) =>
    factorLetters
      .map((letter) => ({ letter, count: counts[letter][direction] }))
      .filter((x) => x.count > 0)
      .sort((a, b) => b.count - a.count)[0];
  const aggravating = top("aggravating");
  const mitigating = top("mitigating");
  if (!aggravating) return { kind: "none-assessed", cases: rows.length };
  const withoutAssessment = rows.filter((r) => !isAssessed(r)).length;
  return { kind: "most-weighed", cases: rows.length, withoutAssessment, aggravating, ...(mitigating ? { mitigating } : {}) };
}
