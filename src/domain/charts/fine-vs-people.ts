/**
 * Chart 3: the authority's fine against the number of people affected, for every case that states
 * both; both axes logarithmic.
 */
import type { CaseRecord } from "../schema/case.ts";
import type { RateTable } from "../money.ts";
import { finePoints } from "./fines-over-time.ts";
import { median, rankCorrelation, type CaseMark, type ChartAmount } from "./common.ts";

export interface PeoplePoint extends CaseMark {
  fine: ChartAmount;
  people: number;
}

export function fineVsPeople(records: readonly CaseRecord[], rates: RateTable): PeoplePoint[] {
  const people = new Map(records.map((r) => [r.id, r.dataSubjects.count]));
  return finePoints(records, rates)
    .flatMap(({ x: _x, ...p }) => {
      const count = people.get(p.id);
      // A count of 0 cannot sit on a log axis, and no fined case states it.
      return count !== undefined && count > 0 ? [{ ...p, people: count }] : [];
    })
    .sort((a, b) => a.people - b.people || a.fine.eur - b.fine.eur || a.id.localeCompare(b.id));
}

export interface PeopleFinding {
  kind: "rank-correlation";
  cases: number;
  /** Spearman's rho between people affected and the fine in euro; undefined under three cases. */
  rho: number | undefined;
  /** The median euro fine per person affected. */
  medianPerPerson: number | undefined;
}

export function peopleFinding(points: readonly PeoplePoint[]): PeopleFinding {
  return {
    kind: "rank-correlation",
    cases: points.length,
    rho: rankCorrelation(
      points.map((p) => p.people),
      points.map((p) => p.fine.eur),
    ),
    medianPerPerson: median(points.map((p) => p.fine.eur / p.people)),
  };
}
