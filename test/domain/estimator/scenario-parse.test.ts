import fc from "fast-check";
import { sizeClasses } from "../../../src/domain/size.ts";
import { describe, expect, it } from "vitest";
import { parseScenario, scenarioLevels, controllerTypes } from "../../../src/domain/estimator/scenario.ts";
import { parseScenarioWithSchema } from "../../../src/domain/estimator/scenario-schema.ts";
import { factorLetters } from "../../../src/domain/factors.ts";
import { countries, currencies } from "../../../src/domain/schema/codes.ts";

// The page validates with plain code (parseScenario) and ships no zod; the CLI and the published
// JSON Schema use the zod schema. Both must accept the same scenarios, normalise them the same way
// and reject the rest with the same field names and messages, in the same order.

/** Any JSON-ish value, with the numbers JSON cannot hold. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, junk);

const articleArb = fc.oneof(
  fc.constantFrom("5(1)(f)", "32(1)(b)", "35", "83(2)", "6(1)(a)", "9", "12(3)"),
  fc.constantFrom("Art 32", "banana", "5(1)(F)", "100", " 5", "", "5(1)(f) "),
  junk,
);
const peopleArb = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }),
  fc.constantFrom(0, 1e10, 1e10 + 1, 2 ** 53 - 1, 2 ** 53, 1e16, -1e16, -1, -1.5, 1.5, 1e300, -1e300, 5e-324),
  fc.double(),
  junk,
);
const factorsArb = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.constantFrom(...factorLetters), fc.constantFrom("l", "z", "A", "")),
    maybe(fc.constantFrom(...scenarioLevels)),
    { maxKeys: 5 },
  ),
  junk,
);
const sectorArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("   ", " education ", "\u00a0x\u2003", "x".repeat(200), ` ${"x".repeat(200)} `, "x".repeat(201), [], Array(201).fill(1)),
  junk,
);

const fields = {
  country: maybe(fc.constantFrom(...countries, "XX", "no")),
  controllerType: maybe(fc.constantFrom(...controllerTypes, "state")),
  sector: sectorArb,
  currency: maybe(fc.constantFrom(...currencies, "USD")),
  articles: fc.oneof(fc.array(articleArb, { maxLength: 4 }), fc.array(articleArb, { minLength: 39, maxLength: 42 }), fc.constantFrom("5".repeat(40), "5".repeat(41)), junk),
  dataSubjects: peopleArb,
  children: maybe(fc.boolean()),
  specialCategories: maybe(fc.boolean()),
  factors: factorsArb,
  annualTurnover: fc.oneof(
    fc.record({ amount: fc.oneof(fc.integer({ min: -5, max: 1e13 + 5 }), fc.double(), fc.constantFrom("5", null)), currency: maybe(fc.constantFrom(...currencies, "USD", 3)) }, { requiredKeys: [] }),
    fc.constant({ amount: 1, currency: "NOK", extra: 1 }),
    junk,
  ),
  sizeClass: maybe(fc.constantFrom(...sizeClasses, "huge")),
  turnover: fc.integer(),
  zz: junk,
};

const scenarioLikeArb = fc.oneof(
  { weight: 8, arbitrary: fc.record(fields, { requiredKeys: [] }) },
  { weight: 1, arbitrary: junk },
);

describe("parseScenario (plain code) against the zod schema", () => {
  it("agrees on every input: success, normalised scenario, or the same errors in the same order", () => {
    fc.assert(
      fc.property(scenarioLikeArb, (input) => {
        expect(parseScenario(input)).toEqual(parseScenarioWithSchema(input));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on valid scenarios in particular", () => {
    const valid = fc.record(
      {
        country: fc.constantFrom(...countries),
        controllerType: fc.constantFrom(...controllerTypes),
        sector: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
        currency: fc.constantFrom(...currencies),
        articles: fc.array(fc.constantFrom("5(1)(f)", "32(1)(b)", "35"), { maxLength: 40 }),
        dataSubjects: fc.integer({ min: 0, max: 1e10 }),
        children: fc.boolean(),
        specialCategories: fc.boolean(),
        annualTurnover: fc.record({ amount: fc.integer({ min: 0, max: 1e13 }), currency: fc.constantFrom(...currencies) }),
        sizeClass: fc.constantFrom(...sizeClasses),
        factors: fc.dictionary(fc.constantFrom(...factorLetters), fc.constantFrom(...scenarioLevels), { maxKeys: 11 }),
      },
      { requiredKeys: ["country", "controllerType"] },
    );
    fc.assert(
      fc.property(valid, (input) => {
        const plain = parseScenario(input);
        expect(plain.success).toBe(true);
        expect(plain).toEqual(parseScenarioWithSchema(input));
      }),
      { numRuns: 1000 },
    );
  });

  it("names the fields the page shows errors for", () => {
    const r = parseScenario({ country: "NO", controllerType: "public", articles: ["5(1)(f)", "banana"], dataSubjects: -3, factors: { l: "neutral" } });
    expect(r).toEqual({
      success: false,
      errors: [
        { field: "articles[1]", message: 'expected a GDPR article such as "5(1)(f)" or "35"' },
        { field: "dataSubjects", message: "must be 0 or more" },
        { field: "factors.l", message: "factor letters are a to k" },
      ],
    });
  });
});
