import type { CaseRecord, SourceRef, StageAmount } from "./schema/case.ts";
import { percentChange } from "./money.ts";

/**
 * How a case ended, one rule for every page and export:
 * - an appeal or court outcome replaces the authority's decision (amounts.appeal over amounts.final);
 * - an amount of 0 at a later stage means the fine was annulled, set aside or never imposed;
 * - in Denmark the authority does not fine: its amount is a recommendation to the police and a
 *   court decides, so without a court outcome the case ended in a recommendation, not a fine;
 * - without any fine, the record's outcome says what it was (reprimand, orders, no fine), and a
 *   notice without a decision is only a notice.
 */
export const endingKinds = [
  "fine",
  "fine-changed",
  "annulled",
  "recommended",
  "reprimand",
  "orders",
  "no-fine",
  "notice-only",
  "pending",
  "unknown",
] as const;
export type EndingKind = (typeof endingKinds)[number];

/** The stage an ending rests on: a notice only, the authority's decision, or an appeal board's or court's ruling. */
export type EndingStage = "notice" | "decision" | "appeal";

export interface CaseEnding {
  kind: EndingKind;
  /**
   * The last binding amount (0 when annulled; for Denmark without a court outcome, the recommended
   * amount). Absent when the case ended without a fine or is not decided.
   */
  amount?: StageAmount;
  stage?: EndingStage;
  date?: string;
  source?: SourceRef;
  /** The authority's amount is a recommendation to the police; a court imposes the fine (Denmark). */
  recommendation: boolean;
  /**
   * Appealed, but what the appeal did to the amount is not recorded: the ruling is known but not its
   * amount ("decided"), the last thing recorded is an appeal being lodged ("pending"), or no more
   * than that there was an appeal ("unknown").
   */
  appealUnrecorded?: "decided" | "pending" | "unknown";
  notice?: StageAmount;
  decision?: StageAmount;
  appeal?: StageAmount;
  /** Percent change from the notified amount to the ending (−100 when no fine followed a notice). */
  changeFromNotice?: number;
  /** Percent change from the decision's amount to the ending (0 when the decision stands). */
  changeFromDecision?: number;
}

/** Kinds in which the case ended with money to pay or recommended; the estimator's decided fines. */
export const isFineEnding = (e: CaseEnding): boolean =>
  (e.kind === "fine" || e.kind === "fine-changed" || e.kind === "recommended") && (e.amount?.amount ?? 0) > 0;

/** The authority's amount is a recommendation to the police: Danish law leaves fines to the courts. */
export const isRecommendation = (record: CaseRecord) => record.country === "DK";

const change = (from: StageAmount | undefined, to: StageAmount | undefined) =>
  from && to && from.currency === to.currency ? percentChange(from.amount, to.amount) : undefined;

/** What the record says about an appeal whose effect on the amount it does not record. */
function unrecordedAppeal(record: CaseRecord): CaseEnding["appealUnrecorded"] {
  // Timelines are chronological, so the last appeal event says where the appeal stands.
  const last = record.timeline.findLast((t) => t.event === "appeal" || t.event === "appeal-decision");
  if (last) return last.event === "appeal-decision" ? "decided" : "pending";
  return record.appeal?.status === "appealed" ? "unknown" : undefined;
}

/** The decision (or, after it, the appeal ruling) that ended a case without a fine. */
function lastRuling(record: CaseRecord) {
  const last = record.timeline.findLast((t) => t.event === "decision" || t.event === "appeal-decision");
  if (!last) return {};
  return { stage: (last.event === "decision" ? "decision" : "appeal") as EndingStage, date: last.date, source: last.source };
}

export function caseEnding(record: CaseRecord): CaseEnding {
  const { notice, final: decision, appeal } = record.amounts;
  const recommendation = isRecommendation(record) && decision !== undefined;
  const base = {
    recommendation,
    ...(notice ? { notice } : {}),
    ...(decision ? { decision } : {}),
    ...(appeal ? { appeal } : {}),
  };
  const binding = appeal ?? decision;
  if (binding) {
    const stage: EndingStage = appeal ? "appeal" : "decision";
    const kind: EndingKind =
      binding.amount === 0
        ? "annulled"
        : appeal && decision && (appeal.amount !== decision.amount || appeal.currency !== decision.currency)
          ? "fine-changed"
          : !appeal && recommendation
            ? "recommended"
            : "fine";
    const unrecorded = appeal ? undefined : unrecordedAppeal(record);
    return {
      ...base,
      kind,
      amount: binding,
      stage,
      date: binding.date,
      source: binding.source,
      ...(unrecorded ? { appealUnrecorded: unrecorded } : {}),
      ...optional("changeFromNotice", change(notice, binding)),
      ...optional("changeFromDecision", change(decision, binding)),
    };
  }
  const withoutFine = record.outcome === "reprimand" || record.outcome === "orders" || record.outcome === "no-fine";
  if (withoutFine) {
    // A notified fine that was not imposed: the whole amount fell away.
    return { ...base, kind: record.outcome as EndingKind, ...lastRuling(record), ...(notice ? { changeFromNotice: -100 } : {}) };
  }
  if (notice) return { ...base, kind: "notice-only", stage: "notice", date: notice.date, source: notice.source };
  return { ...base, kind: record.outcome === "pending" ? "pending" : "unknown" };
}

const optional = <K extends string>(key: K, value: number | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, number>>;
