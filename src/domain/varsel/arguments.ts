import { argumentsByKind, type KindArguments } from "../arguments.ts";
import type { ArgumentKind } from "../schema/argument-kind.ts";
import type { CaseRecord } from "../schema/case.ts";

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
