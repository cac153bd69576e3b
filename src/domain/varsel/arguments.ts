import { argumentsByKind, type KindArguments } from "../arguments.ts";
import type { ArgumentKind } from "../schema/argument-kind.ts";
import type { ArgumentResult, CaseRecord } from "../schema/case.ts";

/**
 * How each kind of argument fared in a set of cases (the notice cases, or the ones closest to a
 * reader's facts): every kind of content/argument-kinds.json, most argued first, with the
 * arguments themselves in case order.
 */
export function argumentRecord(records: readonly CaseRecord[], ids: ReadonlySet<string>, kinds: readonly ArgumentKind[]): KindArguments[] {
  return argumentsByKind(
    records.filter((r) => ids.has(r.id)),
    kinds,
  ).sort((a, b) => b.results.total - a.results.total || (a.kind.id < b.kind.id ? -1 : 1));
}

/** An argument as the page ships it: its case, its kinds (main first) and the authority's answer. */
export interface ArgumentOutcome {
  caseId: string;
  kinds: readonly string[];
  result: ArgumentResult;
}

export type KindCounts = { kind: string; total: number } & Record<ArgumentResult, number>;

/**
 * How each kind fared among the arguments of some cases: counted under every kind an argument
 * names (as on the arguments page), most raised first (ties in the order of `kinds`), kinds never
 * raised left out.
 */
export function countByKind(args: readonly ArgumentOutcome[], ids: ReadonlySet<string>, kinds: readonly string[]): KindCounts[] {
  const counts = new Map<string, KindCounts>(kinds.map((k) => [k, { kind: k, total: 0, accepted: 0, partly: 0, rejected: 0, "not-answered": 0 }]));
  for (const a of args) {
    if (!ids.has(a.caseId)) continue;
    for (const k of a.kinds) {
      const c = counts.get(k);
      if (!c) continue;
      c.total += 1;
      c[a.result] += 1;
    }
  }
  // Array.prototype.sort is stable: equal totals keep the order of `kinds`.
  return [...counts.values()].filter((c) => c.total > 0).sort((a, b) => b.total - a.total);
}
