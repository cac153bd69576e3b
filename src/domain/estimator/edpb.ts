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

/**
 * The guidelines' adjustment of the starting amount for an undertaking's size (¶ 65): below EUR 500
 * million a year the starting amount is brought down to a share of itself that grows with turnover;
 * above it there is no adjustment (¶ 66), since the legal maximum then grows with turnover.
 * `verified`: the band's wording was checked here against a quotation of the guidelines' own text;
 * the others are our reading of ¶ 65 and are marked so on the page.
 */
export const turnoverBands = [
  { upTo: 2_000_000, share: [0.002, 0.004], verified: true },
  { upTo: 10_000_000, share: [0.003, 0.02], verified: false },
  { upTo: 50_000_000, share: [0.015, 0.1], verified: false },
  { upTo: 100_000_000, share: [0.08, 0.2], verified: false },
  { upTo: 250_000_000, share: [0.15, 0.5], verified: false },
  { upTo: 500_000_000, share: [0.4, 1], verified: false },
] as const satisfies readonly { upTo: number; share: readonly [number, number]; verified: boolean }[];

export interface SizeAdjustment {
  /** The turnover range (EUR) it was read for: one figure, or a size class's bounds. */
  turnover: readonly [number, number];
  /** Share of the starting amount, lowest to highest over the bands the turnover falls in; [1, 1] above EUR 500 million. */
  share: readonly [number, number];
  verified: boolean;
}

/**
 * The size adjustment for a turnover in euro ([x, x]), or for a size class's range (lo, hi]: the
 * bands it falls in. A band holds the turnovers above the previous band's top, up to its own.
 */
export function sizeAdjustment(turnover: readonly [number, number]): SizeAdjustment {
  const [lo, hi] = turnover;
  const meets = (below: number, upTo: number) => (lo === hi ? (lo > below || below === 0) && lo <= upTo : lo < upTo && hi > below);
  let from = Infinity;
  let to = 0;
  let verified = true;
  let below = 0;
  for (const band of turnoverBands) {
    if (meets(below, band.upTo)) {
      from = Math.min(from, band.share[0]);
      to = Math.max(to, band.share[1]);
      verified &&= band.verified;
    }
    below = band.upTo;
  }
  if (meets(below, Infinity)) {
    from = Math.min(from, 1);
    to = 1;
  }
  return { turnover, share: [from, to], verified };
}

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
  /** For an undertaking whose turnover or size class is stated: the size adjustment and the adjusted range. */
  size: (SizeAdjustment & { amounts: { from: number; to: number } | null }) | null;
  /** Decided GDPR fines placed on the same lens. */
  decided: LensCase[];
  /** Per class: how many decided fines, and the median share of the maximum they reached. */
  byLevel: Record<Seriousness, { n: number; medianShare: number | null }>;
}

export function edpbLens(scenario: Scenario, maximum: number | null, cases: readonly ComparableCase[], turnoverEur?: readonly [number, number]): Lens {
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
  const amounts = maximum === null ? null : { from: maximum * range[0], to: maximum * range[1] };
  const adjustment = turnoverEur && scenario.controllerType !== "public" ? sizeAdjustment(turnoverEur) : null;
  return {
    ...score,
    range,
    amounts,
    size: adjustment && {
      ...adjustment,
      amounts: amounts && { from: amounts.from * adjustment.share[0], to: amounts.to * adjustment.share[1] },
    },
    decided,
    byLevel,
  };
}
