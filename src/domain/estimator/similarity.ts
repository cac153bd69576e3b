import { factorLetters, type FactorLetter } from "../factors.ts";
import type { ComparableCase } from "./cases.ts";
import type { Tier } from "./legal.ts";
import { tierOfArticles } from "./legal.ts";
import type { Model, SimilarityGroup } from "./model.ts";
import { levelOf, stepsOf, type Scenario, type ScenarioLevel } from "./scenario.ts";
import { perEurOfFine, sizeLog } from "./undertaking-size.ts";
import type { PerEur } from "./legal.ts";

/** What a comparison is made against: a scenario, with the facts the scenario itself does not carry. */
export interface Target {
  scenario: Scenario;
  tier: Tier | undefined;
  /** Only the backtest estimates a case decided under the old acts. */
  preGdpr: boolean;
  /** When the fine would be decided, as a decimal year: today for a scenario, the decision for a case. */
  year: number;
  /** log10 of the undertaking's turnover in euro (./undertaking-size.ts), when the scenario states it. */
  size: number | undefined;
}

/** A decided case's size, its turnover converted at the rates of its fine's date. */
export const caseSize = (c: Pick<ComparableCase, "scenario" | "fineIn">) => sizeLog(c.scenario, perEurOfFine(c.fineIn));

/** "2020-07-02" → 2020.5; a year or month alone counts from its middle. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  if (!m) return y! + 0.5;
  return y! + (m - 1 + (d ? (d - 0.5) / 31 : 0.5)) / 12;
}

export const targetOf = (scenario: Scenario, date: string, preGdpr = false, perEur: Partial<PerEur> = { EUR: 1 }): Target => ({
  scenario,
  tier: tierOfArticles(scenario.articles),
  preGdpr,
  year: decimalYear(date),
  size: sizeLog(scenario, perEur),
});

export const targetOfCase = (c: ComparableCase): Target => ({
  scenario: c.scenario,
  tier: c.tier,
  preGdpr: c.preGdpr,
  year: decimalYear(c.fine.date),
  size: caseSize(c),
});

type Value = string | number | boolean | undefined;

/** One fact or factor, side by side, with how far apart the two are (0 = same, 1 = different). */
export interface Comparison {
  key: SimilarityGroup | "factor";
  letter?: FactorLetter;
  scenario: Value;
  case: Value;
  /** 0 to 1; unknown on the scenario's side is 0 (it cannot tell cases apart), on the case's side 0.5. */
  distance: number;
  /** The weight the distance is multiplied by. */
  weight: number;
}

const stopwords = new Set(["and", "the", "for", "with", "not", "known", "other", "area", "service", "sector", "its", "own"]);

/** Content words of a sector description, e.g. "education (municipal school)" → education, municipal, school. */
export function sectorWords(sector: string | undefined): Set<string> {
  if (!sector) return new Set();
  return new Set(
    sector
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !stopwords.has(w)),
  );
}

/** 1 − overlap coefficient: "education" against "education (municipal school)" is 0. */
function sectorDistance(a: string | undefined, b: string | undefined): number {
  const wa = sectorWords(a);
  const wb = sectorWords(b);
  if (wa.size === 0 || wb.size === 0) return wa.size === 0 ? 0 : 0.5;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return 1 - common / Math.min(wa.size, wb.size);
}

/** Scenario-side unknown does not discriminate (0); case-side unknown is half a difference. */
function known<T>(s: T | undefined, c: T | undefined, differ: (s: T, c: T) => number): number {
  if (s === undefined) return 0;
  if (c === undefined) return 0.5;
  return differ(s, c);
}

const same = <T>(s: T, c: T) => (s === c ? 0 : 1);
const caseTurnover = (c: ComparableCase) => {
  const size = caseSize(c);
  return size === undefined ? undefined : Math.round(10 ** size);
};
const log10People = (n: number) => Math.log10(n + 1);

/** Facts: country, controller type, sector, tier, people affected, children, special categories, law. */
export function compareFacts(target: Target, c: ComparableCase, model: Model): Comparison[] {
  const s = target.scenario;
  const w = model.similarity;
  const cs = c.scenario;
  return [
    { key: "country", scenario: s.country, case: cs.country, distance: same(s.country, cs.country), weight: w.country },
    { key: "controllerType", scenario: s.controllerType, case: cs.controllerType, distance: same(s.controllerType, cs.controllerType), weight: w.controllerType },
    { key: "sector", scenario: s.sector, case: cs.sector, distance: sectorDistance(s.sector, cs.sector), weight: w.sector },
    { key: "tier", scenario: target.tier, case: c.tier, distance: known(target.tier, c.tier, same), weight: w.tier },
    {
      key: "dataSubjects",
      scenario: s.dataSubjects,
      case: cs.dataSubjects,
      // A hundredfold difference counts as fully different.
      distance: known(s.dataSubjects, cs.dataSubjects, (a, b) => Math.min(1, Math.abs(log10People(a) - log10People(b)) / 2)),
      weight: w.dataSubjects,
    },
    { key: "children", scenario: s.children, case: cs.children, distance: known(s.children, cs.children, same), weight: w.children },
    {
      key: "specialCategories",
      scenario: s.specialCategories,
      case: cs.specialCategories,
      distance: known(s.specialCategories, cs.specialCategories, same),
      weight: w.specialCategories,
    },
    { key: "preGdpr", scenario: target.preGdpr, case: c.preGdpr, distance: same(target.preGdpr, c.preGdpr), weight: w.preGdpr },
    {
      key: "size",
      scenario: target.size === undefined ? undefined : Math.round(10 ** target.size),
      case: caseTurnover(c),
      // A hundredfold difference in turnover counts as fully different; a public body has none.
      // (Differences below a millionth of a tenfold are rounding of the rates, not of size.)
      distance: known(target.size, caseSize(c), (a, b) => (Math.abs(a - b) < 1e-6 ? 0 : Math.min(1, Math.abs(a - b) / 2))),
      weight: w.size,
    },
  ];
}

/**
 * Factors, letter by letter. `distance` compares levels (one step = 0.5, two or more = 1; a
 * factor the scenario weighs but the authority did not assess = 1). `patternDistance` only asks
 * whether the authority assessed a factor the scenario weighs: that part, not the levels, weights
 * the estimate, so that making a factor more aggravating can never shift weight in a way that
 * lowers the estimate (level differences are adjusted for instead, see adjustment.ts).
 */
export function compareFactors(target: Target, c: ComparableCase, model: Model): (Comparison & { patternDistance: number })[] {
  return factorLetters.map((letter) => {
    const sLevel: ScenarioLevel = levelOf(target.scenario, letter);
    const cLevel: ScenarioLevel = levelOf(c.scenario, letter);
    const sv = stepsOf(target.scenario, letter);
    const cv = stepsOf(c.scenario, letter);
    const patternDistance = sv !== undefined && cv === undefined ? 1 : 0;
    const distance = sv === undefined ? 0 : cv === undefined ? 1 : Math.min(1, Math.abs(sv - cv) / 2);
    return { key: "factor" as const, letter, scenario: sLevel, case: cLevel, distance, patternDistance, weight: model.factors[letter].similarity };
  });
}

export interface Similarity {
  facts: Comparison[];
  factors: (Comparison & { patternDistance: number })[];
  /** Weighted distance that sets the comparable's weight in the estimate, exp(−distance) (facts + which factors were assessed). */
  weightDistance: number;
  /** Weighted distance on facts and factor levels: what the list ranks by. */
  rankDistance: number;
  /**
   * The readable form of rankDistance: the weighted share of what the scenario states (facts and
   * assessed factors) on which the case agrees. 1 for a case identical in all of it.
   */
  similarity: number;
  /** The same share for weightDistance. */
  weightSimilarity: number;
}

/** The most a case can differ from the target: the weights of everything the target states. */
function statedWeight(facts: Comparison[], factors: Comparison[]): number {
  const factWeight = facts.reduce((sum, f) => sum + (f.key === "preGdpr" || f.scenario !== undefined ? f.weight : 0), 0);
  return factWeight + factors.reduce((sum, f) => sum + (f.scenario !== "not-assessed" ? f.weight : 0), 0);
}

export function similarity(target: Target, c: ComparableCase, model: Model): Similarity {
  const facts = compareFacts(target, c, model);
  const factors = compareFactors(target, c, model);
  const factDistance = facts.reduce((sum, f) => sum + f.weight * f.distance, 0);
  const weightDistance = factDistance + factors.reduce((sum, f) => sum + f.weight * f.patternDistance, 0);
  const rankDistance = factDistance + factors.reduce((sum, f) => sum + f.weight * f.distance, 0);
  const total = statedWeight(facts, factors);
  const share = (d: number) => (total > 0 ? Math.max(0, 1 - d / total) : 1);
  return { facts, factors, weightDistance, rankDistance, similarity: share(rankDistance), weightSimilarity: share(weightDistance) };
}
