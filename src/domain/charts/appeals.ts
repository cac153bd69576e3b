/**
 * Chart 5: what happened to a decision on appeal, one outcome per case, by the same rule as every
 * page (src/domain/outcome.ts): an appeal ruling's amount against the decision's.
 */
import type { CaseRecord } from "../schema/case.ts";
import { caseEnding } from "../outcome.ts";
import { caseMark, type CaseMark } from "./common.ts";

export const appealOutcomes = [
  "upheld",
  "lowered",
  "raised",
  "annulled",
  "set-on-appeal",
  "decided-unrecorded",
  "pending",
  "appealed-unknown",
  "not-appealed",
  "not-recorded",
] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];
/** The outcomes of an appeal that was ruled on with its amount recorded. */
export const ruledOutcomes: readonly AppealOutcome[] = ["upheld", "lowered", "raised", "annulled", "set-on-appeal"];

export function appealOutcome(record: CaseRecord): AppealOutcome {
  const ending = caseEnding(record);
  if (ending.stage === "appeal" && ending.appeal) {
    if (ending.appeal.amount === 0) return "annulled";
    // An appeal body that set the first amount (or changed the currency) has nothing to compare with.
    const change = ending.changeFromDecision;
    if (change === undefined) return "set-on-appeal";
    return change < 0 ? "lowered" : change > 0 ? "raised" : "upheld";
  }
  switch (ending.appealUnrecorded) {
    case "decided":
      return "decided-unrecorded";
    case "pending":
      return "pending";
    case "unknown":
      return "appealed-unknown";
  }
  return record.appeal?.status === "not-appealed" ? "not-appealed" : "not-recorded";
}

export interface AppealItem extends CaseMark {
  outcome: AppealOutcome;
  /** Percent change of the amount on appeal, when both amounts are in one currency. */
  change?: number;
}

export function appealItems(records: readonly CaseRecord[]): AppealItem[] {
  return records.map((record) => {
    const outcome = appealOutcome(record);
    const ending = caseEnding(record);
    const change = ending.stage === "appeal" ? ending.changeFromDecision : undefined;
    return { ...caseMark(record), outcome, ...(change !== undefined ? { change } : {}) };
  });
}

/** Cases per outcome, and per outcome and authority. */
export function appealCounts(items: readonly AppealItem[]) {
  const total = Object.fromEntries(appealOutcomes.map((o) => [o, 0])) as Record<AppealOutcome, number>;
  const byAuthority: Record<string, Record<AppealOutcome, number>> = {};
  for (const item of items) {
    total[item.outcome]++;
    byAuthority[item.authority] ??= Object.fromEntries(appealOutcomes.map((o) => [o, 0])) as Record<AppealOutcome, number>;
    byAuthority[item.authority]![item.outcome]++;
  }
  return { total, byAuthority };
}

export interface AppealFinding {
  kind: "appeal-lowered";
  cases: number;
  /** Cases recorded as appealed, whatever came of it. */
  appealed: number;
  /** Appeals ruled on with the amount recorded. */
  ruled: number;
  /** Of those, how many ended lower (lowered or annulled). */
  lowered: number;
}

export function appealFinding(items: readonly AppealItem[]): AppealFinding {
  const { total } = appealCounts(items);
  const ruled = ruledOutcomes.reduce((n, o) => n + total[o], 0);
  return {
    kind: "appeal-lowered",
    cases: items.length,
    appealed: ruled + total["decided-unrecorded"] + total.pending + total["appealed-unknown"],
    ruled,
    lowered: total.lowered + total.annulled,
  };
}
