/**
 * The estimator's data as the calculator page loads it: one JSON file of compact arrays holding
 * only what estimateFine reads of each decided case, the fitted model and today's rates. The build
 * writes it under a content hash; the page fetches it after hydration. One file serves every
 * language (the notice page loads it too), so it holds no text of ours: a page names the cases from
 * its own list, in its language (version 3 dropped the English titles).
 */
import { factorLetters, type FactorLetter } from "../factors.ts";
import { currencies, type Country, type Currency } from "../schema/codes.ts";
import type { SizeClass } from "../size.ts";
import type { ComparableCase } from "./cases.ts";
import type { EstimateContext } from "./estimate.ts";
import type { Tier } from "./legal.ts";
import type { Model } from "./model.ts";
import { levelByCode, levelCodes, normaliseScenario, type AssessedLevel, type ControllerType, type Scenario } from "./scenario.ts";

export const packVersion = 3;

/**
 * [country, controller type, sector, currency, articles ("5(1)(f),32"), people, children, special, factors ("a:sa,b:m"),
 *  annual turnover [amount, currency], size class]
 */
type PackedScenario = [
  Country,
  ControllerType,
  string | null,
  Currency | null,
  string,
  number | null,
  0 | 1 | null,
  0 | 1 | null,
  string,
  [number, Currency] | null,
  SizeClass | null,
];

/**
 * [id, controller, authority (index), references (the first is the reference), decision date,
 *  pre-GDPR, tier, [fine amount, currency, date, appeal], fine in each of `currencies`, share of the maximum, scenario]
 */
type PackedCase = [
  string,
  string,
  number,
  string[],
  string,
  0 | 1,
  Tier | null,
  [number, Currency, string, 0 | 1],
  number[],
  number | null,
  PackedScenario,
];

export interface PackedEstimatorData {
  version: typeof packVersion;
  context: EstimateContext;
  model: Model;
  /** [authority id, name] */
  authorities: [string, string][];
  cases: PackedCase[];
}

export interface EstimatorData {
  context: EstimateContext;
  model: Model;
  cases: ComparableCase[];
}

/** Cents are below anything the page shows; fewer digits keep the file small. */
const cents = (v: number) => Math.round(v * 100) / 100;
/** Six significant digits: the page shows a share of the maximum with two. */
const share = (v: number) => Number(v.toPrecision(6));
const flag = (v: boolean | undefined): 0 | 1 | null => (v === undefined ? null : v ? 1 : 0);
const unflag = (v: 0 | 1 | null): boolean | undefined => (v === null ? undefined : v === 1);

function packScenario(s: Scenario): PackedScenario {
  const factors = factorLetters
    .filter((l) => s.factors[l] !== undefined && s.factors[l] !== "not-assessed")
    .map((l) => `${l}:${levelCodes[s.factors[l] as AssessedLevel]}`)
    .join(",");
  return [
    s.country,
    s.controllerType,
    s.sector ?? null,
    s.currency ?? null,
    s.articles.join(","),
    s.dataSubjects ?? null,
    flag(s.children),
    flag(s.specialCategories),
    factors,
    s.annualTurnover ? [s.annualTurnover.amount, s.annualTurnover.currency] : null,
    s.sizeClass ?? null,
  ];
}

function unpackScenario(p: PackedScenario): Scenario {
  const factors: Scenario["factors"] = {};
  for (const part of p[8] ? p[8].split(",") : []) {
    const [letter, code] = part.split(":");
    const level = levelByCode.get(code ?? "");
    if (!level || !(factorLetters as readonly string[]).includes(letter ?? "")) throw new Error(`unreadable factor "${part}"`);
    factors[letter as FactorLetter] = level;
  }
  return normaliseScenario({
    country: p[0],
    controllerType: p[1],
    ...(p[2] !== null ? { sector: p[2] } : {}),
    ...(p[3] !== null ? { currency: p[3] } : {}),
    articles: p[4] ? p[4].split(",") : [],
    ...(p[5] !== null ? { dataSubjects: p[5] } : {}),
    ...(p[6] !== null ? { children: unflag(p[6]) } : {}),
    ...(p[7] !== null ? { specialCategories: unflag(p[7]) } : {}),
    ...(p[9] ? { annualTurnover: { amount: p[9][0], currency: p[9][1] } } : {}),
    ...(p[10] ? { sizeClass: p[10] } : {}),
    factors,
  });
}

/** The reference is the first of the references (prepareCases), so it is not written twice. */
function referencesOf(c: ComparableCase): string[] {
  if (c.references[0] !== c.reference) throw new Error(`${c.id}: its reference is not the first of its references`);
  return c.references;
}

export function packEstimatorData(cases: readonly ComparableCase[], model: Model, context: EstimateContext): PackedEstimatorData {
  const authorities: [string, string][] = [];
  const authorityIndex = new Map<string, number>();
  const indexOf = (id: string, name: string) => {
    let i = authorityIndex.get(id);
    if (i === undefined) {
      i = authorities.push([id, name]) - 1;
      authorityIndex.set(id, i);
    }
    return i;
  };
  return {
    version: packVersion,
    context,
    model,
    authorities,
    cases: cases.map((c) => [
      c.id,
      c.controllerName,
      indexOf(c.authority, c.authorityName),
      referencesOf(c),
      c.date,
      c.preGdpr ? 1 : 0,
      c.tier ?? null,
      [c.fine.amount, c.fine.currency, c.fine.date, c.fine.stage === "appeal" ? 1 : 0],
      currencies.map((k) => cents(c.fineIn[k])),
      c.maxShare === undefined ? null : share(c.maxShare),
      packScenario(c.scenario),
    ]),
  };
}

/** Reads the file the page fetched; anything but this version's shape is an error that says so. */
export function unpackEstimatorData(json: unknown): EstimatorData {
  const data = json as Partial<PackedEstimatorData> | null;
  if (!data || data.version !== packVersion || !Array.isArray(data.cases) || !Array.isArray(data.authorities) || !data.model || !data.context) {
    throw new Error(`the calculator's data is not version ${packVersion} of its format`);
  }
  const authorities = data.authorities;
  const cases = data.cases.map((p): ComparableCase => {
    const [id, controllerName, authority, references, date, preGdpr, tier, fine, fineIn, maxShare, scenario] = p;
    const [authorityId, authorityName] = authorities[authority] ?? [String(authority), String(authority)];
    return {
      id,
      controllerName,
      authority: authorityId,
      authorityName,
      reference: references[0] ?? "",
      references,
      date,
      preGdpr: preGdpr === 1,
      tier: tier ?? undefined,
      scenario: unpackScenario(scenario),
      fine: { amount: fine[0], currency: fine[1], date: fine[2], stage: fine[3] === 1 ? "appeal" : "final" },
      fineIn: Object.fromEntries(currencies.map((k, i) => [k, fineIn[i]!])) as Record<Currency, number>,
      ...(maxShare !== null ? { maxShare } : {}),
    };
  });
  return { context: data.context, model: data.model, cases };
}
