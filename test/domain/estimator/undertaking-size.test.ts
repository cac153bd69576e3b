/**
 * The size of the undertaking in the estimator: what the records give, how it moves an estimate,
 * and the EDPB lens's turnover adjustment.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../../../src/domain/sources/repository.ts";
import type { DecidedCase } from "../../../src/domain/estimator/cases.ts";
import { sizeAdjustment, turnoverBands } from "../../../src/domain/estimator/edpb.ts";
import { estimateFine } from "../../../src/domain/estimator/estimate.ts";
import type { Model } from "../../../src/domain/estimator/model.ts";
import { decidedCases, loadModel, todayContext } from "../../../src/domain/estimator/node.ts";
import { parseScenario, readAmount, type Scenario } from "../../../src/domain/estimator/scenario.ts";
import { caseSize } from "../../../src/domain/estimator/similarity.ts";
import { sizeClassBounds, sizeLog, typicalTurnoverEur } from "../../../src/domain/estimator/undertaking-size.ts";
import { sizeClasses } from "../../../src/domain/size.ts";
import { context } from "./synthetic.ts";

let cases: DecidedCase[];
let model: Model;
let library: ReturnType<typeof loadLibrary>;
beforeAll(() => {
  library = loadLibrary();
  cases = decidedCases(library);
  model = loadModel();
}, 60_000);

const byId = (id: string) => cases.find((c) => c.id === id)!;

describe("the size of the undertaking in the decided cases", () => {
  it("reads Klarna's group turnover (SEK 10.1 billion in 2020) in euro at the year's average rate", () => {
    const klarna = byId("klarna-2022");
    expect(klarna.scenario.annualTurnover?.currency).toBe("EUR");
    // About EUR 960 million at the 2020 average of about 10.5 SEK per euro.
    expect(klarna.scenario.annualTurnover!.amount).toBeGreaterThan(900e6);
    expect(klarna.scenario.annualTurnover!.amount).toBeLessThan(1_000e6);
    expect(klarna.scenario.sizeClass).toBe("large");
    expect(caseSize(klarna)).toBeCloseTo(Math.log10(klarna.scenario.annualTurnover!.amount), 10);
  });

  it("gives public bodies no size, and leaves undertakings whose decision states none unknown", () => {
    for (const c of cases) {
      if (c.scenario.controllerType === "public") expect(caseSize(c), c.id).toBeUndefined();
    }
    const unknown = cases.filter((c) => c.scenario.controllerType === "private" && caseSize(c) === undefined);
    expect(unknown.length).toBeGreaterThan(0);
    for (const c of unknown) expect(c.scenario.annualTurnover ?? c.scenario.sizeClass, c.id).toBeUndefined();
  });

  it("was fitted with a non-negative effect of turnover", () => {
    expect(model.regression.size).toBeGreaterThanOrEqual(0);
    expect(model.regression.imputation.size).toBeGreaterThan(5);
  });
});

describe("a scenario's size", () => {
  const base: Scenario = { country: "NO", controllerType: "private", articles: ["6(1)"], factors: {} };

  it("counts a stated turnover in euro at the day's rates, and a class at its typical turnover", () => {
    expect(sizeLog({ ...base, annualTurnover: { amount: 115_000_000, currency: "NOK" } }, context.perEur)).toBeCloseTo(7, 10);
    expect(sizeLog({ ...base, sizeClass: "small" }, context.perEur)).toBeCloseTo(Math.log10(typicalTurnoverEur("small")), 10);
    expect(sizeLog({ ...base, controllerType: "public", sizeClass: "small" }, context.perEur)).toBeUndefined();
    expect(sizeLog(base, context.perEur)).toBeUndefined();
    for (const k of sizeClasses) {
      const [lo, hi] = sizeClassBounds[k];
      expect(typicalTurnoverEur(k)).toBeGreaterThan(lo);
      expect(typicalTurnoverEur(k)).toBeLessThan(hi);
    }
  });

  it("moves the estimate: a group with EUR 1 billion is fined more than a micro undertaking, all else equal", () => {
    const ctx = todayContext(library.rates);
    const small = estimateFine({ ...base, annualTurnover: { amount: 1_000_000, currency: "EUR" } }, cases, model, ctx);
    const large = estimateFine({ ...base, annualTurnover: { amount: 1_000_000_000, currency: "EUR" } }, cases, model, ctx);
    const open = estimateFine(base, cases, model, ctx);
    expect(large.estimate!).toBeGreaterThan(small.estimate! * 3);
    expect(open.estimate!).toBeGreaterThan(small.estimate!);
    expect(open.estimate!).toBeLessThan(large.estimate!);
    // The adjustment of each comparable names the turnover.
    expect(large.comparables.some((c) => c.adjustment.parts.some((p) => p.key === "size"))).toBe(true);
  });

  it("is read from what a user types, with a clear message when it is not an amount", () => {
    expect(readAmount("25 000 000")).toBe(25_000_000);
    expect(readAmount("25,000,000")).toBe(25_000_000);
    expect(readAmount("25.000.000")).toBe(25_000_000);
    expect(readAmount("2.5")).toBe(2.5);
    expect(readAmount("")).toBeUndefined();
    expect(readAmount("ten million")).toBeNaN();
    const r = parseScenario({ ...base, annualTurnover: { amount: readAmount("ten million"), currency: "NOK" } });
    expect(r).toEqual({ success: false, errors: [{ field: "annualTurnover.amount", message: "expected an amount of at least 0, such as 25000000" }] });
  });
});

describe("the EDPB lens's turnover adjustment (Guidelines 04/2022 ¶¶ 65–66)", () => {
  it("brings the starting amount of an undertaking with up to EUR 2 million down to 0.2–0.4 % of itself", () => {
    expect(sizeAdjustment([2_000_000, 2_000_000])).toEqual({ turnover: [2_000_000, 2_000_000], share: [0.002, 0.004], verified: true });
  });

  it("gives a finite share between 0.2 % and 100 % for any turnover or range, rising with turnover", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), fc.double({ min: 0, max: 1e13, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const { share } = sizeAdjustment([lo, hi]);
        expect(share[0]).toBeGreaterThanOrEqual(0.002);
        expect(share[1]).toBeLessThanOrEqual(1);
        expect(share[0]).toBeLessThanOrEqual(share[1]);
        expect(sizeAdjustment([hi, hi]).share[1]).toBeGreaterThanOrEqual(sizeAdjustment([lo, lo]).share[1]);
      }),
      { numRuns: 500 },
    );
  });

  it("puts a turnover of 0 in the lowest band", () => {
    expect(sizeAdjustment([0, 0]).share).toEqual([0.002, 0.004]);
  });

  it("makes no adjustment above EUR 500 million", () => {
    expect(sizeAdjustment([600_000_000, 600_000_000]).share).toEqual([1, 1]);
  });

  it("spans the bands of a size class, and marks bands not checked against the text", () => {
    expect(sizeAdjustment(sizeClassBounds.micro)).toMatchObject({ share: [0.002, 0.004], verified: true });
    expect(sizeAdjustment(sizeClassBounds.small)).toMatchObject({ share: [0.003, 0.02], verified: false });
    expect(sizeAdjustment(sizeClassBounds.large).share).toEqual([0.08, 1]);
    // Bands rise with turnover and meet.
    for (let i = 1; i < turnoverBands.length; i++) expect(turnoverBands[i]!.upTo).toBeGreaterThan(turnoverBands[i - 1]!.upTo);
  });

  it("shows the adjusted starting range for a stated turnover, none for a public body", () => {
    const ctx = todayContext(library.rates);
    const r = estimateFine({ country: "NO", controllerType: "private", articles: ["6(1)"], annualTurnover: { amount: 1_500_000, currency: "EUR" }, factors: { a: "aggravating" } }, cases, model, ctx);
    expect(r.lens.size?.share).toEqual([0.002, 0.004]);
    expect(r.lens.size?.amounts?.to).toBeCloseTo(r.lens.amounts!.to * 0.004, 6);
    const pub = estimateFine({ country: "NO", controllerType: "public", articles: ["6(1)"], factors: {} }, cases, model, ctx);
    expect(pub.lens.size).toBeNull();
  });
});
