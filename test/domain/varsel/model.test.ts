import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitRatioLogistic, fitVarselModel, forecastNotice, mixtureRatioQuantile, probabilityReduced } from "../../../src/domain/varsel/model.ts";

const point = (id: string, notice: number, final: number, authority = "a", x?: number) => ({ id, notice, final, authority, ...(x !== undefined ? { x } : {}) });

describe("the notice model", () => {
  it("shrinks an authority's own share toward the overall one", () => {
    const m = fitVarselModel([point("1", 100, 50, "a"), point("2", 100, 100, "a"), point("3", 100, 100, "a"), point("4", 100, 100, "a"), point("5", 100, 60, "b")], 4);
    expect(m.reducedShare).toBeCloseTo(0.4);
    expect(probabilityReduced(m, "b")).toBeCloseTo((1 + 4 * 0.4) / 5);
    expect(probabilityReduced(m, "a")).toBeCloseTo((1 + 4 * 0.4) / 8);
    expect(probabilityReduced(m, "unknown")).toBeCloseTo(0.4);
    expect(m.reductions).toEqual([0.5, 0.6]);
  });

  it("puts the notice standing at the top of every range, and the median on a reduction only when a reduction is more likely than not", () => {
    expect(mixtureRatioQuantile([0.5, 0.8], 0.4, 0.5)).toBe(1);
    expect(mixtureRatioQuantile([0.5, 0.8], 0.6, 0.5)).toBe(0.8);
    expect(mixtureRatioQuantile([0.5, 0.8], 0.6, 0.1)).toBe(0.5);
    expect(mixtureRatioQuantile([], 0.9, 0.1)).toBe(1);
    const m = fitVarselModel([point("1", 100, 50), point("2", 100, 100)]);
    const f = forecastNotice(m, 800_000, "a", 0.8);
    expect(f.p90).toBe(800_000);
    expect(f.estimate).toBe(400_000);
  });

  it("quantiles never decrease with the level and stay within the observed ratios", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (cuts, p) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const qs = [0.1, 0.25, 0.5, 0.75, 0.9].map((q) => mixtureRatioQuantile(sorted, p, q));
        for (let i = 1; i < qs.length; i++) expect(qs[i]!).toBeGreaterThanOrEqual(qs[i - 1]!);
        for (const q of qs) expect(q === 1 || sorted.includes(q)).toBe(true);
      }),
    );
  });

  it("the ratio logistic learns a clear signal and falls back to the base rate without ratios", () => {
    const pts = Array.from({ length: 20 }, (_, i) => point(String(i), 100, i < 10 ? 100 : 60, "a", i < 10 ? -1 - i / 10 : 1 + i / 10));
    const p = fitRatioLogistic(pts, 0.1);
    expect(p(2)).toBeGreaterThan(0.8);
    expect(p(-2)).toBeLessThan(0.2);
    expect(p(undefined)).toBeCloseTo(0.5);
    expect(fitRatioLogistic(pts.map(({ x: _x, ...rest }) => rest))(1)).toBeCloseTo(0.5);
  });
});

import { countByKind } from "../../../src/domain/varsel/arguments.ts";
describe("counting arguments by kind for some cases", () => {
  it("counts an argument under each kind it names, only for the given cases, and leaves out kinds never raised", () => {
    const args = [
      { caseId: "a", kinds: ["x", "y"], result: "accepted" as const },
      { caseId: "a", kinds: ["x"], result: "rejected" as const },
      { caseId: "b", kinds: ["x"], result: "partly" as const },
    ];
    expect(countByKind(args, new Set(["a"]), ["x", "y", "z"])).toEqual([
      { kind: "x", total: 2, accepted: 1, partly: 0, rejected: 1, "not-answered": 0 },
      { kind: "y", total: 1, accepted: 1, partly: 0, rejected: 0, "not-answered": 0 },
    ]);
  });
});
