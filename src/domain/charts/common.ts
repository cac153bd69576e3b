/**
 * What every chart of /trends/ shares: each mark is one case, named by its id so the browser can
 * keep the marks of the cases a filter leaves, and carries the few facts its label needs.
 */
import type { CaseRecord } from "../schema/case.ts";
import type { Country, Currency } from "../schema/codes.ts";
import { conversionDate } from "../money.ts";

/** Public bodies are marked apart from everyone else (companies, associations, individuals). */
export type Sector = "public" | "private";
export const sectorOf = (record: CaseRecord): Sector => (record.controller.type === "public" ? "public" : "private");

export interface CaseMark {
  /** The case's id: the key filters and links use. */
  id: string;
  name: string;
  authority: string;
  country: Country;
  sector: Sector;
}

export const caseMark = (record: CaseRecord): CaseMark => ({
  id: record.id,
  name: record.controller.name,
  authority: record.authority,
  country: record.country,
  sector: sectorOf(record),
});

/** An amount in its own currency and in euro at the ECB rate of `date`. */
export interface ChartAmount {
  amount: number;
  currency: Currency;
  eur: number;
  /** As precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
}

/**
 * A date as a decimal year for a time axis: 2020-07-02 → 2020.5; a year or month alone is placed
 * at the end of its period, the day its amount converts at.
 */
export function decimalYear(date: string): number {
  const [y, m, d] = conversionDate(date).split("-").map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return y + (Date.UTC(y, m - 1, d) - start) / 86_400_000 / days;
}

/** The median of a list of numbers (the mean of the middle two for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Ranks 1…n, ties sharing the mean of their ranks. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]![1]] = rank;
    start = end + 1;
  }
  return out;
}

/**
 * Spearman's rank correlation of two paired lists, from −1 to 1: whether one tends to grow with the
 * other, whatever the shape. Undefined for fewer than three pairs or when either list is constant.
 */
export function rankCorrelation(xs: readonly number[], ys: readonly number[]): number | undefined {
  if (xs.length !== ys.length) throw new Error("rankCorrelation: the lists must pair up");
  if (xs.length < 3) return undefined;
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (xs.length + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? undefined : sxy / Math.sqrt(sxx * syy);
}

/** Keeps the items of the cases a filter leaves. */
export const onlyCases = <T extends { id: string }>(items: readonly T[], ids: ReadonlySet<string>): T[] => items.filter((i) => ids.has(i.id));
