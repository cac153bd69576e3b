import { amountStages } from "./cases.ts";
import { percentChange } from "./money.ts";
import type { ArgumentKind } from "./schema/argument-kind.ts";
import { argumentResults, type ArgumentResult, type CaseRecord, type ControllerArgument } from "./schema/case.ts";
import type { Country, Currency } from "./schema/primitives.ts";

/**
 * A case's amount from the notice to the last decision, in the case's currency. A change is given
 * only between two stages the record has in the same currency.
 */
export interface AmountChange {
  currency: Currency;
  notice?: number;
  final?: number;
  appeal?: number;
  /** Percent change from the notified to the decided amount (negative: lowered). */
  noticeToFinal?: number;
  /** Percent change from the decided amount to the appeal's. */
  finalToAppeal?: number;
}

/** One argument a controller raised, with what a reader needs to weigh it against others of its kind. */
export interface CodedArgument {
  /** `<case id>#<index in the record>`. */
  id: string;
  caseId: string;
  /** The argument's place in its record's `arguments` (where its texts in other languages are found too). */
  index: number;
  authority: string;
  country: Country;
  argument: ControllerArgument;
  /** Absent when the record gives no amount at all. */
  amountChange: AmountChange | undefined;
}

export type ResultCounts = Record<ArgumentResult, number> & { total: number };

export interface KindArguments {
  kind: ArgumentKind;
  /** Every argument that names the kind; `main` when it is the argument's first kind. In case order. */
  arguments: (CodedArgument & { main: boolean })[];
  /** Over all arguments naming the kind (an argument with three kinds counts under each). */
  results: ResultCounts;
  /** Over the arguments whose main kind this is: summed over all kinds, every argument counts once. */
  mainResults: ResultCounts;
  /** Over all arguments naming the kind, per authority id. */
  byAuthority: Record<string, ResultCounts>;
}

const emptyCounts = (): ResultCounts => ({ ...(Object.fromEntries(argumentResults.map((r) => [r, 0])) as Record<ArgumentResult, number>), total: 0 });

function count(counts: ResultCounts, result: ArgumentResult) {
  counts[result] += 1;
  counts.total += 1;
}

/** The amounts a case record gives, notice → final → appeal, with the changes between them. */
export function amountChange(record: CaseRecord): AmountChange | undefined {
  const stages = amountStages.filter((stage) => record.amounts[stage]);
  if (stages.length === 0) return undefined;
  const { notice, final, appeal } = record.amounts;
  const currency = record.amounts[stages[0]!]!.currency;
  const inCurrency = (amount: typeof notice) => (amount && amount.currency === currency ? amount.amount : undefined);
  return {
    currency,
    notice: inCurrency(notice),
    final: inCurrency(final),
    appeal: inCurrency(appeal),
    noticeToFinal: notice && final?.currency === notice.currency ? percentChange(notice.amount, final.amount) : undefined,
    finalToAppeal: final && appeal?.currency === final.currency ? percentChange(final.amount, appeal.amount) : undefined,
  };
}

/**
 * The controllers' arguments grouped by kind, in the order of `kinds`, with how the authorities
 * answered each kind overall and per authority.
 */
export function argumentsByKind(cases: readonly CaseRecord[], kinds: readonly ArgumentKind[]): KindArguments[] {
  const groups = new Map<string, KindArguments>(
    kinds.map((kind) => [kind.id, { kind, arguments: [], results: emptyCounts(), mainResults: emptyCounts(), byAuthority: {} }]),
  );
  for (const record of cases) {
    const change = amountChange(record);
    record.arguments.forEach((argument, index) => {
      const coded: CodedArgument = {
        id: `${record.id}#${index}`,
        caseId: record.id,
        index,
        authority: record.authority,
        country: record.country,
        argument,
        amountChange: change,
      };
      argument.kinds.forEach((kindId, position) => {
        const group = groups.get(kindId);
        // The content loader rejects unknown kinds; reaching this means records and kinds came from different places.
        if (!group) throw new Error(`argument ${coded.id} names the unknown kind "${kindId}"`);
        group.arguments.push({ ...coded, main: position === 0 });
        count(group.results, argument.result);
        if (position === 0) count(group.mainResults, argument.result);
        count((group.byAuthority[record.authority] ??= emptyCounts()), argument.result);
      });
    });
  }
  return [...groups.values()];
}

/** Most-argued kinds first (ties in the kinds' order): the order a lawyer preparing a reply reads them in. */
export function mostArguedFirst(groups: readonly KindArguments[]): KindArguments[] {
  return [...groups].sort((a, b) => b.results.total - a.results.total);
}

/** Authorities' counts with the most arguments first (ties by id). */
export function mostArgumentsFirst(entries: Iterable<[string, ResultCounts]>): [string, ResultCounts][] {
  return [...entries].sort((x, y) => y[1].total - x[1].total || x[0].localeCompare(y[0]));
}

/** Every argument counted once, under the authority that decided its case: how each authority answered. */
export function argumentsByAuthority(cases: readonly CaseRecord[]): Map<string, ResultCounts> {
  const out = new Map<string, ResultCounts>();
  for (const record of cases) {
    for (const argument of record.arguments) {
      let counts = out.get(record.authority);
      if (!counts) out.set(record.authority, (counts = emptyCounts()));
      count(counts, argument.result);
    }
  }
  return out;
}
