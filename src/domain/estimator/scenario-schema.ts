/**
 * The scenario as a zod schema: what the CLI (npm run estimate) validates with and what
 * /data/scenario.schema.json is generated from. The page uses parseScenario (./scenario.ts), plain
 * code that gives the same results and messages (checked in test/domain/estimator/scenario-parse.test.ts).
 */
import { z } from "../schema/zod.ts";
import { factorLetters, type FactorLetter } from "../factors.ts";
import { articlePattern, countries, currencies } from "../schema/codes.ts";
import { sizeClasses } from "../size.ts";
import { controllerTypes, fieldName, normaliseScenario, scenarioLevels, scenarioLimits, scenarioMessages as m, type FieldError, type ParseResult, type Scenario } from "./scenario.ts";

export const scenarioLevelSchema = z.enum(scenarioLevels, { error: () => m.oneOf(scenarioLevels) });

const factorShape = Object.fromEntries(factorLetters.map((l) => [l, scenarioLevelSchema.optional()])) as Record<
  FactorLetter,
  z.ZodOptional<typeof scenarioLevelSchema>
>;

export const scenarioSchema = z.strictObject(
  {
    country: z.enum(countries, { error: () => m.oneOf(countries) }),
    controllerType: z.enum(controllerTypes, { error: () => m.oneOf(controllerTypes) }),
    sector: z.string().trim().min(1, { error: m.emptySector }).max(scenarioLimits.sector).optional(),
    /** Defaults to the country's currency. */
    currency: z.enum(currencies, { error: () => m.oneOf(currencies) }).optional(),
    /** GDPR articles infringed; the fine tier (Art. 83(4) or 83(5)) follows from them. */
    articles: z
      .array(z.string().regex(articlePattern, { error: m.article }))
      .max(scenarioLimits.articles)
      .default([]),
    dataSubjects: z
      .number({ error: m.people })
      .int({ error: m.people })
      .nonnegative({ error: m.negative })
      .max(scenarioLimits.dataSubjects)
      .optional(),
    children: z.boolean({ error: m.boolean }).optional(),
    /** Art. 9 or Art. 10 data. */
    specialCategories: z.boolean({ error: m.boolean }).optional(),
    /** The undertaking's annual turnover (the group's where it belongs to one). */
    annualTurnover: z
      .strictObject(
        {
          amount: z.number({ error: m.turnover }).nonnegative({ error: m.turnover }).max(scenarioLimits.turnover, { error: m.turnover }),
          currency: z.enum(currencies, { error: () => m.oneOf(currencies) }),
        },
        { error: (issue) => (issue.code === "unrecognized_keys" ? m.unknownField : undefined) },
      )
      .optional(),
    /** Size class (EU SME thresholds; very-large above EUR 500 million turnover), when the turnover is not known. */
    sizeClass: z.enum(sizeClasses, { error: () => m.oneOf(sizeClasses) }).optional(),
    /** Letters a–k of Art. 83(2); a missing letter is "not-assessed". */
    factors: z
      .strictObject(factorShape, { error: (issue) => (issue.code === "unrecognized_keys" ? m.factorLetter : undefined) })
      .default({}),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? m.unknownField : undefined) },
);

export type ScenarioInput = z.input<typeof scenarioSchema>;

// The hand-written Scenario and the schema's output are the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameType: Same<Scenario, z.output<typeof scenarioSchema>> = true;
void sameType;

/** Validates a scenario with the zod schema; errors name the field. */
export function parseScenarioWithSchema(input: unknown): ParseResult {
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
