import { factorLetters, type FactorDirection, type FactorLetter } from "../factors.ts";
import { articlePattern, countries, countryCurrency, currencies, type Country, type Currency } from "../schema/codes.ts";
import { sizeClasses, type SizeClass } from "../size.ts";

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

/** Short codes of the levels, in the page's address and the data the page loads. */
export const levelCodes: Record<AssessedLevel, string> = {
  "strongly-mitigating": "sm",
  mitigating: "m",
  neutral: "n",
  aggravating: "a",
  "strongly-aggravating": "sa",
};
export const levelByCode = new Map(Object.entries(levelCodes).map(([level, code]) => [code, level as AssessedLevel]));

/** A case record's direction in scenario terms: the records have no "strongly" levels. */
export const levelOfDirection: Record<FactorDirection, ScenarioLevel> = {
  aggravating: "aggravating",
  mitigating: "mitigating",
  neutral: "neutral",
  "not-assessed": "not-assessed",
};

export const controllerTypes = ["public", "private", "individual"] as const;
export type ControllerType = (typeof controllerTypes)[number];

/** A scenario as the estimator reads it; src/domain/estimator/scenario-schema.ts is its zod schema. */
export interface Scenario {
  country: Country;
  controllerType: ControllerType;
  sector?: string;
  /** Defaults to the country's currency. */
  currency?: Currency;
  /** GDPR articles infringed; the fine tier (Art. 83(4) or 83(5)) follows from them. */
  articles: string[];
  dataSubjects?: number;
  children?: boolean;
  /** Art. 9 or Art. 10 data. */
  specialCategories?: boolean;
  /** The undertaking's annual turnover (the group's where it belongs to one), in any currency. */
  annualTurnover?: AnnualTurnover;
  /** Its size class (EU SME thresholds; "very-large" above EUR 500 million), when the turnover is not known. */
  sizeClass?: SizeClass;
  /** Letters a–k of Art. 83(2); a missing letter is "not-assessed". */
  factors: Partial<Record<FactorLetter, ScenarioLevel>>;
}

export interface AnnualTurnover {
  amount: number;
  currency: Currency;
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. "factors.l" or "articles[1]". */
  field: string;
  message: string;
}

export type ParseResult = { success: true; scenario: Scenario } | { success: false; errors: FieldError[] };

/** The messages of a scenario's fields, shared with the zod schema so both say the same. */
export const scenarioMessages = {
  oneOf: (values: readonly string[]) => `expected one of ${values.join(", ")}`,
  emptySector: "empty: leave the field out instead",
  article: 'expected a GDPR article such as "5(1)(f)" or "35"',
  people: "expected a whole number of people",
  negative: "must be 0 or more",
  boolean: "expected true or false",
  factorLetter: "factor letters are a to k",
  turnover: "expected an amount of at least 0, such as 25000000",
  unknownField: "unknown field",
} as const;

export const scenarioLimits = { sector: 200, articles: 40, dataSubjects: 1e10, turnover: 1e13 } as const;

// The type names and wording of zod's default messages, for the errors the schema leaves to zod.
function typeName(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : Number.isFinite(value) ? "number" : String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value) as unknown;
    const ctor = (value as { constructor?: { name?: string } }).constructor;
    if (proto !== Object.prototype && "constructor" in (value as object) && ctor) return ctor.name ?? "object";
  }
  return typeof value;
}
const expected = (type: string, value: unknown) => `Invalid input: expected ${type}, received ${typeName(value)}`;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** "articles[1]", "factors.l"; the scenario itself is "(scenario)". */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(scenario)";
}

const scenarioKeys = ["country", "controllerType", "sector", "currency", "articles", "dataSubjects", "children", "specialCategories", "annualTurnover", "sizeClass", "factors"] as const;

/**
 * Validates a scenario; errors name the field, as the page and the CLI show them. Plain code (the
 * page must not ship a schema library); test/domain/estimator/scenario-parse.test.ts checks that it
 * accepts, normalises and rejects exactly as the zod schema does, with the same messages.
 */
export function parseScenario(input: unknown): ParseResult {
  const m = scenarioMessages;
  if (!isRecord(input)) return { success: false, errors: [{ field: "(scenario)", message: expected("object", input) }] };
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  const out: Record<string, unknown> = {};
  const oneOf = (key: string, values: readonly string[], required: boolean) => {
    const v = input[key];
    if (v === undefined && !required) return;
    if (typeof v === "string" && values.includes(v)) out[key] = v;
    else fail(key, m.oneOf(values));
  };
  const boolean = (key: string) => {
    const v = input[key];
    if (v === undefined || typeof v === "boolean") out[key] = v;
    else fail(key, m.boolean);
  };

  oneOf("country", countries, true);
  oneOf("controllerType", controllerTypes, true);

  // zod runs its length checks even on a value of the wrong type that has a length (a string
  // given as the articles, an array as the sector), naming what it got: kept so both validators
  // say exactly the same.
  const tooBig = (v: string | unknown[], max: number) =>
    `Too big: expected ${typeof v === "string" ? `string to have <=${max} characters` : `array to have <=${max} items`}`;
  const lengthChecks = (field: string, v: unknown, min: number, max: number, short: string) => {
    if (typeof v !== "string" && !Array.isArray(v)) return;
    if (v.length < min) fail(field, short);
    if (v.length > max) fail(field, tooBig(v, max));
  };

  const sector = input.sector;
  if (sector !== undefined) {
    if (typeof sector !== "string") {
      fail("sector", expected("string", sector));
      lengthChecks("sector", sector, 1, scenarioLimits.sector, m.emptySector);
    } else {
      const trimmed = sector.trim();
      if (trimmed.length < 1) fail("sector", m.emptySector);
      else if (trimmed.length > scenarioLimits.sector) fail("sector", tooBig(trimmed, scenarioLimits.sector));
      else out.sector = trimmed;
    }
  }

  oneOf("currency", currencies, false);

  const articles = input.articles;
  if (articles === undefined) out.articles = [];
  else if (!Array.isArray(articles)) {
    fail("articles", expected("array", articles));
    lengthChecks("articles", articles, 0, scenarioLimits.articles, "");
  } else if (articles.length > scenarioLimits.articles) fail("articles", tooBig(articles, scenarioLimits.articles));
  else {
    articles.forEach((a: unknown, i) => {
      if (typeof a !== "string") fail(`articles[${i}]`, expected("string", a));
      else if (!articlePattern.test(a)) fail(`articles[${i}]`, m.article);
    });
    out.articles = [...(articles as string[])];
  }

  const people = input.dataSubjects;
  if (people !== undefined) {
    if (typeof people !== "number" || !Number.isFinite(people) || !Number.isInteger(people)) fail("dataSubjects", m.people);
    else {
      const before = errors.length;
      if (!Number.isSafeInteger(people)) fail("dataSubjects", m.people);
      if (people < 0) fail("dataSubjects", m.negative);
      if (people > scenarioLimits.dataSubjects) fail("dataSubjects", m.people);
      if (errors.length === before) out.dataSubjects = people;
    }
  }

  boolean("children");
  boolean("specialCategories");

  const turnover = input.annualTurnover;
  if (turnover !== undefined) {
    if (!isRecord(turnover)) fail("annualTurnover", expected("object", turnover));
    else {
      const amount = turnover.amount;
      const before = errors.length;
      if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0 || amount > scenarioLimits.turnover) fail("annualTurnover.amount", m.turnover);
      if (typeof turnover.currency !== "string" || !(currencies as readonly string[]).includes(turnover.currency)) fail("annualTurnover.currency", m.oneOf(currencies));
      for (const key in turnover) if (key !== "amount" && key !== "currency") fail(fieldName(["annualTurnover", key]), m.unknownField);
      if (errors.length === before) out.annualTurnover = { amount, currency: turnover.currency };
    }
  }
  oneOf("sizeClass", sizeClasses, false);

  const factors = input.factors;
  const levels: Scenario["factors"] = {};
  if (factors !== undefined) {
    if (!isRecord(factors)) fail("factors", expected("object", factors));
    else {
      for (const letter of factorLetters) {
        const v = factors[letter];
        if (v === undefined) continue;
        if (typeof v === "string" && (scenarioLevels as readonly string[]).includes(v)) levels[letter] = v as ScenarioLevel;
        else fail(`factors.${letter}`, m.oneOf(scenarioLevels));
      }
      for (const key in factors) if (!(factorLetters as readonly string[]).includes(key)) fail(fieldName(["factors", key]), m.factorLetter);
    }
  }
  out.factors = levels;

  for (const key in input) if (!(scenarioKeys as readonly string[]).includes(key)) fail(fieldName([key]), m.unknownField);
  if (errors.length) return { success: false, errors };
  return { success: true, scenario: normaliseScenario(out as unknown as Scenario) };
}

/** The articles field as typed: "Art. 5(1)(f), 32(1)(b)" → ["5(1)(f)", "32(1)(b)"]; parseScenario checks each. */
export const readArticles = (text: string): string[] =>
  text
    .split(",")
    .map((a) => a.trim().replace(/^art(icle)?\.?\s*/i, ""))
    .filter(Boolean);

/**
 * An amount as typed: "25 000 000", "25,000,000", "25.000.000" or "25000000" → 25000000, empty →
 * undefined; anything else is NaN, which parseScenario rejects with its message.
 */
export function readAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "");
  if (cleaned === "") return undefined;
  if (/^\d{1,3}([,.]\d{3})+$/.test(cleaned)) return Number(cleaned.replace(/[,.]/g, ""));
  return /^\d+([.,]\d+)?$/.test(cleaned) ? Number(cleaned.replace(",", ".")) : Number.NaN;
}

/**
 * The people field as typed: "35 000" or "35,000" → 35000, empty → undefined; anything else is
 * NaN, which parseScenario rejects with its message.
 */
export function readPeople(text: string): number | undefined {
  const cleaned = text.replace(/[\s,]/g, "");
  if (cleaned === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
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
  for (const key of ["sector", "currency", "dataSubjects", "children", "specialCategories", "annualTurnover", "sizeClass"] as const) {
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
