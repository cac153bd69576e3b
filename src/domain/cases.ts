import type { CaseRecord, StageAmount } from "./schema/case.ts";
import { caseEnding } from "./outcome.ts";
import { toEur, percentChange, type RateTable, type RateUsed } from "./money.ts";

export const amountStages = ["notice", "final", "appeal"] as const;
export type AmountStage = (typeof amountStages)[number];

export interface EurFigure {
  amount: number;
  /** The ECB fixing used; differs from the stage's date on weekends and holidays. */
  rate: RateUsed | undefined;
}

/** A stage amount with its euro equivalent at the ECB rate of that stage's date. */
export interface StageAmountWithEur extends StageAmount {
  eur: EurFigure | undefined;
}

export function withEur(amount: StageAmount, rates: RateTable): StageAmountWithEur {
  const conversion = toEur(rates, amount.amount, amount.currency, amount.date);
  return {
    ...amount,
    eur: conversion ? { amount: Math.round(conversion.amount), rate: conversion.rates[0] } : undefined,
  };
}

/** Notice → final → appeal, each step with its change in percent. */
export function amountSteps(record: CaseRecord, rates: RateTable) {
  const steps: { stage: AmountStage; amount: StageAmountWithEur; change: number | undefined }[] = [];
  for (const stage of amountStages) {
    const amount = record.amounts[stage];
    if (!amount) continue;
    const previous = steps.at(-1)?.amount;
    const comparable = previous && previous.currency === amount.currency ? previous.amount : undefined;
    steps.push({ stage, amount: withEur(amount, rates), change: percentChange(comparable, amount.amount) });
  }
  return steps;
}

/** The decision date of a case: the final amount's date, else the decision on the timeline. */
export const decisionDate = (record: CaseRecord): string | undefined =>
  record.amounts.final?.date ?? record.timeline.find((t) => t.event === "decision")?.date;

/** Authorities reject comparisons with cases decided under the old national acts. */
export const isPreGdpr = (record: CaseRecord) => record.regime !== "gdpr";

/**
 * What a case ended in, as a reader scanning a list needs it: a fine that stood, a fine cut
 * between notice and decision or on appeal, a fine set to zero, a Danish fine the authority
 * recommended to the police and no court has set, or a lesser sanction.
 */
export const sanctionStatuses = ["fine", "reduced", "annulled", "recommended", "reprimand", "orders", "no-fine", "pending", "unknown"] as const;
export type SanctionStatus = (typeof sanctionStatuses)[number];

/** The badge a case carries: how it ended (src/domain/outcome.ts), with a lowered amount told apart. */
export function sanctionStatus(record: CaseRecord): SanctionStatus {
  const ending = caseEnding(record);
  switch (ending.kind) {
    case "fine":
      return (ending.changeFromNotice ?? 0) < 0 ? "reduced" : "fine";
    case "fine-changed":
      return (ending.changeFromDecision ?? ending.changeFromNotice ?? 0) < 0 ? "reduced" : "fine";
    case "notice-only":
      return "pending";
    default:
      return ending.kind;
  }
}
