import type { CaseRecord } from "../schema/case.ts";
import { currencies, countryCurrency, type Currency } from "../schema/codes.ts";
import { factorLetters } from "../factors.ts";
import { decisionDate, isPreGdpr } from "../cases.ts";
import { caseEnding, isFineEnding } from "../outcome.ts";
import { conversionDate, rateOn, type RateTable } from "../money.ts";
import { controllerSize } from "../size.ts";
import { levelOfDirection, normaliseScenario, type Scenario } from "./scenario.ts";
import { convertAt, fineRegime, tierOfArticles, tierOfRecord, type PerEur, type Tier } from "./legal.ts";

/**
 * A decided case as the estimator sees it: its recorded scenario, its final fine and that fine in
 * every currency at the ECB rate of its own date. Plain data, so the page can ship it to the browser.
 */
export interface DecidedCase {
  id: string;
  title: string;
  controllerName: string;
  authority: string;
  authorityName: string;
  reference: string;
  /** The reference and the other references, each as the authority writes it. */
  references: string[];
  date: string;
  preGdpr: boolean;
  /** From the record's tier when coded, else from its articles. */
  tier: Tier | undefined;
  scenario: Scenario;
  fine: { amount: number; currency: Currency; date: string; stage: "final" | "appeal" };
  fineEur: number;
  /** The fine in each currency at the rates of its date (see `approximateRates`). */
  fineIn: Record<Currency, number>;
  /** Currencies without an ECB fixing on or before the date (ISK before 2018): converted at the first fixing. */
  approximateRates: Currency[];
  /** The fine as a share of the maximum that applied to it (GDPR cases only). */
  maxShare?: number;
  /** The maximum the record states, kept for cases under the old acts (their rules are not the calculator's). */
  recordedMaximum?: { amount: number; currency: Currency; basis: string };
}

/**
 * What the estimator reads of a decided case: all the calculator page ships to the browser (see ./pack.ts).
 * No title: a page names a case in its own language from its own list (the file serves every language).
 */
export type ComparableCase = Pick<
  DecidedCase,
  "id" | "controllerName" | "authority" | "authorityName" | "reference" | "references" | "date" | "preGdpr" | "tier" | "scenario" | "fine" | "fineIn" | "maxShare"
>;

/** The scenario a decided case records: what the backtest estimates and "start from a case" loads. */
export function recordScenario(record: CaseRecord): Scenario {
  const factors: Scenario["factors"] = {};
  for (const letter of factorLetters) {
    const level = levelOfDirection[record.factors[letter].direction];
    if (level !== "not-assessed") factors[letter] = level;
  }
  const ds = record.dataSubjects;
  // Art. 9 and Art. 10 data count together; "no" needs the record to say no to special categories.
  const special = ds.specialCategories === true || ds.criminalData === true ? true : ds.specialCategories === false ? false : undefined;
  const sector = record.controller.sector?.trim().slice(0, 200);
  // What the decision states about the undertaking's size (public bodies have none in this sense).
  const size = record.controller.type === "public" ? undefined : record.controller.size;
  const turnover = size?.turnover && (currencies as readonly string[]).includes(size.turnover.currency) ? (size.turnover as { amount: number; currency: Currency }) : undefined;
  return normaliseScenario({
    country: record.country,
    controllerType: record.controller.type,
    sector: sector || undefined,
    currency: caseEnding(record).amount?.currency ?? countryCurrency[record.country],
    articles: record.articles.slice(0, 40),
    dataSubjects: ds.count,
    children: ds.children,
    specialCategories: special,
    ...(turnover ? { annualTurnover: { amount: turnover.amount, currency: turnover.currency } } : {}),
    ...(size?.stated ? { sizeClass: size.stated.class } : {}),
    factors,
  });
}

/**
 * The record's size as the estimator uses it: a stated turnover in euro at the average ECB rate of
 * its financial year (which also reads turnovers stated in dollars), else the size class the
 * authority named or that its headcount gives.
 */
function withStatedSize(scenario: Scenario, record: CaseRecord, rates: RateTable): Scenario {
  if (record.controller.type === "public" || !record.controller.size) return scenario;
  const size = controllerSize(record.controller.size, rates);
  const out: Scenario = { ...scenario };
  if (size.turnoverEur) out.annualTurnover = { amount: Math.round(size.turnoverEur.amount), currency: "EUR" };
  const sizeClass = size.stated ?? size.computed?.class;
  if (sizeClass) out.sizeClass = sizeClass;
  return out;
}

/**
 * Rates of one day for every currency: the fixing of the day or the nearest earlier one, else
 * (a currency the ECB did not yet publish) its first fixing, reported in `approximate`.
 */
export function perEurOn(table: RateTable, date: string): { perEur: PerEur; approximate: Currency[] } {
  const day = conversionDate(date);
  const perEur = {} as PerEur;
  const approximate: Currency[] = [];
  for (const currency of currencies) {
    const rate = rateOn(table, currency, day);
    if (rate) {
      perEur[currency] = rate.perEur;
      continue;
    }
    const series = table.rates[currency] ?? [];
    const first = series.find((v): v is number => v != null);
    if (first === undefined) throw new Error(`no ECB rate at all for ${currency}`);
    perEur[currency] = first;
    approximate.push(currency);
  }
  return { perEur, approximate };
}

/** The latest fixing in the table: "today" for the calculator. */
export const latestRateDate = (table: RateTable) => table.dates[table.dates.length - 1]!;

/** Cases that ended in a positive fine, in the estimator's form, sorted by id. */
export function prepareCases(records: CaseRecord[], rates: RateTable, authorityName: (id: string) => string = (id) => id): DecidedCase[] {
  const out: DecidedCase[] = [];
  for (const record of records) {
    const ending = caseEnding(record);
    // How the case ended: an annulled fine (0) or a case without a decided amount is not a comparable
    // fine; a Danish recommendation is the authority's own figure, which is what the estimator models.
    if (!isFineEnding(ending) || !ending.decision) continue;
    const amount = ending.amount!;
    const { perEur, approximate } = perEurOn(rates, amount.date);
    const fineIn = {} as Record<Currency, number>;
    for (const c of currencies) fineIn[c] = convertAt(perEur, amount.amount, amount.currency, c);
    const scenario = withStatedSize(recordScenario(record), record, rates);
    const tier = tierOfRecord(record.tier) ?? tierOfArticles(record.articles);
    const preGdpr = isPreGdpr(record);
    let maxShare: number | undefined;
    if (!preGdpr) {
      const regime = fineRegime(record.country, record.controller.type, tier);
      if (regime.fineable) {
        const max = convertAt(perEur, regime.maximum.amount, regime.maximum.currency, amount.currency);
        maxShare = amount.amount / max;
      }
    }
    out.push({
      id: record.id,
      title: record.title,
      controllerName: record.controller.name,
      authority: record.authority,
      authorityName: authorityName(record.authority),
      reference: record.reference,
      references: [record.reference, ...record.otherReferences],
      date: decisionDate(record) ?? amount.date,
      preGdpr,
      tier,
      scenario,
      fine: { amount: amount.amount, currency: amount.currency, date: amount.date, stage: ending.stage === "appeal" ? "appeal" : "final" },
      fineEur: fineIn.EUR,
      fineIn,
      approximateRates: approximate.filter((c) => c !== amount.currency),
      ...(maxShare !== undefined ? { maxShare } : {}),
      ...(preGdpr && record.legalMaximum
        ? { recordedMaximum: { amount: record.legalMaximum.amount, currency: record.legalMaximum.currency, basis: record.legalMaximum.basis } }
        : {}),
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Whether `key` names the case: its id, a reference as written, or one number of a reference that
 * lists several ("6633/182/2018, 6707/154/2018 and …") or adds words ("20/02191-1 KBK (…)").
 */
export function matchesCase(c: Pick<ComparableCase, "id" | "references">, key: string): boolean {
  const k = key.trim();
  if (!k) return false;
  return (
    c.id === k ||
    c.references.some((r) => r === k || r.split(/[\s,;()]+/).some((token) => /\d/.test(token) && token === k))
  );
}
