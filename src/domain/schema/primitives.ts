import { z } from "./zod.ts";
import { articlePattern, countries, currencies } from "./codes.ts";

export { articlePattern, countries, countryCurrency, currencies, type Country, type Currency, type RateCurrency } from "./codes.ts";

export const countrySchema = z.enum(countries);
export const currencySchema = z.enum(currencies);

/**
 * Currencies a source may state a company's turnover in: the fine currencies plus the US dollar
 * (Grindr, Argon, Alphabet report in USD). The ECB rate file carries all of them.
 */
export const turnoverCurrencies = [...currencies, "USD"] as const;
export const turnoverCurrencySchema = z.enum(turnoverCurrencies);

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2020-02-30). */
export function isIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "expected a calendar date written YYYY-MM-DD" });

/** Slugs double as file names and URL segments. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "expected a lower-case slug (a-z, 0-9, hyphens)" });

export const articleSchema = z
  .string()
  .regex(articlePattern, { message: 'expected a GDPR article such as "5(1)(f)" or "35"' });

export const paragraphIdSchema = z
  .string()
  .regex(/^p[1-9]\d*$/, { message: 'expected a paragraph id such as "p12"' });

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
  .string()
  .refine((v) => /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v) || isIsoDate(v), {
    message: "expected YYYY, YYYY-MM or a calendar date YYYY-MM-DD",
  });
