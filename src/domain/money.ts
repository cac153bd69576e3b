import type { Currency, RateCurrency } from "./schema/codes.ts";

/** ECB euro reference rates: units of each currency per 1 EUR, by fixing date. */
export interface RateTable {
  /** Fixing dates, ascending, YYYY-MM-DD. */
  dates: string[];
  rates: Partial<Record<RateCurrency, (number | null)[]>>;
  source: string;
}

export interface RateUsed {
  currency: RateCurrency;
  /** Units of `currency` per EUR. */
  perEur: number;
  /** The fixing date used: the date asked for, or the nearest earlier fixing. */
  rateDate: string;
  requestedDate: string;
}

export interface Conversion {
  amount: number;
  currency: Currency;
  from: { amount: number; currency: Currency };
  /** The rates applied (none when the currencies are the same). */
  rates: RateUsed[];
}

/** Parses the ECB CSV (date,NOK,SEK,…); empty cells are days without a fixing. */
export function parseRates(csv: string, source = "ECB euro foreign exchange reference rates"): RateTable {
  const lines = csv.trim().split(/\r?\n/);
  const header = lines[0]!.split(",");
  if (header[0] !== "date") throw new Error(`rate file: expected a "date" column first, found "${header[0]}"`);
  const rows = lines
    .slice(1)
    .map((line) => line.split(","))
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const table: RateTable = { dates: rows.map((r) => r[0]!), rates: {}, source };
  header.slice(1).forEach((code, i) => {
    table.rates[code as RateCurrency] = rows.map((r) => {
      const cell = r[i + 1];
      if (cell === undefined || cell === "") return null;
      const value = Number(cell);
      return Number.isFinite(value) && value > 0 ? value : null;
    });
  });
  return table;
}

/** Index of the last fixing on or before `date`, or -1. */
function lastIndexOnOrBefore(dates: string[], date: string): number {
  let lo = 0;
  let hi = dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The rate for `currency` on `date`, or the nearest earlier fixing (weekends, holidays,
 * and ISK before the ECB published it). Undefined when no earlier fixing exists.
 */
export function rateOn(table: RateTable, currency: RateCurrency, date: string): RateUsed | undefined {
  if (currency === "EUR") return { currency, perEur: 1, rateDate: date, requestedDate: date };
  const series = table.rates[currency];
  if (!series) return undefined;
  for (let i = lastIndexOnOrBefore(table.dates, date); i >= 0; i--) {
    const perEur = series[i];
    if (perEur != null) return { currency, perEur, rateDate: table.dates[i]!, requestedDate: date };
  }
  return undefined;
}

/**
 * The day whose fixing converts an amount dated only by year or month: the period's last day,
 * so the nearest earlier fixing falls inside the period.
 */
export function conversionDate(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, "0")}`;
  }
  return date;
}

/** Converts through the euro at the fixings of `date`; undefined if a rate is missing. */
export function convert(
  table: RateTable,
  amount: number,
  from: Currency,
  to: Currency,
  date: string,
): Conversion | undefined {
  if (from === to) return { amount, currency: to, from: { amount, currency: from }, rates: [] };
  const day = conversionDate(date);
  const rateFrom = rateOn(table, from, day);
  const rateTo = rateOn(table, to, day);
  if (!rateFrom || !rateTo) return undefined;
  const rates = [rateFrom, rateTo].filter((r) => r.currency !== "EUR");
  return { amount: (amount / rateFrom.perEur) * rateTo.perEur, currency: to, from: { amount, currency: from }, rates };
}

export const toEur = (table: RateTable, amount: number, from: Currency, date: string) =>
  convert(table, amount, from, "EUR", date);

/** The mean of a currency's fixings over a period, e.g. a financial year. */
export interface AverageRate {
  currency: RateCurrency;
  /** Units of `currency` per EUR, averaged over the fixings found. */
  perEur: number;
  from: string;
  to: string;
  fixings: number;
}

/**
 * The average ECB rate over [from, to] (inclusive dates), undefined when the period has no
 * fixing. A flow such as a year's turnover converts at its period's average, not at one day's
 * fixing, so that a single day's move does not decide a company's size.
 */
export function averageRate(table: RateTable, currency: RateCurrency, from: string, to: string): AverageRate | undefined {
  if (currency === "EUR") return { currency, perEur: 1, from, to, fixings: 0 };
  const series = table.rates[currency];
  if (!series) return undefined;
  let sum = 0;
  let fixings = 0;
  for (let i = lastIndexOnOrBefore(table.dates, to); i >= 0 && table.dates[i]! >= from; i--) {
    const perEur = series[i];
    if (perEur != null) {
      sum += perEur;
      fixings++;
    }
  }
  return fixings > 0 ? { currency, perEur: sum / fixings, from, to, fixings } : undefined;
}

/** Percentage change from one stage to the next, e.g. notice → final; undefined without a base. */
export function percentChange(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  return ((after - before) / before) * 100;
}
