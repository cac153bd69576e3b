import type { Currency } from "./schema/codes.ts";

/** Locale-aware formatting; every number, date and amount on the site goes through here. */
export function createFormatters(locale: string) {
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const money = (amount: number, currency: Currency) => {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "code", maximumFractionDigits: 0 });
      moneyFormats.set(currency, format);
    }
    // The currency code goes first in every locale ("NOK 1 600 000"), as Norwegian style guides
    // write it too (CLDR's nb puts it last): columns of amounts then line up on the code.
    const parts = format.formatToParts(amount);
    const code = parts.find((p) => p.type === "currency");
    if (!code || parts[0] === code) return format.format(amount);
    const rest = parts.filter((p) => p !== code).map((p) => p.value).join("").trim();
    return `${code.value}\u00a0${rest}`;
  };
  const longDate = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  const monthDate = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  /** Accepts YYYY, YYYY-MM or YYYY-MM-DD and shows no more precision than it has. */
  const date = (value: string) => {
    const [y, m, d] = value.split("-").map(Number);
    if (d) return longDate.format(new Date(Date.UTC(y!, m! - 1, d)));
    if (m) return monthDate.format(new Date(Date.UTC(y!, m - 1, 1)));
    return String(y);
  };
  const shortDay = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  /** For table cells: "2 Jul 2020". */
  const shortDate = (value: string) => {
    const [y, m, d] = value.split("-").map(Number);
    return d ? shortDay.format(new Date(Date.UTC(y!, m! - 1, d))) : date(value);
  };
  const percent = (value: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(value / 100);
  const rate = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
  const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  /** A multiplier on a fine: 1.1326 → "×1.13" (en), "×1,13" (nb); from 10 up one decimal. */
  const multiplier = (x: number) => `×${(x < 10 ? twoDecimals : oneDecimal).format(x)}`;
  return { number: (n: number) => numberFormat.format(n), money, date, shortDate, percent, rate, multiplier };
}
export type Formatters = ReturnType<typeof createFormatters>;
