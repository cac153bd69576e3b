/**
 * Cases side by side (/compare/): the data the page ships for each case, the query that names the
 * cases and the reader's currency, and which rows differ. Runs at build time (packing) and in the
 * browser (parsing, rows), so it imports nothing heavier than the money functions.
 */
import { amountStages, decisionDate, type AmountStage } from "./cases.ts";
import { factorLetters, type FactorDirection } from "./factors.ts";
import { conversionDate, convert, rateOn, type Conversion, type RateTable } from "./money.ts";
import { caseEnding, type EndingKind } from "./outcome.ts";
import type { LocalizedText } from "./localize.ts";
import type { ArgumentResult, CaseRecord, StageAmount } from "./schema/case.ts";
import { currencies, type Country, type Currency } from "./schema/codes.ts";

export const minCompared = 2;
export const maxCompared = 4;

/** The currencies a reader can pick besides the original and the euro. */
export const pickableCurrencies = currencies.filter((c) => c !== "EUR") as Exclude<Currency, "EUR">[];
export type PickableCurrency = (typeof pickableCurrencies)[number];
export const defaultPickedCurrency: PickableCurrency = "NOK";

export interface CompareAmount {
  amount: number;
  currency: Currency;
  date: string;
  /**
   * The ECB fixings for the amount's date (the nearest earlier one per currency): units per EUR and
   * the fixing's date. `convertAmount` converts with exactly these, as `convert` does with the full table.
   */
  fx: Partial<Record<Currency, [number, string]>>;
}

/** What the comparison shows of one case; ids and codes only, the page supplies the words. */
export interface CompareCase {
  id: string;
  controller: string;
  type: CaseRecord["controller"]["type"];
  authority: string;
  country: Country;
  reference: string;
  regime: CaseRecord["regime"];
  date?: string;
  ending: EndingKind;
  amounts: Partial<Record<AmountStage, CompareAmount>>;
  articles: string[];
  /** The categories in the file's language where written; `categoriesLang` names the language when they fell back to English. */
  subjects: { count?: number; children?: boolean; special?: boolean; criminal?: boolean; categories: string[]; categoriesLang?: "en" };
  /** Directions of (a)–(k), in letter order. */
  factors: FactorDirection[];
  /** [main kind, result] per argument, in the record's order. */
  arguments: [string, ArgumentResult][];
}

function packAmount(amount: StageAmount, rates: RateTable): CompareAmount {
  const day = conversionDate(amount.date);
  const fx: CompareAmount["fx"] = {};
  for (const currency of pickableCurrencies) {
    const used = rateOn(rates, currency, day);
    if (used) fx[currency] = [used.perEur, used.rateDate];
  }
  return { amount: amount.amount, currency: amount.currency, date: amount.date, fx };
}

/** The rate table of just one amount's fixings. */
function fixingTable(fx: CompareAmount["fx"]): RateTable {
  const dates = [...new Set(Object.values(fx).map(([, date]) => date))].sort();
  const table: RateTable = { dates, rates: {}, source: "ECB euro foreign exchange reference rates" };
  for (const [currency, [perEur, date]] of Object.entries(fx) as [Currency, [number, string]][]) {
    table.rates[currency] = dates.map((d) => (d === date ? perEur : null));
  }
  return table;
}

/** A packed amount in another currency, through the euro at the fixings of its date (the same figures `convert` gives). */
export const convertAmount = (a: CompareAmount, to: Currency): Conversion | undefined => convert(fixingTable(a.fx), a.amount, a.currency, to, a.date);

/**
 * One case as the comparison shows it. The categories of data are our notes: `categories` gives
 * them in the page's language where written (localizeCase's details), else they are the record's English.
 */
export function compareCase(record: CaseRecord, rates: RateTable, categories?: readonly LocalizedText[]): CompareCase {
  const amounts: CompareCase["amounts"] = {};
  for (const stage of amountStages) {
    const a = record.amounts[stage];
    if (a) amounts[stage] = packAmount(a, rates);
  }
  const date = decisionDate(record);
  const s = record.dataSubjects;
  const shown = categories ?? s.categories.map((text) => ({ text, locale: "en" as const }));
  // Only a file in another language names English as the language of its categories.
  const categoriesLang = categories?.some((c) => c.locale === "en") ? ("en" as const) : undefined;
  return {
    id: record.id,
    controller: record.controller.name,
    type: record.controller.type,
    authority: record.authority,
    country: record.country,
    reference: record.reference,
    regime: record.regime,
    ...(date ? { date } : {}),
    ending: caseEnding(record).kind,
    amounts,
    articles: record.articles,
    subjects: {
      count: s.count,
      children: s.children,
      special: s.specialCategories,
      criminal: s.criminalData,
      categories: shown.map((c) => c.text),
      ...(categoriesLang ? { categoriesLang } : {}),
    },
    factors: factorLetters.map((l) => record.factors[l].direction),
    arguments: record.arguments.map((a) => [a.kinds[0]!, a.result]),
  };
}

export interface CompareQuery {
  /** Known ids, in the order given, at most `maxCompared`, each once. */
  ids: string[];
  /** Ids in the address that name no case. */
  unknown: string[];
  /** Known ids beyond the first `maxCompared`. */
  dropped: string[];
  currency: PickableCurrency;
  /** A currency in the address that cannot be picked. */
  badCurrency?: string;
}

/**
 * Reads `?cases=a,b,c` (also repeated, and the picking form's `case=a&case=b`) and `currency=SEK`.
 * Never throws: what it cannot use it names, so the page can say so.
 */
export function parseCompareQuery(search: string, known: ReadonlySet<string>): CompareQuery {
  const params = new URLSearchParams(search);
  const given = [...params.getAll("cases"), ...params.getAll("case")]
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  const ids: string[] = [];
  const unknown: string[] = [];
  const dropped: string[] = [];
  for (const id of new Set(given)) {
    if (!known.has(id)) unknown.push(id);
    else if (ids.length < maxCompared) ids.push(id);
    else dropped.push(id);
  }
  const raw = params.get("currency")?.trim().toUpperCase();
  const valid = (pickableCurrencies as string[]).includes(raw ?? "");
  return {
    ids,
    unknown,
    dropped,
    currency: valid ? (raw as PickableCurrency) : defaultPickedCurrency,
    ...(raw && !valid ? { badCurrency: params.get("currency")! } : {}),
  };
}

/** The canonical query: `?cases=a,b&currency=SEK` (the currency only when not the default). */
export function serialiseCompareQuery(ids: readonly string[], currency: PickableCurrency): string {
  const params = new URLSearchParams();
  if (ids.length) params.set("cases", ids.join(","));
  if (currency !== defaultPickedCurrency) params.set("currency", currency);
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

export const compareRowKeys = [
  "authority",
  "country",
  "type",
  "date",
  "regime",
  "notice",
  "final",
  "appeal",
  "ending",
  "articles",
  "count",
  "children",
  "special",
  "criminal",
  "categories",
  ...factorLetters.map((l) => `factor-${l}` as const),
  "arguments",
] as const;
export type CompareRowKey = (typeof compareRowKeys)[number];

/** A row's value as compared: two cases differ on a row when these strings differ. */
export function rowValue(c: CompareCase, key: CompareRowKey): string {
  if (key.startsWith("factor-")) return c.factors[factorLetters.indexOf(key.slice(7) as (typeof factorLetters)[number])]!;
  switch (key) {
    case "notice":
    case "final":
    case "appeal": {
      // Amounts compare in euro: the same sum in two currencies is not a difference of the cases.
      const a = c.amounts[key];
      if (!a) return "";
      const eur = convertAmount(a, "EUR");
      return eur ? String(Math.round(eur.amount)) : `${a.amount} ${a.currency}`;
    }
    case "date":
      return c.date ?? "";
    case "articles":
      return [...c.articles].sort().join(",");
    case "count":
      return c.subjects.count === undefined ? "" : String(c.subjects.count);
    case "children":
    case "special":
    case "criminal":
      return String(c.subjects[key]);
    case "categories":
      return [...c.subjects.categories].map((s) => s.toLowerCase()).sort().join("|");
    case "arguments":
      return c.arguments.map(([kind, result]) => `${kind}:${result}`).sort().join(",");
    default:
      return String(c[key as "authority" | "country" | "type" | "regime" | "ending"]);
  }
}

/** Each row with whether the compared cases differ on it. */
export function compareRows(cases: readonly CompareCase[]): { key: CompareRowKey; differs: boolean }[] {
  return compareRowKeys.map((key) => {
    const values = new Set(cases.map((c) => rowValue(c, key)));
    return { key, differs: values.size > 1 };
  });
}
