import { decisionDate, withEur } from "./cases.ts";
import type { RateTable } from "./money.ts";
import { caseEnding } from "./outcome.ts";
import type { CaseRecord } from "./schema/case.ts";
import type { SourceDocument } from "./schema/document.ts";

/**
 * One authority's practice as the library records it: how many of its decisions the library holds,
 * its coded cases, the fines it set by year, public against private controllers, the range of its
 * fines in euro and what happened to its decisions on appeal.
 *
 * A fine here is the authority's own decided amount (the record's `final` stage above zero), in
 * euro at the ECB rate of the decision's date; for Denmark that amount is a recommendation to the
 * police (`recommendation`), not a fine the authority imposed.
 */
export interface AuthorityPractice {
  authority: string;
  /** Coded cases the authority decided, newest first (undated last). */
  cases: CaseRecord[];
  /** Coded cases in which this body ruled on an appeal (an appeal board or court), newest first. */
  appealRulings: CaseRecord[];
  /** Documents by this body in the decision library, and how many of them GDPRhub records with a fine. */
  library: { documents: number; withFine: number };
  /** Per calendar year of the decision, ascending. */
  byYear: YearRow[];
  /** Cases whose decision date the record does not give. */
  undated: number;
  byControllerType: Record<ControllerType, { cases: number; fines: number }>;
  /** Undefined when the authority set no fine in the coded cases. */
  fines: FineRange | undefined;
  /** What became of the authority's decisions, one outcome per coded case. */
  appeals: Record<AppealOutcome, number>;
  /** The authority's amounts are recommendations to the police (Denmark). */
  recommendation: boolean;
}

export type ControllerType = CaseRecord["controller"]["type"];
const controllerTypes: readonly ControllerType[] = ["public", "private", "individual"];

export interface YearRow {
  year: number;
  cases: number;
  fines: number;
  /** Sum and median of the year's fines in euro; undefined without a fine that converts. */
  totalEur: number | undefined;
  medianEur: number | undefined;
}

export interface FineAmount {
  caseId: string;
  eur: number;
}

export interface FineRange {
  /** Fines with a euro figure (an amount without an ECB rate for its date is left out and counted). */
  count: number;
  withoutRate: number;
  medianEur: number;
  lowest: FineAmount;
  highest: FineAmount;
}

export const appealOutcomes = ["not-appealed", "upheld", "lowered", "raised", "annulled", "unrecorded", "unknown"] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];

/** The median of a list of numbers (the mean of the two middle ones for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * What became of a case's decision on appeal: the appeal's amount against the decision's (upheld,
 * lowered, raised, annulled), appealed without a recorded effect on the amount, not appealed, or
 * nothing recorded.
 */
export function appealOutcome(record: CaseRecord): AppealOutcome {
  const ending = caseEnding(record);
  if (ending.stage === "appeal" && ending.appeal) {
    if (ending.kind === "annulled") return "annulled";
    const change = ending.changeFromDecision;
    // Without a decided amount in the same currency there is nothing to weigh the appeal's against.
    if (change === undefined) return "unrecorded";
    return change === 0 ? "upheld" : change < 0 ? "lowered" : "raised";
  }
  if (ending.appealUnrecorded || record.timeline.some((t) => t.event === "appeal" || t.event === "appeal-decision") || record.appeal?.status === "appealed") {
    return "unrecorded";
  }
  return record.appeal?.status === "not-appealed" ? "not-appealed" : "unknown";
}

/** The authority's decided fine in euro at its date's ECB rate; undefined without a fine, null without a rate. */
function decidedFineEur(record: CaseRecord, rates: RateTable): number | null | undefined {
  const decided = record.amounts.final;
  if (!decided || decided.amount <= 0) return undefined;
  return withEur(decided, rates).eur?.amount ?? null;
}

const newestFirst = (a: CaseRecord, b: CaseRecord) => (decisionDate(b) ?? "").localeCompare(decisionDate(a) ?? "");

/** The body that ruled on a case's appeal: the authority of the document its appeal amount or appeal ruling cites. */
function appealBodies(record: CaseRecord, documents: ReadonlyMap<string, SourceDocument>): Set<string> {
  const refs = [record.amounts.appeal?.source, ...record.timeline.filter((t) => t.event === "appeal-decision").map((t) => t.source)];
  return new Set(refs.flatMap((ref) => (ref ? [documents.get(ref.document)?.authority].filter((a): a is string => !!a) : [])));
}

export function authorityPractice(
  authority: string,
  cases: readonly CaseRecord[],
  documents: ReadonlyMap<string, SourceDocument>,
  rates: RateTable,
): AuthorityPractice {
  const own = cases.filter((c) => c.authority === authority).sort(newestFirst);
  const appealRulings = cases.filter((c) => c.authority !== authority && appealBodies(c, documents).has(authority)).sort(newestFirst);

  const library = { documents: 0, withFine: 0 };
  for (const doc of documents.values()) {
    if (doc.authority !== authority || !doc.inLibrary) continue;
    library.documents += 1;
    if ((doc.metadata?.fine?.amount ?? 0) > 0) library.withFine += 1;
  }

  const years = new Map<number, { cases: number; fines: number; eur: number[] }>();
  const byControllerType = Object.fromEntries(controllerTypes.map((t) => [t, { cases: 0, fines: 0 }])) as AuthorityPractice["byControllerType"];
  const appeals = Object.fromEntries(appealOutcomes.map((o) => [o, 0])) as Record<AppealOutcome, number>;
  const fines: FineAmount[] = [];
  let withoutRate = 0;
  let undated = 0;

  for (const record of own) {
    const eur = decidedFineEur(record, rates);
    const fined = eur !== undefined;
    const date = decisionDate(record);
    if (date) {
      const row = years.get(Number(date.slice(0, 4))) ?? { cases: 0, fines: 0, eur: [] };
      row.cases += 1;
      if (fined) row.fines += 1;
      if (typeof eur === "number") row.eur.push(eur);
      years.set(Number(date.slice(0, 4)), row);
    } else undated += 1;
    byControllerType[record.controller.type].cases += 1;
    if (fined) byControllerType[record.controller.type].fines += 1;
    if (eur === null) withoutRate += 1;
    else if (eur !== undefined) fines.push({ caseId: record.id, eur });
    appeals[appealOutcome(record)] += 1;
  }

  const byYear = [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, row]) => ({
      year,
      cases: row.cases,
      fines: row.fines,
      totalEur: row.eur.length ? row.eur.reduce((s, n) => s + n, 0) : undefined,
      medianEur: median(row.eur),
    }));

  const sorted = [...fines].sort((a, b) => a.eur - b.eur || a.caseId.localeCompare(b.caseId));
  const range: FineRange | undefined = sorted.length
    ? { count: sorted.length, withoutRate, medianEur: median(sorted.map((f) => f.eur))!, lowest: sorted[0]!, highest: sorted.at(-1)! }
    : undefined;

  return {
    authority,
    cases: own,
    appealRulings,
    library,
    byYear,
    undated,
    byControllerType,
    fines: range,
    appeals,
    recommendation: own.length > 0 && own.every((c) => c.country === "DK"),
  };
}

/** The bodies that get a practice page: those with coded cases, appeal rulings in them, or documents in the library. */
export function authoritiesWithPractice(
  authorities: Iterable<{ id: string }>,
  cases: readonly CaseRecord[],
  documents: ReadonlyMap<string, SourceDocument>,
): string[] {
  const ruled = new Set(cases.flatMap((c) => [...appealBodies(c, documents)]));
  const decided = new Set(cases.map((c) => c.authority));
  const published = new Set([...documents.values()].filter((d) => d.inLibrary && d.authority).map((d) => d.authority!));
  return [...authorities].map((a) => a.id).filter((id) => decided.has(id) || ruled.has(id) || published.has(id));
}
