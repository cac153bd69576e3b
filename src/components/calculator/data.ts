import type { DecidedCase } from "../../domain/estimator/cases.ts";
import type { EstimateContext } from "../../domain/estimator/estimate.ts";
import type { Model } from "../../domain/estimator/model.ts";
import type { MeasuredError } from "../../domain/estimator/text.ts";
import type { FactorLetter } from "../../domain/factors.ts";

/** A link to a case where an authority weighed a factor one way. */
export interface FactorExample {
  id: string;
  label: string;
  href: string;
}

/**
 * Everything the calculator needs, computed at build time and shipped to the browser as one JSON
 * block: the decided cases in the estimator's form, the fitted weights, today's ECB rates and the
 * backtest's measured error.
 */
export interface CalculatorData {
  cases: DecidedCase[];
  model: Model;
  /** "Today": the latest ECB fixing. */
  context: EstimateContext;
  measured: { all: MeasuredError; publicBodies: MeasuredError } | null;
  /** Site-relative case page links. */
  links: Record<string, string>;
  /** Absolute case page URLs, for the memo. */
  urls: Record<string, string>;
  /** Absolute URL of the calculator page. */
  pageUrl: string;
  /** Site-relative path of the calculator page (for history.replaceState). */
  pagePath: string;
  methodHref: string;
  factorExamples: Record<FactorLetter, { aggravating: FactorExample[]; mitigating: FactorExample[] }>;
  /** Decided fines in the library now (to tell when the weights are older than the cases). */
  libraryFines: number;
}

export const dataElementId = "calculator-data";
