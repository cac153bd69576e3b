import type { ComparableCase } from "./cases.ts";
import { median } from "./distribution.ts";
import { stepsOf, type Scenario } from "./scenario.ts";

/**
 * The EDPB's lens (Guidelines 04/2022 on the calculation of administrative fines, version 2.1,
 * chapter 4): an infringement's seriousness is classed low, medium or high from Art. 83(2)(a), (b)
 * and (g), and each class has a starting range as a share of the applicable legal maximum
 * (0–10 %, 10–20 %, 20–100 %). The guidelines then adjust for an undertaking's size and for the
 * other factors; the lens shows the starting range only.
 *
 * How we class a scenario is our reading, not the EDPB's: add the steps of (a), (b) and (g)
 * (aggravating +1, strongly aggravating +2, mitigating −1 …, not assessed 0; when (g) is not
 * assessed, children's or special-category data count +1). 0 or less is low, 1–2 medium, 3 or more high.
 */
export type Seriousness = "low" | "medium" | "high";

export const startingRange: Record<Seriousness, readonly [number, number]> = {
  low: [0, 0.1],
  medium: [0.1, 0.2],
  high: [0.2, 1],
};

export interface SeriousnessScore {
  level: Seriousness;
  score: number;
  parts: { a: number; b: number; g: number; sensitiveData: number };
}

export function seriousness(scenario: Scenario): SeriousnessScore {
  const a = stepsOf(scenario, "a") ?? 0;
  const b = stepsOf(scenario, "b") ?? 0;
  const gAssessed = stepsOf(scenario, "g");
  const g = gAssessed ?? 0;
  const sensitiveData = gAssessed === undefined && (scenario.children === true || scenario.specialCategories === true) ? 1 : 0;
  const score = a + b + g + sensitiveData;
  const level: Seriousness = score <= 0 ? "low" : score <= 2 ? "medium" : "high";
  return { level, score, parts: { a, b, g, sensitiveData } };
}

export interface LensCase {
  id: string;
  level: Seriousness;
  /** The fine as a share of the maximum that applied to it. */
  share: number;
}

export interface Lens extends SeriousnessScore {
  range: readonly [number, number];
  /** The starting range in the scenario's currency, or null when no fine is possible. */
  amounts: { from: number; to: number } | null;
  /** Decided GDPR fines placed on the same lens. */
  decided: LensCase[];
  /** Per class: how many decided fines, and the median share of the maximum they reached. */
  byLevel: Record<Seriousness, { n: number; medianShare: number | null }>;
}

export function edpbLens(scenario: Scenario, maximum: number | null, cases: readonly ComparableCase[]): Lens {
  const score = seriousness(scenario);
  const range = startingRange[score.level];
  const decided: LensCase[] = cases
    .filter((c) => !c.preGdpr && c.maxShare !== undefined)
    .map((c) => ({ id: c.id, level: seriousness(c.scenario).level, share: c.maxShare! }));
  const byLevel = {} as Lens["byLevel"];
  for (const level of ["low", "medium", "high"] as const) {
    const shares = decided.filter((d) => d.level === level).map((d) => d.share);
    byLevel[level] = { n: shares.length, medianShare: shares.length ? median(shares) : null };
  }
  return {
    ...score,
    range,
    amounts: maximum === null ? null : { from: maximum * range[0], to: maximum * range[1] },
    decided,
    byLevel,
  };
}
