import { factorLetters } from "../factors.ts";
import type { Currency } from "../schema/codes.ts";
import { adjustment, type Adjustment } from "./adjustment.ts";
import { matchesCase, type ComparableCase } from "./cases.ts";
import { effectiveCount, mixtureQuantile, type Component } from "./distribution.ts";
import { edpbLens, type Lens } from "./edpb.ts";
import { convertAt, fineRegime, type LegalNote, type MaximumRule, type PerEur, type Tier } from "./legal.ts";
import { applyOverrides, type Model, type WeightOverrides } from "./model.ts";
import { sizeClassBounds } from "./undertaking-size.ts";
import { currencyOf, levelOf, type Scenario } from "./scenario.ts";
import { similarity, targetOf, type Comparison, type Target } from "./similarity.ts";

export interface EstimateContext {
  /** The day whose ECB rates convert the legal maximum: the latest fixing, or a case's decision date in the backtest. */
  date: string;
  perEur: PerEur;
}

export interface EstimateOptions {
  weights?: WeightOverrides;
  /** Case ids or authority references to leave out. */
  exclude?: readonly string[];
  /** Backtest only: the target was decided under the old national acts. */
  preGdpr?: boolean;
  /** Backtest only: the maximum recorded for the target case replaces the rules (old acts). */
  legalMaximum?: { amount: number; currency: Currency; basis: string };
  /** Backtest only: the target's own tier when its record codes one. */
  tier?: Tier;
}

export type WarningCode =
  | "no-comparables"
  | "no-country"
  | "no-country-type"
  | "people-outside"
  | "few-comparables"
  | "distant"
  | "pre-gdpr-only"
  | "capped"
  | "strongly-extrapolated"
  | "unknown-exclude";

export interface Warning {
  code: WarningCode;
  detail?: Record<string, string | number>;
}

/** A decided case as it appears among the comparables of one estimate. */
export interface ComparableResult
  extends Pick<ComparableCase, "id" | "controllerName" | "authority" | "authorityName" | "reference" | "date" | "preGdpr" | "fine"> {
  /** The fine in the scenario's currency at the ECB rates of its own date. */
  converted: number;
  /** The converted fine moved by the adjustment. */
  adjusted: number;
  /** exp(adjustment.log): how much the differences move this case's fine. */
  multiplier: number;
  adjustment: Adjustment;
  /** 0–1, on facts and factor levels; what the list ranks by. */
  similarity: number;
  /** Share of the estimate (sums to 1 over the comparables). */
  weight: number;
  facts: Comparison[];
  factors: Comparison[];
}

export interface LegalMaximumResult {
  amount: number;
  currency: Currency;
  original: { amount: number; currency: Currency };
  rule: MaximumRule | "recorded";
  basis: string;
  tier: Tier;
  tierAssumed: boolean;
  turnoverMayRaise: boolean;
  rateDate: string;
}

export interface EstimateResult {
  scenario: Scenario;
  currency: Currency;
  fineable: boolean;
  /** Set when the scenario cannot be fined at all (Finnish public authorities). */
  notFineable?: { reason: "fi-public"; basis: string };
  legalMaximum: LegalMaximumResult | null;
  estimate: number | null;
  low: number | null;
  high: number | null;
  p10: number | null;
  p90: number | null;
  /** True when the maximum cut any of the figures. */
  capped: boolean;
  comparables: ComparableResult[];
  excluded: string[];
  effectiveCount: number;
  warnings: Warning[];
  notes: LegalNote[];
  lens: Lens;
}

/** The scenario's turnover in euro as a range: the stated figure, or its size class's bounds. */
function turnoverRange(scenario: Scenario, perEur: PerEur): readonly [number, number] | undefined {
  const t = scenario.annualTurnover;
  if (t) {
    const eur = t.currency === "EUR" ? t.amount : t.amount / perEur[t.currency];
    return [eur, eur];
  }
  return scenario.sizeClass ? sizeClassBounds[scenario.sizeClass] : undefined;
}

const byId = (a: ComparableCase, b: ComparableCase) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Below this similarity (on facts and assessed factors) even the closest case is "outside" what the
 * decided cases cover. The fit stores the similarity that 9 in 10 decided cases exceed to their own
 * nearest case; this is the fallback when it could not.
 */
export const distantBelow = 0.25;
export const distantThreshold = (model: Model) => Math.min(distantBelow, model.meta.diagnostics.nearestSimilarityP10 ?? distantBelow);

export const quantileLevels = { p10: 0.1, low: 0.25, estimate: 0.5, high: 0.75, p90: 0.9 } as const;

/**
 * Estimates a fine for a scenario from decided cases: each comparable's fine, converted to the
 * scenario's currency at its own date, is adjusted for the differences in facts and factors; the
 * adjusted fines, weighted by similarity, form a mixture whose P50 is the central figure and
 * whose P25–P75 and P10–P90 are the ranges; nothing exceeds the applicable maximum.
 * Cases are sorted by id first, so their order never changes the result.
 */
export function estimateFine(
  scenario: Scenario,
  cases: readonly ComparableCase[],
  baseModel: Model,
  context: EstimateContext,
  options: EstimateOptions = {},
): EstimateResult {
  const model = applyOverrides(baseModel, options.weights);
  const currency = currencyOf(scenario);
  const warnings: Warning[] = [];
  const baseTarget = targetOf(scenario, context.date, options.preGdpr ?? false, context.perEur);
  const target: Target = options.tier && !baseTarget.tier ? { ...baseTarget, tier: options.tier } : baseTarget;

  const exclude = options.exclude ?? [];
  const excluded = new Set<string>();
  for (const key of exclude) {
    const hits = cases.filter((c) => matchesCase(c, key));
    if (hits.length === 0) warnings.push({ code: "unknown-exclude", detail: { key } });
    for (const c of hits) excluded.add(c.id);
  }
  const pool = cases.filter((c) => !excluded.has(c.id)).sort(byId);

  const regime = fineRegime(scenario.country, scenario.controllerType, target.tier);
  let legalMaximum: LegalMaximumResult | null = null;
  if (options.legalMaximum) {
    const m = options.legalMaximum;
    legalMaximum = {
      amount: convertAt(context.perEur, m.amount, m.currency, currency),
      currency,
      original: { amount: m.amount, currency: m.currency },
      rule: "recorded",
      basis: m.basis,
      tier: target.tier ?? "upper",
      tierAssumed: false,
      turnoverMayRaise: false,
      rateDate: context.date,
    };
  } else if (regime.fineable) {
    const m = regime.maximum;
    legalMaximum = {
      amount: convertAt(context.perEur, m.amount, m.currency, currency),
      currency,
      original: { amount: m.amount, currency: m.currency },
      rule: m.rule,
      basis: m.basis,
      tier: m.tier,
      tierAssumed: m.tierAssumed && target.tier === undefined,
      turnoverMayRaise: m.turnoverMayRaise,
      rateDate: context.date,
    };
  }
  const notes = regime.notes.filter((n) => n !== "tier-assumed" || legalMaximum?.tierAssumed);
  const fineable = options.legalMaximum !== undefined || regime.fineable;
  const lens = edpbLens(scenario, legalMaximum?.amount ?? null, pool, turnoverRange(scenario, context.perEur));
  const empty: EstimateResult = {
    scenario,
    currency,
    fineable,
    ...(regime.fineable || options.legalMaximum ? {} : { notFineable: { reason: "fi-public" as const, basis: regime.fineable ? "" : regime.basis } }),
    legalMaximum,
    estimate: null,
    low: null,
    high: null,
    p10: null,
    p90: null,
    capped: false,
    comparables: [],
    excluded: [...excluded].sort(),
    effectiveCount: 0,
    warnings,
    notes,
    lens,
  };

  const scored = pool.map((c) => {
    const sim = similarity(target, c, model);
    const adj = adjustment(target, c, model);
    const converted = c.fineIn[currency];
    return { c, sim, adj, converted, logAdjusted: Math.log(converted) + adj.log };
  });
  // Comparables are listed even when no fine is possible, so a reader sees what was decided elsewhere.
  const minDistance = scored.reduce((m, s) => Math.min(m, s.sim.weightDistance), Infinity);
  const raw = scored.map((s) => Math.exp(-(s.sim.weightDistance - minDistance)));
  const total = raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((w) => w / total);
  const comparables: ComparableResult[] = scored.map((s, i) => ({
    id: s.c.id,
    controllerName: s.c.controllerName,
    authority: s.c.authority,
    authorityName: s.c.authorityName,
    reference: s.c.reference,
    date: s.c.date,
    preGdpr: s.c.preGdpr,
    fine: s.c.fine,
    converted: s.converted,
    adjusted: Math.exp(s.logAdjusted),
    multiplier: Math.exp(s.adj.log),
    adjustment: s.adj,
    similarity: s.sim.similarity,
    weight: weights[i]!,
    facts: s.sim.facts,
    factors: s.sim.factors.map(({ patternDistance: _p, ...rest }) => rest),
  }));
  const rankOf = new Map(scored.map((s) => [s.c.id, s]));
  comparables.sort((a, b) => {
    const sa = rankOf.get(a.id)!;
    const sb = rankOf.get(b.id)!;
    return (
      sa.sim.rankDistance - sb.sim.rankDistance ||
      sa.sim.weightDistance - sb.sim.weightDistance ||
      Math.abs(sa.adj.log) - Math.abs(sb.adj.log) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  const result: EstimateResult = { ...empty, comparables };

  if (!fineable) return result;
  if (pool.length === 0) {
    warnings.push({ code: "no-comparables" });
    return result;
  }

  const nEff = effectiveCount(weights);
  const { sigma, kappa, tau } = model.spread;
  const base = kappa * sigma * Math.pow(Math.max(nEff, 1), -0.2);
  const components: Component[] = scored.map((s, i) => ({
    mean: s.logAdjusted,
    sd: Math.sqrt(base * base + tau * tau * s.sim.weightDistance),
    weight: weights[i]!,
  }));
  const max = legalMaximum?.amount ?? Infinity;
  let capped = false;
  const figure = (q: number) => {
    const value = Math.exp(mixtureQuantile(components, q));
    if (value > max) {
      capped = true;
      return max;
    }
    return value;
  };
  const levels = model.spread.levels;
  const figures = {
    p10: figure(levels.p10),
    low: figure(levels.low),
    estimate: figure(quantileLevels.estimate),
    high: figure(levels.high),
    p90: figure(levels.p90),
  };

  // Plain warnings when the decided cases do not cover the scenario.
  if (!pool.some((c) => c.scenario.country === scenario.country)) warnings.push({ code: "no-country", detail: { country: scenario.country } });
  else if (!pool.some((c) => c.scenario.country === scenario.country && c.scenario.controllerType === scenario.controllerType)) {
    warnings.push({ code: "no-country-type", detail: { country: scenario.country, controllerType: scenario.controllerType } });
  }
  if (scenario.dataSubjects !== undefined) {
    const counts = pool.map((c) => c.scenario.dataSubjects).filter((n): n is number => n !== undefined);
    if (counts.length > 0) {
      const lo = Math.min(...counts);
      const hi = Math.max(...counts);
      if (scenario.dataSubjects < lo / 10 || scenario.dataSubjects > hi * 10) {
        warnings.push({ code: "people-outside", detail: { min: lo, max: hi } });
      }
    }
  }
  if (nEff < 2) warnings.push({ code: "few-comparables", detail: { effective: Math.round(nEff * 10) / 10 } });
  const closest = Math.exp(-minDistance);
  if (closest < distantThreshold(model)) {
    const best = scored.find((s) => s.sim.weightDistance === minDistance)!;
    warnings.push({ code: "distant", detail: { closest: best.c.id, similarity: Math.round(best.sim.weightSimilarity * 100) / 100 } });
  }
  if (!target.preGdpr) {
    const preShare = scored.reduce((sum, s, i) => sum + (s.c.preGdpr ? weights[i]! : 0), 0);
    if (preShare > 0.5) warnings.push({ code: "pre-gdpr-only", detail: { share: Math.round(preShare * 100) } });
  }
  if (capped) warnings.push({ code: "capped" });
  if (factorLetters.some((l) => levelOf(scenario, l).startsWith("strongly"))) warnings.push({ code: "strongly-extrapolated" });

  return { ...result, ...figures, capped, effectiveCount: nEff, warnings };
}
