import { z } from "../schema/zod.ts";
import { factorLetters, type FactorLetter } from "../factors.ts";
import { countries, type Country } from "../schema/codes.ts";
import { similarityGroups, type SimilarityGroup } from "./model.ts";

/** The schema of content/weights.json (see ./model.ts for what the parts mean); Node only, the page ships no zod. */
const nonNegative = z.number().nonnegative();

const nestedSummary = z.strictObject({
  n: z.number().int().nonnegative(),
  medianFactor: z.number().nullable(),
  shareWithin2: z.number().nullable(),
  coverage50: z.number().nullable(),
  coverage80: z.number().nullable(),
  reductionVsBest: z.number().nullable(),
});

const countryShape = Object.fromEntries(countries.map((c) => [c, z.number()])) as Record<Country, z.ZodNumber>;
const factorShape = Object.fromEntries(
  factorLetters.map((l) => [l, z.strictObject({ step: nonNegative, similarity: nonNegative })]),
) as Record<FactorLetter, z.ZodObject<{ step: typeof nonNegative; similarity: typeof nonNegative }>>;
const groupShape = Object.fromEntries(similarityGroups.map((g) => [g, nonNegative])) as Record<SimilarityGroup, typeof nonNegative>;

export const modelSchema = z.strictObject({
  meta: z.strictObject({
    /** When the weights were fitted (ISO date-time). */
    fitted: z.string(),
    /** Number of decided fines they were fitted on. */
    n: z.number().int().nonnegative(),
    /** Ridge penalty chosen by leave-one-out (on standardised features). */
    lambda: nonNegative,
    method: z.string(),
    /** Ids of the cases fitted on, to tell when the library has moved on. */
    caseIds: z.array(z.string()),
    /** Leave-one-out figures of the fit itself (natural-log units). */
    diagnostics: z.record(z.string(), z.number()).default({}),
    /**
     * The fully nested backtest (every weight refit without each held-out case), when the fit was
     * run with --nested-backtest: slower, and free of the optimism of choosing weights on all cases.
     */
    nestedBacktest: z
      .strictObject({
        run: z.string(),
        all: nestedSummary,
        publicBodies: nestedSummary,
        privateUndertakings: nestedSummary.optional(),
      })
      .optional(),
  }),
  regression: z.strictObject({
    intercept: z.number(),
    country: z.strictObject(countryShape),
    /** Relative to a private controller. */
    controller: z.strictObject({ public: z.number(), individual: z.number() }),
    /** A public body in that country, on top of the country's and the public effect (authorities differ in how they fine their own state). */
    publicIn: z.strictObject(countryShape),
    /** Art. 83(5) against 83(4). */
    upperTier: z.number(),
    /** Per tenfold increase in the number of people affected. */
    dataSubjects: z.number(),
    children: z.number(),
    specialCategories: z.number(),
    /** A case decided under the old national acts against one under the GDPR. */
    preGdpr: z.number(),
    /**
     * Per tenfold increase in an undertaking's annual turnover in euro, measured from the
     * fitted undertakings' mean (imputation.size); public bodies have no such term.
     */
    size: z.number(),
    /**
     * The trend of fines over time, per year later, for public bodies and for everyone else
     * (they differ: the decided fines on undertakings have grown, those on public bodies have not),
     * measured from `centre`, the fitted cases' mean decision year.
     */
    year: z.strictObject({ public: z.number(), other: z.number(), centre: z.number() }),
    /** Values used for a comparable whose record leaves the fact open (means of the fitted cases). */
    imputation: z.strictObject({
      upperTier: z.number(),
      dataSubjects: z.number(),
      children: z.number(),
      specialCategories: z.number(),
      /** Mean log10 turnover in euro of the fitted undertakings whose size is known. */
      size: z.number(),
    }),
  }),
  factors: z.strictObject(factorShape),
  similarity: z.strictObject(groupShape),
  spread: z.strictObject({
    /** Residual standard deviation of the log fine (leave-one-out, shrunk towards a prior of 1). */
    sigma: z.number().positive(),
    /** Multiplies sigma for each comparable's band. */
    kappa: z.number().positive(),
    /** Extra width per unit of dissimilarity. */
    tau: nonNegative,
    /**
     * The mixture's quantile levels that give the ranges: recalibrated so that, leaving each
     * decided case out, the fine fell below P10, P25, P75 and P90 as often as those names say.
     */
    levels: z
      .strictObject({ p10: z.number().gt(0).lt(1), low: z.number().gt(0).lt(1), high: z.number().gt(0).lt(1), p90: z.number().gt(0).lt(1) })
      .refine((l) => l.p10 <= l.low && l.low <= 0.5 && 0.5 <= l.high && l.high <= l.p90, { message: "levels must be ordered around 0.5" })
      .default({ p10: 0.1, low: 0.25, high: 0.75, p90: 0.9 }),
  }),
});
export type Model = z.infer<typeof modelSchema>;
