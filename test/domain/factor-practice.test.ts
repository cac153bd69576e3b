import { describe, expect, it } from "vitest";
import { emptyModel } from "../../src/domain/estimator/model.ts";
import { loadModel } from "../../src/domain/estimator/node.ts";
import { factorEffect, factorPractice, factorPractices, overlappingEffects } from "../../src/domain/factor-practice.ts";
import { factorDirections, factorLetters } from "../../src/domain/factors.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const practices = factorPractices(library.cases);
const practice = (letter: string) => practices.find((p) => p.letter === letter)!;

describe("how the decided cases weighed each factor, on the real records", () => {
  it("puts every case under exactly one direction for each letter, counts matching the lists", () => {
    const n = library.cases.length;
    expect(n).toBeGreaterThanOrEqual(144);
    expect(practices.map((p) => p.letter)).toEqual([...factorLetters]);
    for (const p of practices) {
      expect(p.counts.total).toBe(n);
      expect(factorDirections.reduce((n, d) => n + p.counts[d], 0)).toBe(n);
      for (const d of factorDirections) expect(p.byDirection[d].length).toBe(p.counts[d]);
      const ids = factorDirections.flatMap((d) => p.byDirection[d].map((c) => c.caseId));
      expect(new Set(ids).size).toBe(n);
    }
  });

  it("counts per authority add up to the letter's counts, direction by direction", () => {
    for (const p of practices) {
      for (const d of [...factorDirections, "total"] as const) {
        expect(p.byAuthority.reduce((n, a) => n + a.counts[d], 0)).toBe(p.counts[d]);
      }
      const totals = p.byAuthority.map((a) => a.counts.total);
      expect(totals).toEqual([...totals].sort((x, y) => y - x));
    }
    // Datatilsynet (Norway) has the most records: 52.
    expect(practice("g").byAuthority[0]).toMatchObject({ authority: "no-datatilsynet", counts: { total: 52 } });
  });

  it("lists Rælingen under (g) aggravating with its note and pinpoint, and under (c) mitigating", () => {
    const g = practice("g").byDirection.aggravating.find((c) => c.caseId === "raelingen-2020")!;
    expect(g).toMatchObject({ authority: "no-datatilsynet", country: "NO", date: "2020-07-02" });
    expect(g.assessment.note).toContain("health data");
    expect(g.assessment.pinpoint).toMatchObject({ document: "datatilsynet-norway-20-02191", paragraph: "p83" });
    expect(practice("c").byDirection.mitigating.some((c) => c.caseId === "raelingen-2020")).toBe(true);
    expect(practice("g").byDirection.neutral.some((c) => c.caseId === "raelingen-2020")).toBe(false);
  });

  it("keeps a letter the record leaves open under not assessed: Avanza's (e), without a pinpoint", () => {
    const e = practice("e").byDirection["not-assessed"].find((c) => c.caseId === "avanza-2024")!;
    expect(e.assessment.pinpoint).toBeUndefined();
    expect(practice("b").byDirection.neutral.map((c) => c.caseId)).toContain("avanza-2024");
  });

  it("keeps the order of the cases passed in and counts nothing for no cases", () => {
    const reversed = factorPractice([...library.cases].reverse(), "a");
    expect(reversed.byDirection.aggravating.map((c) => c.caseId)).toEqual([...practice("a").byDirection.aggravating.map((c) => c.caseId)].reverse());
    const none = factorPractice([], "k");
    expect(none.counts.total).toBe(0);
    expect(none.byAuthority).toEqual([]);
  });
});

describe("what the fitted weights say about each factor", () => {
  const model = loadModel();
  it("reports each letter fitted to zero as no measurable effect, and every other as the multiplier of its step", () => {
    for (const letter of factorLetters) {
      const effect = factorEffect(model, letter);
      expect(effect.measurable).toBe(model.factors[letter].step >= 0.005);
      expect(effect.perLevel).toBeCloseTo(Math.exp(model.factors[letter].step), 12);
    }
    // The fit leaves several letters at exactly zero (seven at the fit of issue 14: a, c, e, f, h, i, j).
    const zero = factorLetters.filter((l) => model.factors[l].step === 0);
    expect(zero.length).toBeGreaterThanOrEqual(3);
    expect(factorEffect(model, zero[0]!)).toMatchObject({ step: 0, perLevel: 1, measurable: false });
  });

  it("gives (g) the fitted effects of special-category and children's data, which the model measures as facts of their own", () => {
    const g = overlappingEffects(model, "g");
    expect(g.map((x) => x.fact)).toEqual(["specialCategories", "children"]);
    expect(g[0]!.perUnit).toBeCloseTo(Math.exp(model.regression.specialCategories), 12);
    // Kept at zero or above by the fit: a multiplier of at least ×1.00.
    expect(g.every((x) => x.perUnit >= 1)).toBe(true);
    expect(overlappingEffects(model, "a").map((x) => x.fact)).toEqual(["dataSubjects"]);
    expect(overlappingEffects(model, "c")).toEqual([]);
  });

  it("calls a step that rounds to ×1.00 unmeasured, and one that shows as ×1.01 measured", () => {
    const m = emptyModel();
    m.factors.a.step = 0.004;
    m.factors.b.step = 0.01;
    expect(factorEffect(m, "a").measurable).toBe(false);
    expect(factorEffect(m, "b").measurable).toBe(true);
  });
});
