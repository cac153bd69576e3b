/**
 * Filtering the case list: what each case offers to filter on (its facets), whether a case matches
 * a filter, how many cases each option would leave (facet counts), and the filter as a URL query.
 * Plain data and functions, so the build renders the first counts and the browser reuses the same
 * code for every change.
 */
import type { CaseRecord } from "./schema/case.ts";
import type { RateTable } from "./money.ts";
import { decisionDate, withEur } from "./cases.ts";
import { factorLetters, type FactorLetter } from "./factors.ts";
import { caseEnding, type EndingKind } from "./outcome.ts";

/** How a case ended, grouped as readers filter it. */
export const outcomeGroups = ["fine", "fine-changed", "annulled", "recommended", "no-fine", "undecided"] as const;
export type OutcomeGroup = (typeof outcomeGroups)[number];
export const outcomeGroupOf: Record<EndingKind, OutcomeGroup> = {
  fine: "fine",
  "fine-changed": "fine-changed",
  annulled: "annulled",
  recommended: "recommended",
  reprimand: "no-fine",
  orders: "no-fine",
  "no-fine": "no-fine",
  "notice-only": "undecided",
  pending: "undecided",
  unknown: "undecided",
};

/** Broad sectors; a record's sector is free text ("municipality (primary schools)"), so rules decide. */
export const sectorGroups = [
  "education",
  "health",
  "social",
  "finance",
  "transport",
  "housing",
  "media-tech",
  "commerce",
  "public-administration",
  "other",
] as const;
export type SectorGroup = (typeof sectorGroups)[number];
const activityRules: [SectorGroup, RegExp][] = [
  ["education", /educat|school|pupil|universit/i],
  ["health", /health|\bhospital\b|medical|pharmac|psychotherap|dental|1177|addiction|genom|cosmetic|covid/i],
  ["social", /social (security|care)|welfare|child|pension|\bLSS\b/i],
  ["finance", /bank|credit|lend|loan|insurance|debt|financ|securities|\binvestment/i],
  ["transport", /transport|toll|taxi|shipping|travel|passenger|postal/i],
  ["housing", /housing|property|real estate/i],
  ["media-tech", /media|publish|radio|telecom|internet|streaming|online|\bapp\b|technology|dating|directory/i],
  ["commerce", /retail|commerce|shop|trading|sales|business|hotel|restaurant|fitness|beauty|car wash|loyalty|contractor|workshop|tiling|recruit|telemarketing|legal services|investigation|services company/i],
];
const administration = /administration|government|parliament|\bstate\b|inspection|rescue|culture/i;
/**
 * The sector's head ("health care", "municipal administration") decides when it names an activity;
 * a bare "municipality" is decided by what follows it ("(primary schools)"), else it is administration.
 */
export function sectorGroup(sector: string | undefined): SectorGroup {
  if (!sector) return "other";
  const head = sector.split("(")[0]!;
  const first = (text: string, rules: [SectorGroup, RegExp][]) => rules.find(([, pattern]) => pattern.test(text))?.[0];
  return (
    first(head, [...activityRules, ["public-administration", administration]]) ??
    first(sector, [...activityRules, ["public-administration", /municipal|public/i]]) ??
    "other"
  );
}

/** A factor weighed one way, as the filter names it: "a-aggravating", "c-mitigating". */
export const weighedDirections = ["aggravating", "mitigating"] as const;
export type WeighedDirection = (typeof weighedDirections)[number];
export const factorValues = factorLetters.flatMap((l) => weighedDirections.map((d) => `${l}-${d}`));
export const factorValue = (letter: FactorLetter, direction: WeighedDirection) => `${letter}-${direction}`;

/** Lower and upper bounds offered for the amount a case ended with, in euro. */
export const eurThresholds = [1_000, 10_000, 100_000, 1_000_000, 10_000_000] as const;

/** What the case list filters on, per case. */
export interface CaseFacets {
  id: string;
  country: string;
  authority: string;
  /** Year of the decision. */
  year?: number;
  type: string;
  sector: SectorGroup;
  outcome: OutcomeGroup;
  notice: boolean;
  /** The ending amount in euro at the rate of its date (0 when annulled); absent without an amount. */
  eur?: number;
  /** Article numbers infringed, without paragraphs: "5", "32". */
  articles: string[];
  /** Factors weighed aggravating or mitigating, as `factorValue` names them. */
  factors: string[];
}

export function caseFacets(record: CaseRecord, rates: RateTable): CaseFacets {
  const ending = caseEnding(record);
  const date = decisionDate(record);
  const eur = ending.amount ? withEur(ending.amount, rates).eur?.amount : undefined;
  return {
    id: record.id,
    country: record.country,
    authority: record.authority,
    ...(date ? { year: Number(date.slice(0, 4)) } : {}),
    type: record.controller.type,
    sector: sectorGroup(record.controller.sector),
    outcome: outcomeGroupOf[ending.kind],
    notice: record.amounts.notice !== undefined,
    ...(eur !== undefined ? { eur } : {}),
    articles: [...new Set(record.articles.map((a) => /^\d+/.exec(a)![0]))].sort((a, b) => Number(a) - Number(b)),
    factors: factorLetters.flatMap((l) => {
      const d = record.factors[l].direction;
      return d === "aggravating" || d === "mitigating" ? [factorValue(l, d)] : [];
    }),
  };
}

// Facets travel in the page as one short attribute per row: "NO|no-datatilsynet|2020|public|…".
const directionCode = { aggravating: "A", mitigating: "M" } as const;

export function encodeFacets(f: CaseFacets): string {
  const factors = factorLetters
    .map((l) => (f.factors.includes(factorValue(l, "aggravating")) ? "A" : f.factors.includes(factorValue(l, "mitigating")) ? "M" : "-"))
    .join("");
  return [f.country, f.authority, f.year ?? "", f.type, f.sector, f.outcome, f.notice ? "1" : "0", f.eur ?? "", f.articles.join(" "), factors].join("|");
}

export function decodeFacets(id: string, encoded: string): CaseFacets {
  const [country = "", authority = "", year = "", type = "", sector = "", outcome = "", notice = "", eur = "", articles = "", factors = ""] =
    encoded.split("|");
  return {
    id,
    country,
    authority,
    ...(year ? { year: Number(year) } : {}),
    type,
    sector: sector as SectorGroup,
    outcome: outcome as OutcomeGroup,
    notice: notice === "1",
    ...(eur ? { eur: Number(eur) } : {}),
    articles: articles ? articles.split(" ") : [],
    factors: factorLetters.flatMap((l, i) => {
      const code = factors[i];
      return code === directionCode.aggravating
        ? [factorValue(l, "aggravating")]
        : code === directionCode.mitigating
          ? [factorValue(l, "mitigating")]
          : [];
    }),
  };
}

/** The filters, in the order of the form and of the URL query. */
export const caseFilterKeys = ["country", "authority", "from", "to", "type", "sector", "outcome", "notice", "min", "max", "article", "factor"] as const;
export type CaseFilterKey = (typeof caseFilterKeys)[number];
/** A filter: for each key the chosen option's value; an absent key means any. */
export type CaseFilter = Partial<Record<CaseFilterKey, string>>;
/** The values each filter offers. */
export type FilterOptions = Record<CaseFilterKey, string[]>;

const tests: Record<CaseFilterKey, (c: CaseFacets, value: string) => boolean> = {
  country: (c, v) => c.country === v,
  authority: (c, v) => c.authority === v,
  from: (c, v) => c.year !== undefined && c.year >= Number(v),
  to: (c, v) => c.year !== undefined && c.year <= Number(v),
  type: (c, v) => c.type === v,
  sector: (c, v) => c.sector === v,
  outcome: (c, v) => c.outcome === v,
  notice: (c, v) => c.notice === (v === "yes"),
  min: (c, v) => c.eur !== undefined && c.eur >= Number(v),
  max: (c, v) => c.eur !== undefined && c.eur <= Number(v),
  article: (c, v) => c.articles.includes(v),
  factor: (c, v) => c.factors.includes(v),
};

const activeKeys = (filter: CaseFilter) => caseFilterKeys.filter((k) => filter[k] !== undefined && filter[k] !== "");

export const matchesFilter = (c: CaseFacets, filter: CaseFilter): boolean => activeKeys(filter).every((k) => tests[k](c, filter[k]!));

const byNumber = (a: string, b: string) => Number(a) - Number(b);
const present = (values: Iterable<string>, order?: readonly string[]) => {
  const set = new Set(values);
  return order ? order.filter((v) => set.has(v)) : [...set].sort();
};

/** The options worth offering: the values that occur in the cases, in a stable order. */
export function filterOptions(cases: CaseFacets[]): FilterOptions {
  const years = present(cases.flatMap((c) => (c.year === undefined ? [] : [String(c.year)]))).sort(byNumber);
  return {
    country: present(cases.map((c) => c.country)),
    authority: present(cases.map((c) => c.authority)),
    from: years,
    to: years,
    type: present(cases.map((c) => c.type)),
    sector: present(cases.map((c) => c.sector), sectorGroups),
    outcome: present(cases.map((c) => c.outcome), outcomeGroups),
    notice: ["yes", "no"],
    min: eurThresholds.map(String),
    max: eurThresholds.map(String),
    article: present(cases.flatMap((c) => c.articles)).sort(byNumber),
    factor: present(cases.flatMap((c) => c.factors), factorValues),
  };
}

export interface FacetCounts {
  /** Cases matching the whole filter. */
  matched: number;
  /** For each case, in the order given, whether it matches the whole filter. */
  matches: boolean[];
  /** For each filter, how many cases match the other filters: what "any" would show. */
  any: Record<CaseFilterKey, number>;
  /** For each filter and option, how many cases would match with that option chosen. */
  options: Record<CaseFilterKey, Record<string, number>>;
}

/** The values a case has for a filter that matches by equality or membership (the rest are ranges). */
const valuesOf: Partial<Record<CaseFilterKey, (c: CaseFacets) => readonly string[]>> = {
  country: (c) => [c.country],
  authority: (c) => [c.authority],
  type: (c) => [c.type],
  sector: (c) => [c.sector],
  outcome: (c) => [c.outcome],
  notice: (c) => [c.notice ? "yes" : "no"],
  article: (c) => c.articles,
  factor: (c) => c.factors,
};

/**
 * Counts for every option given the other active filters. One pass: a case failing no filter counts
 * for every option it has; a case failing exactly one filter counts only for that filter's options.
 * It runs on every change in the browser, so equality filters count by lookup, not by testing each option.
 */
export function facetCounts(cases: CaseFacets[], filter: CaseFilter, options: FilterOptions): FacetCounts {
  const active = activeKeys(filter);
  const any = Object.fromEntries(caseFilterKeys.map((k) => [k, 0])) as Record<CaseFilterKey, number>;
  const counts = Object.fromEntries(
    caseFilterKeys.map((k) => [k, Object.fromEntries(options[k].map((v) => [v, 0]))]),
  ) as Record<CaseFilterKey, Record<string, number>>;
  const matches: boolean[] = new Array(cases.length);
  let matched = 0;
  const countOptions = (c: CaseFacets, key: CaseFilterKey) => {
    any[key]++;
    const slot = counts[key];
    const values = valuesOf[key];
    if (values) {
      for (const v of values(c)) if (v in slot) slot[v]!++;
    } else for (const v of options[key]) if (tests[key](c, v)) slot[v]!++;
  };
  cases.forEach((c, i) => {
    let failed: CaseFilterKey | undefined;
    let failures = 0;
    for (const k of active) {
      if (!tests[k](c, filter[k]!)) {
        failed = k;
        if (++failures > 1) break;
      }
    }
    matches[i] = failures === 0;
    if (failures === 0) {
      matched++;
      for (const k of caseFilterKeys) countOptions(c, k);
    } else if (failures === 1) countOptions(c, failed!);
  });
  return { matched, matches, any, options: counts };
}

export interface ParsedQuery<K extends string> {
  filter: Partial<Record<K, string>>;
  /** Query parameters naming a filter with a value it does not offer; they are left out. */
  ignored: { key: K; value: string }[];
}

/** Reads a filter from a URL query; values a filter does not offer are ignored and reported. */
export function parseQuery<K extends string>(
  query: string | URLSearchParams,
  keys: readonly K[],
  options: Record<K, readonly string[]>,
): ParsedQuery<K> {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const filter: Partial<Record<K, string>> = {};
  const ignored: ParsedQuery<K>["ignored"] = [];
  for (const key of keys) {
    const value = params.get(key);
    if (value === null || value === "") continue;
    if (options[key].includes(value)) filter[key] = value;
    else ignored.push({ key, value });
  }
  return { filter, ignored };
}

/** A filter as a URL query, keys in form order, without empty ones ("" when no filter is active). */
export function serialiseQuery<K extends string>(filter: Partial<Record<K, string>>, keys: readonly K[]): string {
  const params = new URLSearchParams();
  for (const key of keys) if (filter[key]) params.set(key, filter[key]);
  return params.toString();
}

export type ParsedFilter = ParsedQuery<CaseFilterKey>;
export const parseFilter = (query: string | URLSearchParams, options: FilterOptions): ParsedFilter =>
  parseQuery(query, caseFilterKeys, options);
export const serialiseFilter = (filter: CaseFilter): string => serialiseQuery(filter, caseFilterKeys);
