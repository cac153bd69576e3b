/**
 * An estimate as the calculator page shows it: plain, serialisable data, so the build can hand the
 * page the figures of its first render and the components receive everything ready (which facts
 * a comparable shares or differs on, each adjustment as a multiplier) and decide nothing.
 */
import type { FactorLetter } from "../factors.ts";
import type { AdjustmentPart } from "./adjustment.ts";
import type { ComparableResult, EstimateResult } from "./estimate.ts";
import type { Lens } from "./edpb.ts";
import type { Model } from "./model.ts";
import type { Comparison } from "./similarity.ts";

/** A fact or factor named in the comparables table. */
export interface ComparisonRef {
  key: Comparison["key"];
  letter?: FactorLetter;
}

export interface ComparableRow
  extends Pick<
    ComparableResult,
    "id" | "controllerName" | "authorityName" | "reference" | "date" | "preGdpr" | "fine" | "converted" | "adjusted" | "multiplier" | "similarity" | "weight"
  > {
  /** What the fine was adjusted for, each part as the multiplier it applies. */
  parts: (Pick<AdjustmentPart, "key" | "letter" | "scenario" | "case"> & { factor: number })[];
  /** What the scenario states and the case shares. */
  same: ComparisonRef[];
  /** What the scenario states and the case differs on, with the case's value. */
  differs: (ComparisonRef & { value: Comparison["case"] })[];
}

export interface EstimateView
  extends Pick<
    EstimateResult,
    "currency" | "fineable" | "notFineable" | "legalMaximum" | "estimate" | "low" | "high" | "p10" | "p90" | "capped" | "warnings" | "notes"
  > {
  /** The EDPB's lens without the list of decided fines behind its counts. */
  lens: Omit<Lens, "decided">;
  /** The closest comparables, in rank order (the first `rows` given to estimateView). */
  comparables: ComparableRow[];
  /** How many comparables there are in all. */
  comparableCount: number;
}

/**
 * The comparisons a reader can check against the scenario: those that count (weight > 0) and that
 * the scenario states (a fact it gives, a factor it assesses; the law applied is always stated).
 */
export function statedComparisons(k: Pick<ComparableResult, "facts" | "factors">): { same: Comparison[]; differs: Comparison[] } {
  const stated = [...k.facts, ...k.factors].filter(
    (x) => x.weight > 0 && (x.key === "preGdpr" || (x.scenario !== undefined && x.scenario !== "not-assessed")),
  );
  return { same: stated.filter((x) => x.distance === 0), differs: stated.filter((x) => x.distance > 0) };
}

const ref = (c: Comparison): ComparisonRef => (c.letter ? { key: c.key, letter: c.letter } : { key: c.key });

export function comparableRow(k: ComparableResult): ComparableRow {
  const { same, differs } = statedComparisons(k);
  return {
    id: k.id,
    controllerName: k.controllerName,
    authorityName: k.authorityName,
    reference: k.reference,
    date: k.date,
    preGdpr: k.preGdpr,
    fine: k.fine,
    converted: k.converted,
    adjusted: k.adjusted,
    multiplier: k.multiplier,
    similarity: k.similarity,
    weight: k.weight,
    parts: k.adjustment.parts.map((p) => ({
      key: p.key,
      ...(p.letter ? { letter: p.letter } : {}),
      scenario: p.scenario,
      case: p.case,
      factor: Math.exp(p.log),
    })),
    same: same.map(ref),
    differs: differs.map((c) => ({ ...ref(c), value: c.case })),
  };
}

/** The page's view of an estimate, with the first `rows` comparables (all by default). */
export function estimateView(result: EstimateResult, rows = Infinity): EstimateView {
  const { decided: _decided, ...lens } = result.lens;
  return {
    currency: result.currency,
    fineable: result.fineable,
    ...(result.notFineable ? { notFineable: result.notFineable } : {}),
    legalMaximum: result.legalMaximum,
    estimate: result.estimate,
    low: result.low,
    high: result.high,
    p10: result.p10,
    p90: result.p90,
    capped: result.capped,
    warnings: result.warnings,
    notes: result.notes,
    lens,
    comparables: result.comparables.slice(0, rows).map(comparableRow),
    comparableCount: result.comparables.length,
  };
}

/** True when the weights were fitted on other cases than the library's decided fines now. */
export function weightsAreStale(meta: Pick<Model["meta"], "n" | "caseIds">, caseIds: readonly string[]): boolean {
  const ids = new Set(caseIds);
  return meta.n !== caseIds.length || meta.caseIds.some((id) => !ids.has(id));
}
