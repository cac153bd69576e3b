import { averageRate, type AverageRate, type RateTable } from "./money.ts";
import type { CaseRecord, ControllerSize, Pinpoint, Turnover } from "./schema/case.ts";

/**
 * Size classes of an undertaking: the three of Commission Recommendation 2003/361/EC (micro,
 * small, medium), "large" above them, and our own "very-large" (see `veryLargeTurnoverAbove`).
 */
export const sizeClasses = ["micro", "small", "medium", "large", "very-large"] as const;
export type SizeClass = (typeof sizeClasses)[number];

/**
 * Ceilings of Article 2 of the Annex to Recommendation 2003/361/EC: a class holds an enterprise
 * with fewer staff than `staffBelow` and a turnover of at most `turnoverAtMost` euro. (The
 * Recommendation also accepts the balance-sheet total instead of turnover; no decision states
 * one, so turnover is the only financial criterion used here.)
 */
export const smeCeilings = [
  { class: "micro", staffBelow: 10, turnoverAtMost: 2_000_000 },
  { class: "small", staffBelow: 50, turnoverAtMost: 10_000_000 },
  { class: "medium", staffBelow: 250, turnoverAtMost: 50_000_000 },
] as const satisfies readonly { class: SizeClass; staffBelow: number; turnoverAtMost: number }[];

/**
 * Above EUR 500 million a year, 4 % of turnover exceeds the fixed EUR 20 million maximum of
 * Art. 83(5) (and 2 % exceeds the EUR 10 million of Art. 83(4)): from there the legal maximum
 * grows with turnover. It is also the top of the turnover bands of EDPB Guidelines 04/2022.
 */
export const veryLargeTurnoverAbove = 500_000_000;

const rank = (c: SizeClass) => sizeClasses.indexOf(c);

function classByStaff(staff: number): SizeClass {
  return smeCeilings.find((c) => staff < c.staffBelow)?.class ?? "large";
}

function classByTurnover(eur: number): SizeClass {
  if (eur > veryLargeTurnoverAbove) return "very-large";
  return smeCeilings.find((c) => eur <= c.turnoverAtMost)?.class ?? "large";
}

export interface SizeEvidence {
  /** Annual turnover in euro. */
  turnoverEur?: number;
  /** Number of employees (the Recommendation counts annual work units; decisions give a headcount). */
  employees?: number;
}

export interface SizeClassResult {
  class: SizeClass;
  /** What the class rests on. With one criterion only, the other could still put it higher. */
  basis: "turnover" | "employees" | "both";
}

function checkFigure(name: string, value: number | undefined) {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name} must be a number of at least 0, got ${value}`);
  }
}

/**
 * The size class from turnover and/or employees. An enterprise belongs to a class only if it is
 * under both ceilings, so with both figures the higher of the two classes applies. Undefined when
 * neither figure is known.
 */
export function sizeClass(evidence: SizeEvidence): SizeClassResult | undefined {
  const { turnoverEur, employees } = evidence;
  checkFigure("turnover", turnoverEur);
  checkFigure("employees", employees);
  if (turnoverEur === undefined && employees === undefined) return undefined;
  if (turnoverEur === undefined) return { class: classByStaff(employees!), basis: "employees" };
  if (employees === undefined) return { class: classByTurnover(turnoverEur), basis: "turnover" };
  const byStaff = classByStaff(employees);
  const byTurnover = classByTurnover(turnoverEur);
  return { class: rank(byStaff) > rank(byTurnover) ? byStaff : byTurnover, basis: "both" };
}

/** The financial year a turnover covers: its stated period, else the calendar year. */
export const turnoverPeriod = (t: Turnover) => t.period ?? { start: `${t.year}-01-01`, end: `${t.year}-12-31` };

export interface TurnoverInEur {
  amount: number;
  rate: AverageRate;
}

/** A turnover in euro at the average ECB rate of its financial year; undefined without fixings. */
export function turnoverInEur(turnover: Turnover, rates: RateTable): TurnoverInEur | undefined {
  const period = turnoverPeriod(turnover);
  const rate = averageRate(rates, turnover.currency, period.start, period.end);
  return rate ? { amount: turnover.amount / rate.perEur, rate } : undefined;
}

export interface ControllerSizeSummary {
  turnoverEur: TurnoverInEur | undefined;
  employees: number | undefined;
  /** Computed from the figures; undefined when the record states neither. */
  computed: SizeClassResult | undefined;
  /** The class the authority's own words put it in, if it characterised the size. */
  stated: SizeClass | undefined;
}

/** What a record's `controller.size` tells about the size of the undertaking. */
export function controllerSize(size: ControllerSize | undefined, rates: RateTable): ControllerSizeSummary {
  const turnoverEur = size?.turnover ? turnoverInEur(size.turnover, rates) : undefined;
  const employees = size?.employees?.count;
  return {
    turnoverEur,
    employees,
    computed: sizeClass({ turnoverEur: turnoverEur?.amount, employees }),
    stated: size?.stated?.class,
  };
}

/** The pinpoints of a record's size figures, by part (turnover, employees, inhabitants, stated). */
export function sizePinpoints(record: CaseRecord): [string, Pinpoint][] {
  const size = record.controller.size;
  if (!size) return [];
  return (["turnover", "employees", "inhabitants", "stated"] as const).flatMap((part) => {
    const figure = size[part];
    return figure ? [[part, figure.pinpoint] as [string, Pinpoint]] : [];
  });
}
