/** Words and number formats the calculator's parts share (rendering only: the figures come ready). */
import { createPercent, roundSignificant } from "../../domain/estimator/text.ts";
import type { ComparisonRef, ComparableRow } from "../../domain/estimator/view.ts";
import type { ScenarioLevel } from "../../domain/estimator/scenario.ts";
import { createFormatters } from "../../domain/format.ts";
import type { Currency } from "../../domain/schema/codes.ts";
import { t } from "../../i18n/strings.ts";

export const ui = t();
export const c = ui.calculator;
// An explicit locale: the server render and the browser's hydration must format alike.
export const fmt = createFormatters("en-GB");
export const percent = createPercent("en-GB");

/** An estimator figure in the scenario's currency, rounded as the page shows it. */
export const moneyIn = (currency: Currency) => (v: number | null) => (v === null ? "–" : fmt.money(roundSignificant(v), currency));

export const comparisonName = (k: ComparisonRef) => (k.key === "factor" ? c.comparables.factor(k.letter ?? "") : c.comparables.facts[k.key]);

/** A case's value of a fact or factor, in words. */
export function valueLabel(k: ComparableRow["differs"][number]): string {
  const v = k.value;
  const cc = c.comparables;
  if (v === undefined || v === "") return c.memo.notStated;
  switch (k.key) {
    case "country":
      return ui.countries[v as keyof typeof ui.countries] ?? String(v);
    case "controllerType":
      return c.scenario.controllerTypes[v as "public"] ?? String(v);
    case "tier":
      return cc.tiers[v as "lower" | "upper"] ?? String(v);
    case "dataSubjects":
      return fmt.number(Number(v));
    case "size":
      return fmt.money(roundSignificant(Number(v)), "EUR");
    case "children":
    case "specialCategories":
      return v ? c.scenario.yes : c.scenario.no;
    case "preGdpr":
      return v ? cc.law.old : cc.law.gdpr;
    case "factor":
      return c.factors.levels[v as ScenarioLevel] ?? String(v);
    default:
      return String(v);
  }
}

export function partLabel(p: ComparableRow["parts"][number]): string {
  const parts = c.comparables.parts;
  if (p.key === "year") return parts.year(Number(p.case), Number(p.scenario));
  if (p.key === "factor") return parts.factor(p.letter ?? "");
  return parts[p.key];
}

/** ×1.23 below ten, ×12.3 above. */
export const multiplier = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
