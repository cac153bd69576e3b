import { currencies, type Currency } from "../schema/codes.ts";

/**
 * Reads a notified amount as people write it: "800 000", "800.000", "kr 800 000,-", "NOK 800,000",
 * "800 000,00 kr", "ISK 15.000.000". Groups of three digits may be separated by a space (also a
 * no-break or thin space), a dot, a comma or an apostrophe, one kind per amount; one or two digits
 * after the last separator are øre. A currency code or "kr" may stand before or after.
 */
export type AmountParse =
  | { ok: true; amount: number; currency?: Currency }
  | { ok: false; reason: AmountError };

export type AmountError = "empty" | "not-a-number" | "negative" | "zero" | "too-large" | "mixed-separators";

/** Above any fine an authority could notify (20 million euro or 4 % of the largest turnover, in ISK). */
export const maxNotice = 1e13;

const currencyWords = new Map<string, Currency | undefined>([
  ...currencies.map((c) => [c.toLowerCase(), c] as [string, Currency]),
  ["kr", undefined],
  ["kr.", undefined],
  ["kroner", undefined],
  ["kronor", undefined],
  ["krónur", "ISK"],
  ["€", "EUR"],
  ["euro", "EUR"],
]);

export function parseAmount(input: string): AmountParse {
  let text = input.normalize("NFKC").trim().toLowerCase();
  if (!text) return { ok: false, reason: "empty" };
  let currency: Currency | undefined;
  // A currency word at either end, with or without a space ("kr 800 000", "800000nok", "€800").
  const words = [...currencyWords.keys()].sort((a, b) => b.length - a.length);
  for (const end of ["start", "end"] as const) {
    for (const word of words) {
      const hit = end === "start" ? text.startsWith(word) : text.endsWith(word);
      if (!hit) continue;
      const rest = end === "start" ? text.slice(word.length) : text.slice(0, text.length - word.length);
      currency = currencyWords.get(word) ?? currency;
      text = rest.trim();
      break;
    }
  }
  // ",-" or ".-" after whole kroner ("800 000,-").
  text = text.replace(/[.,]\s*[-–]$/, "").trim();
  if (!text) return { ok: false, reason: "empty" };
  if (/^[-–−]/.test(text)) return { ok: false, reason: "negative" };
  const spaced = text.replace(/[\s\u00a0\u202f\u2009]+/g, " ");
  if (!/^\d[\d .,']*$/.test(spaced)) return { ok: false, reason: "not-a-number" };

  let integer = spaced;
  let fraction = "";
  const decimal = /^(.*\d)[.,](\d{1,2})$/.exec(spaced);
  if (decimal) {
    integer = decimal[1]!;
    fraction = decimal[2]!;
  }
  const separators = new Set(integer.replace(/\d/g, ""));
  if (separators.size > 1) return { ok: false, reason: "mixed-separators" };
  if (separators.size === 1) {
    const sep = [...separators][0]!;
    const groups = integer.split(sep);
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return { ok: false, reason: "not-a-number" };
    // "800.000,50" or "800,000.50": the decimal mark must differ from the group separator.
    if (decimal && spaced[integer.length] === sep) return { ok: false, reason: "mixed-separators" };
    integer = groups.join("");
  }
  const amount = Number(`${integer}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(amount)) return { ok: false, reason: "not-a-number" };
  if (amount === 0) return { ok: false, reason: "zero" };
  if (amount > maxNotice) return { ok: false, reason: "too-large" };
  return { ok: true, amount, ...(currency ? { currency } : {}) };
}

/** A notice date: a real calendar day, YYYY-MM-DD. */
export function parseNoticeDate(input: string): string | undefined {
  const text = input.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const d = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text ? undefined : text;
}
