import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateFine, type EstimateResult } from "../../../src/domain/estimator/estimate.ts";
import { convertAt } from "../../../src/domain/estimator/legal.ts";
import { assessedLevels, levelValue, stepsOf, type Scenario } from "../../../src/domain/estimator/scenario.ts";
import { factorLetters } from "../../../src/domain/factors.ts";
import { currencies } from "../../../src/domain/schema/primitives.ts";
import { casesArb, context, figureKeys, modelArb, perEur, userScenarioArb } from "./synthetic.ts";

const runs = { numRuns: 1000 };
const letterArb = fc.constantFrom(...factorLetters);
const levelPairArb = fc
  .tuple(fc.constantFrom(...assessedLevels), fc.constantFrom(...assessedLevels))
  .filter(([a, b]) => levelValue[a] < levelValue[b]);

const withLevel = (s: Scenario, letter: (typeof factorLetters)[number], level: (typeof assessedLevels)[number]): Scenario => ({
  ...s,
  factors: { ...s.factors, [letter]: level },
});

function figures(r: EstimateResult) {
  return figureKeys.map((k) => r[k]);
}

describe("estimator properties (synthetic case sets)", () => {
  it("is monotone in each factor: a more aggravating level never lowers any figure", () => {
    fc.assert(
      fc.property(casesArb(), modelArb, userScenarioArb, letterArb, levelPairArb, (cases, model, scenario, letter, [lower, higher]) => {
        const a = estimateFine(withLevel(scenario, letter, lower), cases, model, context);
        const b = estimateFine(withLevel(scenario, letter, higher), cases, model, context);
        figureKeys.forEach((k) => {
          if (a[k] === null) return expect(b[k]).toBeNull();
          expect(b[k]!).toBeGreaterThanOrEqual(a[k]! * (1 - 1e-9));
        });
      }),
      runs,
    );
  });

  it("moves every uncapped figure by exactly the factor's step per level", () => {
    fc.assert(
      fc.property(casesArb(), modelArb, userScenarioArb, letterArb, levelPairArb, (cases, model, scenario, letter, [lower, higher]) => {
        const a = estimateFine(withLevel(scenario, letter, lower), cases, model, context);
        const b = estimateFine(withLevel(scenario, letter, higher), cases, model, context);
        if (a.estimate === null || b.capped || a.capped) return;
        const expected = Math.exp(model.factors[letter].step * (levelValue[higher] - levelValue[lower]));
        figureKeys.forEach((k) => expect(b[k]! / a[k]!).toBeCloseTo(expected, 6));
      }),
      runs,
    );
  });

  it("stays monotone under weights the user sets (any non-negative step)", () => {
    const overrideArb = fc.dictionary(letterArb, fc.double({ min: 0, max: 5, noNaN: true }), { maxKeys: 11 });
    fc.assert(
      fc.property(casesArb(), modelArb, userScenarioArb, letterArb, levelPairArb, overrideArb, overrideArb, (cases, model, scenario, letter, [lower, higher], step, similarity) => {
        const weights = { step, similarity };
        const a = estimateFine(withLevel(scenario, letter, lower), cases, model, context, { weights });
        const b = estimateFine(withLevel(scenario, letter, higher), cases, model, context, { weights });
        figureKeys.forEach((k) => a[k] !== null && expect(b[k]!).toBeGreaterThanOrEqual(a[k]! * (1 - 1e-9)));
      }),
      runs,
    );
  });

  it("does not depend on the order of the cases", () => {
    fc.assert(
      fc.property(
        casesArb(1, 10).chain((cases) => fc.tuple(fc.constant(cases), fc.shuffledSubarray(cases, { minLength: cases.length, maxLength: cases.length }))),
        modelArb,
        userScenarioArb,
        ([cases, shuffled], model, scenario) => {
          const a = estimateFine(scenario, cases, model, context);
          const b = estimateFine(scenario, shuffled, model, context);
          expect(figures(b)).toEqual(figures(a));
          expect(b.comparables.map((c) => [c.id, c.weight, c.similarity])).toEqual(a.comparables.map((c) => [c.id, c.weight, c.similarity]));
          expect(b.warnings).toEqual(a.warnings);
        },
      ),
      runs,
    );
  });

  it("never exceeds the legal maximum, and says so when it cuts", () => {
    fc.assert(
      fc.property(casesArb(), modelArb, userScenarioArb, (cases, model, scenario) => {
        const r = estimateFine(scenario, cases, model, context);
        if (!r.fineable) {
          expect(scenario.country === "FI" && scenario.controllerType === "public").toBe(true);
          return figureKeys.forEach((k) => expect(r[k]).toBeNull());
        }
        const max = r.legalMaximum!.amount;
        figureKeys.forEach((k) => r[k] !== null && expect(r[k]!).toBeLessThanOrEqual(max * (1 + 1e-12)));
        if (r.estimate !== null) {
          figureKeys.forEach((k) => expect(Number.isFinite(r[k]!) && r[k]! > 0).toBe(true));
          expect(r.capped).toBe(r.warnings.some((w) => w.code === "capped"));
          expect(r.p10! <= r.low! && r.low! <= r.estimate && r.estimate <= r.high! && r.high! <= r.p90!).toBe(true);
        }
      }),
      runs,
    );
  });

  it("round-trips currencies: an estimate in one currency is the estimate in another, converted", () => {
    fc.assert(
      fc.property(
        casesArb(),
        modelArb,
        userScenarioArb,
        fc.constantFrom(...currencies),
        fc.constantFrom(...currencies),
        (cases, model, scenario, from, to) => {
          const a = estimateFine({ ...scenario, currency: from }, cases, model, context);
          const b = estimateFine({ ...scenario, currency: to }, cases, model, context);
          figureKeys.forEach((k) => {
            if (a[k] === null) return expect(b[k]).toBeNull();
            expect(convertAt(perEur, b[k]!, to, from) / a[k]!).toBeCloseTo(1, 9);
          });
          // Each comparable, converted back to its own currency, is its recorded fine.
          for (const c of b.comparables) expect(convertAt(perEur, c.converted, to, c.fine.currency) / c.fine.amount).toBeCloseTo(1, 9);
        },
      ),
      runs,
    );
  });

  it("round-trips any amount between two currencies", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.constantFrom(...currencies), fc.constantFrom(...currencies), (amount, a, b) => {
        expect(convertAt(perEur, convertAt(perEur, amount, a, b), b, a) / amount).toBeCloseTo(1, 12);
      }),
      runs,
    );
  });

  it("ranks a decided case first for a scenario equal to its own", () => {
    fc.assert(
      fc.property(casesArb(1, 10), modelArb, fc.nat(), (cases, model, pick) => {
        const held = cases[pick % cases.length]!;
        const r = estimateFine(held.scenario, cases, model, { date: held.fine.date, perEur }, {
          preGdpr: held.preGdpr,
          ...(held.tier ? { tier: held.tier } : {}),
        });
        const index = r.comparables.findIndex((c) => c.id === held.id);
        expect(r.comparables[index]!.similarity).toBe(1);
        // Only a case indistinguishable on everything the scenario states can tie with it.
        for (const before of r.comparables.slice(0, index)) expect(before.similarity).toBe(1);
        if (index > 0) expect(r.comparables[0]!.similarity).toBe(1);
      }),
      runs,
    );
  });

  it("leaves a not-assessed factor out of the adjustment", () => {
    fc.assert(
      fc.property(casesArb(), modelArb, userScenarioArb, letterArb, (cases, model, scenario, letter) => {
        const s = { ...scenario, factors: { ...scenario.factors } };
        delete s.factors[letter];
        const r = estimateFine(s, cases, model, context);
        for (const c of r.comparables) expect(c.adjustment.parts.some((p) => p.key === "factor" && p.letter === letter)).toBe(false);
        expect(stepsOf(s, letter)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});
