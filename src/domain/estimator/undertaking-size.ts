import type { Currency } from "../schema/codes.ts";
import { smeCeilings, veryLargeTurnoverAbove, type SizeClass } from "../size.ts";
import type { PerEur } from "./legal.ts";
import type { Scenario } from "./scenario.ts";

/** Size classes as turnover ranges in euro, (lower, upper]. */
/**
 * The size of the undertaking as the estimator reads it: log10 of its annual turnover in euro.
 * Only undertakings (private controllers and sole traders) have one; public bodies are fined by
 * other rules and have none. A scenario or case that states only a size class counts at the
 * class's typical turnover: the geometric middle of its bounds (micro EUR 0.2–2 million, "large"
 * EUR 50–500 million, "very large" EUR 0.5–5 billion).
 */
export const sizeClassBounds: Record<SizeClass, readonly [number, number]> = {
  micro: [200_000, smeCeilings[0].turnoverAtMost],
  small: [smeCeilings[0].turnoverAtMost, smeCeilings[1].turnoverAtMost],
  medium: [smeCeilings[1].turnoverAtMost, smeCeilings[2].turnoverAtMost],
  large: [smeCeilings[2].turnoverAtMost, veryLargeTurnoverAbove],
  "very-large": [veryLargeTurnoverAbove, 10 * veryLargeTurnoverAbove],
};

export const typicalTurnoverEur = (c: SizeClass) => Math.sqrt(sizeClassBounds[c][0] * sizeClassBounds[c][1]);

/** A turnover under EUR 1,000 counts as 1,000: the log must stay finite, and no fined undertaking is smaller. */
const FLOOR_EUR = 1_000;

/** log10 of the turnover in euro, or undefined when the scenario states neither turnover nor class (or is a public body). */
export function sizeLog(scenario: Pick<Scenario, "controllerType" | "annualTurnover" | "sizeClass">, perEur: Partial<Record<Currency, number>>): number | undefined {
  if (scenario.controllerType === "public") return undefined;
  const t = scenario.annualTurnover;
  if (t) {
    const rate = t.currency === "EUR" ? 1 : perEur[t.currency];
    if (rate && rate > 0) return Math.log10(Math.max(FLOOR_EUR, t.amount / rate));
  }
  return scenario.sizeClass ? Math.log10(typicalTurnoverEur(scenario.sizeClass)) : undefined;
}

/** The rates of a decided case's own date, from its fine in every currency. */
export function perEurOfFine(fineIn: Record<Currency, number>): PerEur {
  const out = {} as PerEur;
  for (const [c, v] of Object.entries(fineIn) as [Currency, number][]) out[c] = fineIn.EUR > 0 ? v / fineIn.EUR : 1;
  return out;
}
