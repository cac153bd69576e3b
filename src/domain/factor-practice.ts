import { decisionDate } from "./cases.ts";
import type { Model } from "./estimator/model-schema.ts";
import { factorDirections, factorLetters, type FactorDirection, type FactorLetter } from "./factors.ts";
import type { CaseRecord, FactorAssessment } from "./schema/case.ts";
import type { Country } from "./schema/primitives.ts";

/** One case's reading of one letter: how the authority weighed it, our note, and where it says so. */
export interface FactorCase {
  caseId: string;
  authority: string;
  country: Country;
  /** The decision's date (YYYY-MM-DD or as precise as the record has it), if the record gives one. */
  date: string | undefined;
  assessment: FactorAssessment;
}

export type DirectionCounts = Record<FactorDirection, number> & { total: number };

/** How the decided cases weighed one letter of Art. 83(2). */
export interface FactorPractice {
  letter: FactorLetter;
  /** Every case, under the direction its record gives the letter; in the order of the cases passed in. */
  byDirection: Record<FactorDirection, FactorCase[]>;
  counts: DirectionCounts;
  /** Per authority id, most cases first. */
  byAuthority: { authority: string; counts: DirectionCounts }[];
}

const emptyCounts = (): DirectionCounts => ({ ...(Object.fromEntries(factorDirections.map((d) => [d, 0])) as Record<FactorDirection, number>), total: 0 });

function count(counts: DirectionCounts, direction: FactorDirection) {
  counts[direction] += 1;
  counts.total += 1;
}

/** For one letter: every case under the direction its record gives, with counts overall and per authority. */
export function factorPractice(cases: readonly CaseRecord[], letter: FactorLetter): FactorPractice {
  const byDirection = Object.fromEntries(factorDirections.map((d) => [d, [] as FactorCase[]])) as Record<FactorDirection, FactorCase[]>;
  const counts = emptyCounts();
  const perAuthority = new Map<string, DirectionCounts>();
  for (const record of cases) {
    const assessment = record.factors[letter];
    byDirection[assessment.direction].push({
      caseId: record.id,
      authority: record.authority,
      country: record.country,
      date: decisionDate(record),
      assessment,
    });
    count(counts, assessment.direction);
    let authority = perAuthority.get(record.authority);
    if (!authority) perAuthority.set(record.authority, (authority = emptyCounts()));
    count(authority, assessment.direction);
  }
  const byAuthority = [...perAuthority].map(([authority, c]) => ({ authority, counts: c })).sort((a, b) => b.counts.total - a.counts.total || a.authority.localeCompare(b.authority));
  return { letter, byDirection, counts, byAuthority };
}

/** All eleven letters, (a) to (k). */
export const factorPractices = (cases: readonly CaseRecord[]): FactorPractice[] => factorLetters.map((letter) => factorPractice(cases, letter));

/**
 * A fitted step below this (log units) moves a fine by less than half a percent per level, which
 * shows as ×1.00: no effect the decided cases measure.
 */
export const measurableStep = 0.005;

/** What the fitted model says about one letter. */
export interface FactorEffect {
  /** Log units one level (aggravating against neutral, neutral against mitigating) moves a fine. */
  step: number;
  /** The same as a multiplier on the fine: e^step. */
  perLevel: number;
  /** False when the fit found no effect it could separate from the other features (step ≈ 0). */
  measurable: boolean;
  /** How much a different level counts against a comparable case. */
  similarity: number;
}

export function factorEffect(model: Model, letter: FactorLetter): FactorEffect {
  const { step, similarity } = model.factors[letter];
  return { step, perLevel: Math.exp(step), measurable: step >= measurableStep, similarity };
}

/** Facts the model measures on their own that overlap with what a letter weighs. */
export const overlappingFacts = {
  a: ["dataSubjects"],
  g: ["specialCategories", "children"],
} as const satisfies Partial<Record<FactorLetter, readonly (keyof Model["regression"])[]>>;
export type OverlappingFact = (typeof overlappingFacts)[keyof typeof overlappingFacts][number];

/**
 * The fitted effects of the facts that overlap with a letter, as multipliers on a fine: for (a)
 * ten times as many people affected, for (g) special-category and children's data. Empty for the others.
 */
export function overlappingEffects(model: Model, letter: FactorLetter): { fact: OverlappingFact; perUnit: number }[] {
  const facts: readonly OverlappingFact[] = letter in overlappingFacts ? overlappingFacts[letter as keyof typeof overlappingFacts] : [];
  return facts.map((fact) => ({ fact, perUnit: Math.exp(model.regression[fact]) }));
}
