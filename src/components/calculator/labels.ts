/**
 * Words and number formats the calculator's parts share, in the page's locale (rendering only: the
 * figures come ready). The page passes its locale and strings to the calculator, which provides these through
 * a context; every part reads them with useLabels(). The server render and the browser's
 * hydration build them from the same locale, so both format alike.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { roundSignificant } from "../../domain/estimator/precision.ts";
import type { ComparisonRef, ComparableRow } from "../../domain/estimator/view.ts";
import type { ScenarioLevel } from "../../domain/estimator/scenario.ts";
import type { Currency } from "../../domain/schema/codes.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { CalculatorStrings } from "../../i18n/islands.ts";
import { localeHrefs } from "../../lib/locale-paths.ts";
import { textContext } from "./text.ts";

function build(locale: Locale, strings: CalculatorStrings) {
  const { ui, fmt, percent, factor } = textContext(locale, strings, (id) => id);
  const { href, caseHref } = localeHrefs(locale);
  const c = ui.calculator;

  /** An estimator figure in the scenario's currency, rounded as the page shows it. */
  const moneyIn = (currency: Currency) => (v: number | null) => (v === null ? "–" : fmt.money(roundSignificant(v), currency));

  const comparisonName = (k: ComparisonRef) => (k.key === "factor" ? c.comparables.factor(k.letter ?? "") : c.comparables.facts[k.key]);

  /** A case's value of a fact or factor, in words. */
  function valueLabel(k: ComparableRow["differs"][number]): string {
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

  function partLabel(p: ComparableRow["parts"][number]): string {
    const parts = c.comparables.parts;
    if (p.key === "year") return parts.year(Number(p.case), Number(p.scenario));
    if (p.key === "factor") return parts.factor(p.letter ?? "");
    return parts[p.key];
  }

  /** "1.23" below ten, "12.3" above (the × is the caller's), in the locale's decimal sign. */
  const multiplier = (x: number) => factor(x).slice(1);

  return { locale, ui, c, fmt, percent, factor, href, caseHref, moneyIn, comparisonName, valueLabel, partLabel, multiplier };
}

export type Labels = ReturnType<typeof build>;

const cache = new Map<Locale, Labels>();
/** The calculator's words and formats in a locale, from its strings (built once per locale). */
export function calculatorLabels(locale: Locale, strings: CalculatorStrings): Labels {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = build(locale, strings)));
  return found;
}

export const LabelsContext = createContext<Labels | null>(null);
/** The labels of the calculator's locale, inside any of its parts (the calculator provides them). */
export function useLabels(): Labels {
  const labels = useContext(LabelsContext);
  if (!labels) throw new Error("useLabels: a calculator part rendered outside the calculator");
  return labels;
}
