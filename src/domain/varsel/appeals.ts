import { caseEnding } from "../outcome.ts";
import type { CaseRecord, SourceRef } from "../schema/case.ts";
import type { Country, Currency } from "../schema/codes.ts";
import { daysBetween } from "./cases.ts";

export const appealOutcomes = ["upheld", "reduced", "raised", "annulled", "decided-unrecorded", "pending", "unrecorded"] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];

/** A fine appealed to an appeal board or court, and what the appeal did to it. */
export interface AppealCase {
  id: string;
  title: string;
  country: Country;
  /** Authority id of the appeal body, when a document of the appeal names it. */
  body: string | undefined;
  currency: Currency;
  decision: { amount: number; date: string; source: SourceRef };
  appeal?: { amount: number; date: string; source: SourceRef };
  outcome: AppealOutcome;
  /** Days from the decision to the appeal's outcome, when both are full dates. */
  days?: number;
}

export interface AppealBodies {
  /** A document's authority id. */
  documentAuthority: (documentId: string) => string | undefined;
  /** Whether an authority id is an appeal board or a court (not the data-protection authority). */
  isAppealBody: (authorityId: string) => boolean;
}

/** The appeal body of a case: the authority of the first appeal document that names one. */
function appealBody(record: CaseRecord, bodies: AppealBodies): string | undefined {
  const refs: SourceRef[] = [
    ...(record.amounts.appeal ? [record.amounts.appeal.source] : []),
    ...record.timeline.filter((t) => t.event === "appeal-decision" || t.event === "appeal").map((t) => t.source),
    ...(record.appeal?.source ? [record.appeal.source] : []),
  ];
  for (const ref of refs) {
    const id = bodies.documentAuthority(ref.document);
    if (id && bodies.isAppealBody(id)) return id;
  }
  return undefined;
}

/**
 * Every decided fine that was appealed, with the appeal's outcome: upheld, reduced, raised or
 * annulled (0) when the record has the appeal's amount; decided but its amount not recorded,
 * pending, or unrecorded otherwise. Sorted by decision date, newest first.
 */
export function appealRecord(records: readonly CaseRecord[], bodies: AppealBodies): AppealCase[] {
  const out: AppealCase[] = [];
  for (const record of records) {
    const decision = record.amounts.final;
    if (!decision || decision.amount <= 0) continue;
    const ending = caseEnding(record);
    const appeal = record.amounts.appeal;
    if (!appeal && !ending.appealUnrecorded) continue;
    let outcome: AppealOutcome;
    if (appeal && appeal.currency === decision.currency) {
      outcome = appeal.amount === 0 ? "annulled" : appeal.amount === decision.amount ? "upheld" : appeal.amount < decision.amount ? "reduced" : "raised";
    } else outcome = ending.appealUnrecorded === "decided" ? "decided-unrecorded" : ending.appealUnrecorded === "pending" ? "pending" : "unrecorded";
    const days = appeal ? daysBetween(decision.date, appeal.date) : undefined;
    out.push({
      id: record.id,
      title: record.title,
      country: record.country,
      body: appealBody(record, bodies),
      currency: decision.currency,
      decision: { amount: decision.amount, date: decision.date, source: decision.source },
      ...(appeal ? { appeal: { amount: appeal.amount, date: appeal.date, source: appeal.source } } : {}),
      outcome,
      ...(days !== undefined && days >= 0 ? { days } : {}),
    });
  }
  return out.sort((a, b) => b.decision.date.localeCompare(a.decision.date) || (a.id < b.id ? -1 : 1));
}

export function countOutcomes(cases: readonly Pick<AppealCase, "outcome">[]): Record<AppealOutcome, number> {
  const counts = Object.fromEntries(appealOutcomes.map((o) => [o, 0])) as Record<AppealOutcome, number>;
  for (const c of cases) counts[c.outcome] += 1;
  return counts;
}
