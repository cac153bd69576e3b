import type { EstimateView } from "../../domain/estimator/view.ts";
import type { Model } from "../../domain/estimator/model.ts";
import type { MeasuredError } from "../../domain/estimator/precision.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { CalculatorStrings } from "../../i18n/islands.ts";
import type { FactorLetter } from "../../domain/factors.ts";
import type { Country, Currency } from "../../domain/schema/codes.ts";

/**
 * A decided case as the page names it: in the comparables, the "start from" list, warnings and the
 * memo. The page's own list, in its language (the estimator's data file has no titles).
 */
export interface CaseSummary {
  id: string;
  /** Our title in the page's language where we wrote one, else the English. */
  title: string;
  /** The title's language where it is not the page's: "en" for an English title on a Norwegian page. */
  titleLang?: Locale;
  controllerName: string;
  date: string;
  country: Country;
  fine: { amount: number; currency: Currency };
}

/** Cases where an authority weighed a factor one way: the first few, and how many in all. */
export interface FactorExamples {
  shown: { id: string; label: string }[];
  total: number;
}

/**
 * What the calculator's first render needs, computed at build time and embedded in the page as a
 * JSON block (the server render and the browser's hydration read the same): the figures of the
 * default scenario, ready to show, and the lists the form offers. The estimator's own data (every
 * case's facts, the model, the rates) is a separate hashed file, fetched after hydration; the
 * page names it in an attribute (data-estimator), where the size budget finds it too.
 */
export interface CalculatorData {
  cases: CaseSummary[];
  factorExamples: Record<FactorLetter, { aggravating: FactorExamples; mitigating: FactorExamples }>;
  fitted: {
    factors: Model["factors"];
    /** Decided fines the weights were fitted on, and when. */
    n: number;
    date: string | null;
    /** True when the library has other decided fines now than the weights were fitted on. */
    stale: boolean;
    libraryFines: number;
  };
  measured: { all: MeasuredError; publicBodies: MeasuredError } | null;
  /** The estimate for the default scenario. */
  view: EstimateView;
  /** The build's day (YYYY-MM-DD): the date of the figures the page shows before JavaScript runs. */
  builtOn: string;
}

/** The component's props: the page's JSON block, and where the estimator's data file is (the root's data-estimator). */
export interface CalculatorProps extends CalculatorData {
  /** Site-relative URL of the estimator's data file (content-hashed). */
  dataUrl: string;
  /** The page's locale: the number formats and links of every part (the root's data-locale). */
  locale: Locale;
  /** The locale's strings: t(locale) in the build, src/i18n/islands/calculator.<locale>.ts in the browser. */
  strings: CalculatorStrings;
}

export const dataElementId = "calculator-data";

/** Rows of the comparables table (and the chart) before "show all". */
export const closestComparables = 10;
