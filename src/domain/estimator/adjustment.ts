import { factorLetters, type FactorLetter } from "../factors.ts";
import type { ComparableCase } from "./cases.ts";
import type { Model } from "./model.ts";
import type { Country } from "../schema/codes.ts";
import { levelOf, stepsOf, type ControllerType, type ScenarioLevel } from "./scenario.ts";
import { caseSize, decimalYear, type Target } from "./similarity.ts";

/**
 * How much a comparable's fine is moved to fit the scenario: for every fact and factor the
 * scenario states, (the scenario's value − the case's value) × the weight of that feature, in
 * natural-log units, so the parts multiply. A fact or factor the scenario leaves open is not
 * adjusted for; one the case leaves open counts at the fitted cases' average (facts) or as
 * neutral (factors).
 */
export interface AdjustmentPart {
  key: "country" | "controllerType" | "tier" | "dataSubjects" | "children" | "specialCategories" | "preGdpr" | "year" | "size" | "factor";
  letter?: FactorLetter;
  scenario: string | number | boolean | undefined;
  case: string | number | boolean | undefined;
  /** Natural-log change; exp(log) is the multiplier. */
  log: number;
}

export interface Adjustment {
  parts: AdjustmentPart[];
  /** Sum of the parts (natural log). */
  log: number;
  /** Sum of the factor parts only. */
  factorLog: number;
}

const controllerEffect = (model: Model, type: ControllerType, country: Country) =>
  type === "private"
    ? 0
    : type === "public"
      ? model.regression.controller.public + model.regression.publicIn[country]
      : model.regression.controller.individual;

const bool = (v: boolean | undefined, imputed: number) => (v === undefined ? imputed : v ? 1 : 0);
export const peopleFeature = (n: number) => Math.log10(n + 1);

/**
 * The size term as the regression sees it: an undertaking's log10 turnover less the fitted
 * undertakings' mean (unknown counts as the mean), 0 for a public body.
 */
export const sizeFeature = (type: ControllerType, size: number | undefined, imputed: number) => (type === "public" ? 0 : (size ?? imputed) - imputed);

export function adjustment(target: Target, c: ComparableCase, model: Model): Adjustment {
  const r = model.regression;
  const s = target.scenario;
  const cs = c.scenario;
  const parts: AdjustmentPart[] = [];
  const add = (part: AdjustmentPart) => {
    if (part.log !== 0) parts.push(part);
  };

  add({ key: "country", scenario: s.country, case: cs.country, log: r.country[s.country] - r.country[cs.country] });
  add({
    key: "controllerType",
    scenario: s.controllerType,
    case: cs.controllerType,
    log: controllerEffect(model, s.controllerType, s.country) - controllerEffect(model, cs.controllerType, cs.country),
  });
  if (target.tier !== undefined) {
    const caseValue = c.tier === undefined ? r.imputation.upperTier : c.tier === "upper" ? 1 : 0;
    add({ key: "tier", scenario: target.tier, case: c.tier, log: r.upperTier * ((target.tier === "upper" ? 1 : 0) - caseValue) });
  }
  if (s.dataSubjects !== undefined) {
    const caseValue = cs.dataSubjects === undefined ? r.imputation.dataSubjects : peopleFeature(cs.dataSubjects);
    add({ key: "dataSubjects", scenario: s.dataSubjects, case: cs.dataSubjects, log: r.dataSubjects * (peopleFeature(s.dataSubjects) - caseValue) });
  }
  if (s.children !== undefined) {
    add({ key: "children", scenario: s.children, case: cs.children, log: r.children * ((s.children ? 1 : 0) - bool(cs.children, r.imputation.children)) });
  }
  if (s.specialCategories !== undefined) {
    add({
      key: "specialCategories",
      scenario: s.specialCategories,
      case: cs.specialCategories,
      log: r.specialCategories * ((s.specialCategories ? 1 : 0) - bool(cs.specialCategories, r.imputation.specialCategories)),
    });
  }
  add({ key: "preGdpr", scenario: target.preGdpr, case: c.preGdpr, log: r.preGdpr * ((target.preGdpr ? 1 : 0) - (c.preGdpr ? 1 : 0)) });
  if (target.size !== undefined) {
    const caseValue = caseSize(c);
    add({
      key: "size",
      scenario: Math.round(10 ** target.size),
      case: caseValue === undefined ? undefined : Math.round(10 ** caseValue),
      log: r.size * (sizeFeature(s.controllerType, target.size, r.imputation.size) - sizeFeature(cs.controllerType, caseValue, r.imputation.size)),
    });
  }
  const caseYear = decimalYear(c.fine.date);
  const trend = (type: ControllerType, year: number) => (type === "public" ? r.year.public : r.year.other) * (year - r.year.centre);
  add({ key: "year", scenario: Math.floor(target.year), case: Math.floor(caseYear), log: trend(s.controllerType, target.year) - trend(cs.controllerType, caseYear) });

  let factorLog = 0;
  for (const letter of factorLetters) {
    const sv = stepsOf(s, letter);
    if (sv === undefined) continue;
    // Monotone by construction: the scenario's level enters with a non-negative weight only here.
    const log = model.factors[letter].step * (sv - (stepsOf(cs, letter) ?? 0));
    factorLog += log;
    const caseLevel: ScenarioLevel = levelOf(cs, letter);
    add({ key: "factor", letter, scenario: levelOf(s, letter), case: caseLevel, log });
  }
  const log = parts.reduce((sum, p) => sum + p.log, 0);
  return { parts, log, factorLog };
}
