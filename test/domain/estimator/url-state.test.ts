import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateFine } from "../../../src/domain/estimator/estimate.ts";
import { parseScenario } from "../../../src/domain/estimator/scenario.ts";
import { decodeState, defaultState, encodeState, normaliseState, type CalculatorState } from "../../../src/domain/estimator/url-state.ts";
import { factorLetters } from "../../../src/domain/factors.ts";
import { casesArb, context, figureKeys, modelArb, userScenarioArb } from "./synthetic.ts";

const knownIds = ["raelingen-2020", "bergen-2019", "case-001", "ostersund-2023"];
const isKnown = (id: string) => knownIds.includes(id);
const runs = { numRuns: 1000 };

const sectorArb = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const weightsArb = fc.dictionary(fc.constantFrom(...factorLetters), fc.double({ min: 0, max: 5, noNaN: true }), { maxKeys: 11 });

const stateArb: fc.Arbitrary<CalculatorState> = fc
  .record({
    scenario: userScenarioArb,
    sector: fc.option(sectorArb, { nil: undefined }),
    step: weightsArb,
    similarity: weightsArb,
    from: fc.option(fc.constantFrom(...knownIds), { nil: undefined }),
    exclude: fc.uniqueArray(fc.constantFrom(...knownIds), { maxLength: 3 }),
  })
  .map(({ scenario, sector, step, similarity, from, exclude }) => {
    const s = { ...scenario };
    if (sector === undefined) delete s.sector;
    else s.sector = sector;
    return normaliseState({ scenario: s, weights: { step, similarity }, ...(from ? { from } : {}), exclude });
  });

describe("calculator state in the URL", () => {
  it("round-trips every valid state through the query string", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: decoded, notices } = decodeState(`?${encodeState(state)}`, isKnown);
        expect(notices).toEqual([]);
        expect(decoded).toEqual(state);
        expect(encodeState(decoded)).toBe(encodeState(state));
      }),
      runs,
    );
  });

  it("falls back to a valid state on any garbage, and the estimate stays finite", () => {
    const garbageArb = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.webQueryParameters(),
      fc
        .array(
          fc.tuple(
            fc.constantFrom("country", "type", "sector", "currency", "articles", "people", "children", "special", "step", "sim", "from", "exclude", ...factorLetters, "zz"),
            fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("NaN", "-1", "1e400", "Infinity", "sa", "a:9", "5(1)(f)", "yes", "%", "%E0%A4", "")),
          ),
          { maxLength: 12 },
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&")),
    );
    fc.assert(
      fc.property(garbageArb, casesArb(1, 5), modelArb, (garbage, cases, model) => {
        let decoded: ReturnType<typeof decodeState> | undefined;
        expect(() => (decoded = decodeState(garbage, isKnown))).not.toThrow();
        const { state } = decoded!;
        expect(parseScenario(state.scenario).success).toBe(true);
        for (const w of [...Object.values(state.weights.step), ...Object.values(state.weights.similarity)]) {
          expect(Number.isFinite(w) && w >= 0 && w <= 5).toBe(true);
        }
        const r = estimateFine(state.scenario, cases, model, context, { weights: state.weights, exclude: state.exclude });
        for (const k of figureKeys) expect(r[k] === null || (Number.isFinite(r[k]) && r[k]! > 0)).toBe(true);
      }),
      runs,
    );
  });

  it("names each value it could not read", () => {
    const { state, notices } = decodeState("?country=XX&type=public&a=zz&people=-5&step=a:NaN,b:0.5&foo=1&from=nope&articles=5(1)(f),bad", isKnown);
    expect(state.scenario.country).toBe(defaultState().scenario.country);
    expect(state.scenario.articles).toEqual(["5(1)(f)"]);
    expect(state.weights.step).toEqual({ b: 0.5 });
    expect(state.from).toBeUndefined();
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ["country", "invalid"],
      ["a", "invalid"],
      ["people", "invalid"],
      ["step", "invalid"],
      ["foo", "unknown-param"],
      ["from", "unknown-case"],
      ["articles", "invalid"],
    ]);
  });

  it("starts blank without notices on an empty address", () => {
    expect(decodeState("", isKnown)).toEqual({ state: defaultState(), notices: [] });
    expect(decodeState("?", isKnown)).toEqual({ state: defaultState(), notices: [] });
  });
});
