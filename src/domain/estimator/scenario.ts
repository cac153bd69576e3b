import { z } from "../schema/zod.ts";
import { factorLetters, type FactorDirection, type FactorLetter } from "../factors.ts";
import { articlePattern, countries, countryCurrency, currencies, type Country, type Currency } from "../schema/primitives.ts";

/**
 * How a scenario weighs a factor. Five ordered levels plus "not-assessed" (the default for a
 * missing letter). Case records only know aggravating / mitigating / neutral / not-assessed;
 * "strongly-…" is two steps of the same size (see levelValue), an extrapolation the records cannot test.
 */
export const scenarioLevels = [
  "strongly-mitigating",
  "mitigating",
  "neutral",
  "aggravating",
  "strongly-aggravating",
  "not-assessed",
] as const;
export type ScenarioLevel = (typeof scenarioLevels)[number];
export type AssessedLevel = Exclude<ScenarioLevel, "not-assessed">;
export const assessedLevels = scenarioLevels.filter((l) => l !== "not-assessed") as AssessedLevel[];

/** Steps from neutral: the unit in which a factor's weight moves a fine. */
export const levelValue: Record<AssessedLevel, number> = {
  "strongly-mitigating": -2,
  mitigating: -1,
  neutral: 0,
  aggravating: 1,
  "strongly-aggravating": 2,
};

/** A case record's direction in scenario terms: the records have no "strongly" levels. */
export const levelOfDirection: Record<FactorDirection, ScenarioLevel> = {
  aggravating: "aggravating",
  mitigating: "mitigating",
  neutral: "neutral",
  "not-assessed": "not-assessed",
};

export const controllerTypes = ["public", "private", "individual"] as const;
export type ControllerType = (typeof controllerTypes)[number];

const oneOf = (values: readonly string[]) => `expected one of ${values.join(", ")}`;

export const scenarioLevelSchema = z.enum(scenarioLevels, { error: () => oneOf(scenarioLevels) });

const factorShape = Object.fromEntries(factorLetters.map((l) => [l, scenarioLevelSchema.optional()])) as Record<
  FactorLetter,
  z.ZodOptional<typeof scenarioLevelSchema>
>;

export const scenarioSchema = z.strictObject(
  {
    country: z.enum(countries, { error: () => oneOf(countries) }),
    controllerType: z.enum(controllerTypes, { error: () => oneOf(controllerTypes) }),
    sector: z.string().trim().min(1, { error: "empty: leave the field out instead" }).max(200).optional(),
    /** Defaults to the country's currency. */
    currency: z.enum(currencies, { error: () => oneOf(currencies) }).optional(),
    /** GDPR articles infringed; the fine tier (Art. 83(4) or 83(5)) follows from them. */
    articles: z
      .array(z.string().regex(articlePattern, { error: 'expected a GDPR article such as "5(1)(f)" or "35"' }))
      .max(40)
      .default([]),
    dataSubjects: z
      .number({ error: "expected a whole number of people" })
      .int({ error: "expected a whole number of people" })
      .nonnegative({ error: "must be 0 or more" })
      .max(1e10)
      .optional(),
    children: z.boolean({ error: "expected true or false" }).optional(),
    /** Art. 9 or Art. 10 data. */
    specialCategories: z.boolean({ error: "expected true or false" }).optional(),
    /** Letters a–k of Art. 83(2); a missing letter is "not-assessed". */
    factors: z
      .strictObject(factorShape, { error: (issue) => (issue.code === "unrecognized_keys" ? "factor letters are a to k" : undefined) })
      .default({}),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
);

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

export interface FieldError {
  /** Dotted path of the offending field, e.g. "factors.l" or "articles[1]". */
  field: string;
  message: string;
}

export type ParseResult = { success: true; scenario: Scenario } | { success: false; errors: FieldError[] };

function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(scenario)";
}

/** Validates a scenario; errors name the field, as the page and the CLI show them. */
export function parseScenario(input: unknown): ParseResult {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { success: true, scenario: normaliseScenario(parsed.data) };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors.push({ field: fieldName([...issue.path, key]), message: issue.message });
    } else {
      errors.push({ field: fieldName(issue.path), message: issue.message });
    }
  }
  return { success: false, errors };
}

export const formatErrors = (errors: FieldError[]) => errors.map((e) => `${e.field}: ${e.message}`).join("\n");

/** Drops explicit "not-assessed" letters, so equal scenarios are equal objects. */
export function normaliseScenario(scenario: Scenario): Scenario {
  const factors: Scenario["factors"] = {};
  for (const letter of factorLetters) {
    const level = scenario.factors[letter];
    if (level && level !== "not-assessed") factors[letter] = level;
  }
  const out: Scenario = { ...scenario, factors };
  for (const key of ["sector", "currency", "dataSubjects", "children", "specialCategories"] as const) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

export const levelOf = (scenario: Scenario, letter: FactorLetter): ScenarioLevel => scenario.factors[letter] ?? "not-assessed";

/** The level as steps from neutral, or undefined when not assessed. */
export function stepsOf(scenario: Scenario, letter: FactorLetter): number | undefined {
  const level = levelOf(scenario, letter);
  return level === "not-assessed" ? undefined : levelValue[level];
}

export const currencyOf = (scenario: Scenario): Currency => scenario.currency ?? countryCurrency[scenario.country];

export const defaultScenario = (country: Country = "NO"): Scenario => ({
  country,
  controllerType: "public",
  articles: [],
  factors: {},
});
