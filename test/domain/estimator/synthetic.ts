/**
 * Small synthetic case sets for the property tests: fast, and free to explore corners the real
 * records do not have. Rates are one fixed day, so conversions are exact ratios.
 */
import fc from "fast-check";
import type { DecidedCase } from "../../../src/domain/estimator/cases.ts";
import type { EstimateContext } from "../../../src/domain/estimator/estimate.ts";
import { convertAt, tierOfArticles, type PerEur } from "../../../src/domain/estimator/legal.ts";
import { emptyModel, similarityGroups, type Model } from "../../../src/domain/estimator/model.ts";
import { normaliseScenario, scenarioLevels, type Scenario } from "../../../src/domain/estimator/scenario.ts";
import { factorLetters } from "../../../src/domain/factors.ts";
import { countries, currencies, type Currency } from "../../../src/domain/schema/primitives.ts";
import { sizeClasses } from "../../../src/domain/size.ts";

export const perEur: PerEur = { NOK: 11.5, SEK: 10.9, DKK: 7.46, ISK: 146.9, EUR: 1 };
export const context: EstimateContext = { date: "2025-05-09", perEur };

const recordLevels = ["aggravating", "mitigating", "neutral", "not-assessed"] as const;
const articlePool = ["5(1)(f)", "6(1)", "9", "13", "32(1)(b)", "33", "35", "24", "58(2)"];
const sectorPool = ["education", "health care", "municipality", "education (school)", "retail", "banking and finance"];

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const factorsArb = (levels: readonly string[]) =>
  fc.record(Object.fromEntries(factorLetters.map((l) => [l, fc.constantFrom(...levels)])) as Record<string, fc.Arbitrary<string>>);

function scenarioArb(levels: readonly string[]): fc.Arbitrary<Scenario> {
  return fc
    .record({
      country: fc.constantFrom(...countries),
      controllerType: fc.constantFrom("public" as const, "private" as const, "individual" as const),
      sector: optional(fc.constantFrom(...sectorPool)),
      currency: optional(fc.constantFrom(...currencies)),
      articles: fc.subarray(articlePool, { maxLength: 3 }),
      dataSubjects: optional(fc.integer({ min: 0, max: 5_000_000 })),
      children: optional(fc.boolean()),
      specialCategories: optional(fc.boolean()),
      annualTurnover: optional(fc.record({ amount: fc.integer({ min: 0, max: 1e12 }), currency: fc.constantFrom(...currencies) })),
      sizeClass: optional(fc.constantFrom(...sizeClasses)),
      factors: factorsArb(levels),
    })
    .map((s) => normaliseScenario(s as Scenario));
}

/** A scenario a user could enter: five levels plus not-assessed. */
export const userScenarioArb = scenarioArb(scenarioLevels);

const dates = ["2016-06-30", "2019-03-18", "2020-07", "2021-11-30", "2023", "2024-05-02"];

const casePartsArb = fc.record({
  scenario: scenarioArb(recordLevels),
  amount: fc.integer({ min: 1_000, max: 900_000_000 }),
  currency: fc.constantFrom(...currencies),
  date: fc.constantFrom(...dates),
});

export function makeCase(index: number, parts: { scenario: Scenario; amount: number; currency: Currency; date: string }): DecidedCase {
  const id = `case-${String(index).padStart(3, "0")}`;
  const fineIn = Object.fromEntries(currencies.map((c) => [c, convertAt(perEur, parts.amount, parts.currency, c)])) as Record<Currency, number>;
  return {
    id,
    title: `Synthetic case ${index}`,
    controllerName: `Controller ${index}`,
    authority: "synthetic",
    authorityName: "Synthetic authority",
    reference: `REF/${index}`,
    references: [`REF/${index}`],
    date: parts.date,
    preGdpr: parts.date < "2018-05-25",
    tier: tierOfArticles(parts.scenario.articles),
    scenario: { ...parts.scenario, currency: parts.currency },
    fine: { amount: parts.amount, currency: parts.currency, date: parts.date, stage: "final" },
    fineEur: fineIn.EUR,
    fineIn,
    approximateRates: [],
  };
}

export const casesArb = (minLength = 1, maxLength = 8) =>
  fc.array(casePartsArb, { minLength, maxLength }).map((list) => list.map((parts, i) => makeCase(i, parts)));

const coefficient = fc.double({ min: -2, max: 2, noNaN: true });
const weight = fc.double({ min: 0, max: 4, noNaN: true });

/** Any model the fit could produce: factor steps and aggravating-fact effects ≥ 0. */
export const modelArb: fc.Arbitrary<Model> = fc
  .record({
    country: fc.tuple(...countries.map(() => coefficient)),
    publicIn: fc.tuple(...countries.map(() => coefficient)),
    controller: fc.tuple(coefficient, coefficient),
    facts: fc.tuple(weight, weight, weight, weight),
    preGdpr: coefficient,
    year: fc.tuple(fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.double({ min: -0.5, max: 0.5, noNaN: true })),
    steps: fc.tuple(...factorLetters.map(() => fc.double({ min: 0, max: 1.5, noNaN: true }))),
    factorSimilarity: fc.tuple(...factorLetters.map(() => weight)),
    similarity: fc.tuple(...similarityGroups.map(() => weight)),
    sigma: fc.double({ min: 0.1, max: 2, noNaN: true }),
    kappa: fc.double({ min: 0.2, max: 2.5, noNaN: true }),
    tau: fc.double({ min: 0, max: 2, noNaN: true }),
    below: fc.tuple(fc.double({ min: 0.01, max: 0.5, noNaN: true }), fc.double({ min: 0.01, max: 0.5, noNaN: true })),
    above: fc.tuple(fc.double({ min: 0.5, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 0.99, noNaN: true })),
  })
  .map((r) => {
    const m = emptyModel();
    return {
      ...m,
      meta: { ...m.meta, n: 10, lambda: 4 },
      regression: {
        ...m.regression,
        country: Object.fromEntries(countries.map((c, i) => [c, r.country[i]!])) as Model["regression"]["country"],
        publicIn: Object.fromEntries(countries.map((c, i) => [c, r.publicIn[i]!])) as Model["regression"]["publicIn"],
        controller: { public: r.controller[0], individual: r.controller[1] },
        upperTier: r.facts[0],
        dataSubjects: r.facts[1],
        children: r.facts[2],
        specialCategories: r.facts[3],
        preGdpr: r.preGdpr,
        year: { public: r.year[0], other: r.year[1], centre: 2021.5 },
      },
      factors: Object.fromEntries(factorLetters.map((l, i) => [l, { step: r.steps[i]!, similarity: r.factorSimilarity[i]! }])) as Model["factors"],
      similarity: Object.fromEntries(similarityGroups.map((g, i) => [g, r.similarity[i]!])) as Model["similarity"],
      spread: {
        sigma: r.sigma,
        kappa: r.kappa,
        tau: r.tau,
        levels: {
          p10: Math.min(...r.below),
          low: Math.max(...r.below),
          high: Math.min(...r.above),
          p90: Math.max(...r.above),
        },
      },
    };
  });

export const figureKeys = ["p10", "low", "estimate", "high", "p90"] as const;
