import { factorLetters, type FactorLetter } from "../factors.ts";
import { countries, type Country } from "../schema/codes.ts";
import type { Model } from "./model-schema.ts";

export type { Model } from "./model-schema.ts";

/**
 * The estimator's parameters, as stored in content/weights.json by `npm run fit:weights` (schema: ./model-schema.ts).
 *
 * - `regression`: how facts move a fine (natural-log units per unit of the feature), from a ridge
 *   regression of the log final fine in euro. Used to adjust each comparable to the scenario.
 * - `factors`: per Art. 83(2) letter, `step` (log units one level moves a fine; never negative)
 *   and `similarity` (how much a difference in that letter counts against a comparable).
 * - `similarity`: how much each fact counts against a comparable when it differs.
 * - `spread`: width of the range around each comparable (see estimate.ts).
 */
export const similarityGroups = [
  "country",
  "controllerType",
  "sector",
  "tier",
  "dataSubjects",
  "children",
  "specialCategories",
  "preGdpr",
  "size",
] as const;
export type SimilarityGroup = (typeof similarityGroups)[number];

/** Weights the user sets on the page, over the fitted ones. */
export interface WeightOverrides {
  step?: Partial<Record<FactorLetter, number>>;
  similarity?: Partial<Record<FactorLetter, number>>;
}

/** The upper bound the page and URL accept for a user-set weight. */
export const maxUserWeight = 5;

/** A weight as typed on the page, or undefined unless it is a number from 0 to maxUserWeight. */
export function readWeight(text: string): number | undefined {
  const v = Number(text);
  return text.trim() === "" || !Number.isFinite(v) || v < 0 || v > maxUserWeight ? undefined : v;
}

export function applyOverrides(model: Model, overrides: WeightOverrides | undefined): Model {
  if (!overrides) return model;
  const factors = { ...model.factors };
  for (const letter of factorLetters) {
    const step = overrides.step?.[letter];
    const similarity = overrides.similarity?.[letter];
    if (step === undefined && similarity === undefined) continue;
    factors[letter] = {
      step: step !== undefined && Number.isFinite(step) && step >= 0 ? step : factors[letter].step,
      similarity: similarity !== undefined && Number.isFinite(similarity) && similarity >= 0 ? similarity : factors[letter].similarity,
    };
  }
  return { ...model, factors };
}

/** A model that knows nothing: no adjustment, equal similarity, the prior spread. */
export function emptyModel(): Model {
  return {
    meta: { fitted: "", n: 0, lambda: 0, method: "none", caseIds: [], diagnostics: {} },
    regression: {
      intercept: 0,
      country: Object.fromEntries(countries.map((c) => [c, 0])) as Record<Country, number>,
      controller: { public: 0, individual: 0 },
      publicIn: Object.fromEntries(countries.map((c) => [c, 0])) as Record<Country, number>,
      upperTier: 0,
      dataSubjects: 0,
      children: 0,
      specialCategories: 0,
      preGdpr: 0,
      size: 0,
      year: { public: 0, other: 0, centre: 2021 },
      imputation: { upperTier: 0.5, dataSubjects: 3, children: 0.5, specialCategories: 0.5, size: 7 },
    },
    factors: Object.fromEntries(factorLetters.map((l) => [l, { step: 0, similarity: 1 }])) as Model["factors"],
    similarity: Object.fromEntries(similarityGroups.map((g) => [g, 1])) as Model["similarity"],
    spread: { sigma: 1, kappa: 1, tau: 0, levels: { p10: 0.1, low: 0.25, high: 0.75, p90: 0.9 } },
  };
}
