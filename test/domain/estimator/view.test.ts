import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateFine } from "../../../src/domain/estimator/estimate.ts";
import { readWeight, maxUserWeight } from "../../../src/domain/estimator/model.ts";
import { parseScenario, readArticles, readPeople } from "../../../src/domain/estimator/scenario.ts";
import { estimateView, statedComparisons, weightsAreStale } from "../../../src/domain/estimator/view.ts";
import { casesArb, context, modelArb, userScenarioArb } from "./synthetic.ts";

describe("the page's view of an estimate", () => {
  it("carries the figures and the comparables in rank order, serialisable as JSON", () => {
    fc.assert(
      fc.property(casesArb(1, 12), modelArb, userScenarioArb, fc.integer({ min: 1, max: 12 }), (cases, model, scenario, rows) => {
        const result = estimateFine(scenario, cases, model, context);
        const view = estimateView(result, rows);
        for (const k of ["estimate", "low", "high", "p10", "p90", "currency", "fineable", "legalMaximum", "warnings", "notes"] as const) {
          expect(view[k]).toEqual(result[k]);
        }
        expect(view.comparableCount).toBe(result.comparables.length);
        expect(view.comparables.map((c) => c.id)).toEqual(result.comparables.slice(0, rows).map((c) => c.id));
        view.comparables.forEach((row, i) => {
          const k = result.comparables[i]!;
          // The parts multiply to the comparable's multiplier.
          const product = row.parts.reduce((p, part) => p * part.factor, 1);
          expect(Math.abs(product / k.multiplier - 1)).toBeLessThan(1e-9);
          const { same, differs } = statedComparisons(k);
          expect(row.same.length + row.differs.length).toBe(same.length + differs.length);
        });
        expect("decided" in view.lens).toBe(false);
        expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it("lists what the scenario states, split into shared and different, leaving out what does not count", () => {
    const fact = (key: "country" | "sector" | "preGdpr", scenario: unknown, distance: number, weight = 1) =>
      ({ key, scenario, case: "x", distance, weight }) as never;
    const factor = (letter: "a" | "b", scenario: string, distance: number) => ({ key: "factor", letter, scenario, case: "neutral", distance, weight: 1 }) as never;
    const { same, differs } = statedComparisons({
      facts: [fact("country", "NO", 0), fact("sector", undefined, 0.5), fact("preGdpr", false, 1), fact("country", "SE", 1, 0)],
      factors: [factor("a", "aggravating", 0.5), factor("b", "not-assessed", 0)],
    });
    expect(same.map((c) => c.key)).toEqual(["country"]);
    expect(differs.map((c) => c.letter ?? c.key)).toEqual(["preGdpr", "a"]);
  });

  it("tells when the weights were fitted on other cases than the library's", () => {
    expect(weightsAreStale({ n: 2, caseIds: ["a", "b"] }, ["a", "b"])).toBe(false);
    expect(weightsAreStale({ n: 2, caseIds: ["a", "b"] }, ["a", "b", "c"])).toBe(true);
    expect(weightsAreStale({ n: 2, caseIds: ["a", "x"] }, ["a", "b"])).toBe(true);
  });
});

describe("reading the form's fields", () => {
  it("reads articles as lawyers type them", () => {
    expect(readArticles("Art. 5(1)(f), article 32(1)(b),, 35 ")).toEqual(["5(1)(f)", "32(1)(b)", "35"]);
    expect(readArticles(" ")).toEqual([]);
    const parsed = parseScenario({ country: "NO", controllerType: "public", articles: readArticles("5(1)(f), banana") });
    expect(parsed.success === false && parsed.errors.map((e) => e.field)).toEqual(["articles[1]"]);
  });

  it("reads the number of people with spaces or commas, and lets the parser reject the rest", () => {
    expect(readPeople("35 000")).toBe(35000);
    expect(readPeople("35,000")).toBe(35000);
    expect(readPeople("  ")).toBeUndefined();
    expect(readPeople("many")).toBeNaN();
    const check = (text: string) => {
      const r = parseScenario({ country: "NO", controllerType: "public", dataSubjects: readPeople(text) });
      return r.success ? "ok" : r.errors.map((e) => e.message).join("; ");
    };
    expect(check("1 200")).toBe("ok");
    expect(check("-5")).toBe("must be 0 or more");
    expect(check("2.5")).toBe("expected a whole number of people");
    expect(check("lots")).toBe("expected a whole number of people");
  });

  it("accepts a weight from 0 to the maximum only", () => {
    expect(readWeight("0.25")).toBe(0.25);
    expect(readWeight("0")).toBe(0);
    expect(readWeight(String(maxUserWeight))).toBe(maxUserWeight);
    for (const bad of ["", " ", "-0.1", "5.01", "NaN", "abc", "Infinity"]) expect(readWeight(bad), bad).toBeUndefined();
  });
});
