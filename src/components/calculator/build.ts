/**
 * Build-time inputs of the calculator and method pages: the decided cases, the fitted weights, the
 * backtest (run once per build, through the same domain function as `npm run backtest`), the
 * calculator's first render and the estimator's data file it fetches.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { runBacktest, type BacktestReport } from "../../domain/estimator/backtest.ts";
import type { DecidedCase } from "../../domain/estimator/cases.ts";
import { estimateFine, type EstimateContext } from "../../domain/estimator/estimate.ts";
import { fitModel } from "../../domain/estimator/fit.ts";
import type { Model } from "../../domain/estimator/model.ts";
import { decidedCases, loadModel, ratesAt, todayContext, weightsFile } from "../../domain/estimator/node.ts";
import { factorLetters } from "../../domain/factors.ts";
import { packEstimatorData, unpackEstimatorData, type EstimatorData } from "../../domain/estimator/pack.ts";
import { defaultState } from "../../domain/estimator/url-state.ts";
import { estimateView, weightsAreStale } from "../../domain/estimator/view.ts";
import { decisionDate } from "../../domain/cases.ts";
import { library } from "../../lib/library.ts";
import { caseText } from "../../lib/case-text.ts";
import type { Locale } from "../../i18n/locales.ts";
import { href } from "../../lib/paths.ts";
import { closestComparables, type CalculatorData, type CaseSummary, type FactorExamples } from "./data.ts";

/** Examples listed under each factor; the rest are counted. */
const shownExamples = 4;

export interface EstimatorBuild {
  cases: DecidedCase[];
  model: Model;
  /** True when content/weights.json was missing and the weights were fitted during the build. */
  fittedAtBuild: boolean;
  backtest: BacktestReport;
  context: EstimateContext;
}

let cached: EstimatorBuild | undefined;

export function estimatorBuild(): EstimatorBuild {
  if (cached) return cached;
  const lib = library();
  const cases = decidedCases(lib);
  let model: Model;
  let fittedAtBuild = false;
  if (existsSync(weightsFile())) model = loadModel();
  else {
    console.warn(`${weightsFile()} is missing: fitting the weights during the build (run npm run fit:weights to store them).`);
    model = fitModel(cases, { fitted: new Date().toISOString() });
    fittedAtBuild = true;
  }
  const backtest = runBacktest(cases, model, ratesAt(lib.rates));
  cached = { cases, model, fittedAtBuild, backtest, context: todayContext(lib.rates) };
  return cached;
}

/** The estimator's data file the page fetches, named by a hash of its content so it can be cached for good. */
export interface EstimatorDataFile {
  /** File name without ".json", e.g. "estimator.3f9a0c1b2d". */
  name: string;
  body: string;
  /** The file read back: what the page estimates from, so the build's figures are the browser's. */
  data: EstimatorData;
}

let dataFile: EstimatorDataFile | undefined;

export function estimatorDataFile(): EstimatorDataFile {
  if (dataFile) return dataFile;
  const { cases, model, context } = estimatorBuild();
  const body = JSON.stringify(packEstimatorData(cases, model, context));
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  dataFile = { name: `estimator.${hash}`, body, data: unpackEstimatorData(JSON.parse(body)) };
  return dataFile;
}

/** Cases where an authority weighed each factor aggravating or mitigating, newest first: the first few and the count. */
function factorExamples(): CalculatorData["factorExamples"] {
  const records = [...library().cases].sort((a, b) => (decisionDate(b) ?? "").localeCompare(decisionDate(a) ?? ""));
  const out = {} as CalculatorData["factorExamples"];
  for (const letter of factorLetters) {
    const pick = (direction: "aggravating" | "mitigating"): FactorExamples => {
      const all = records.filter((r) => r.factors[letter].direction === direction);
      return {
        shown: all.slice(0, shownExamples).map((r) => ({ id: r.id, label: `${r.controller.name} (${(decisionDate(r) ?? "").slice(0, 4) || r.country})` })),
        total: all.length,
      };
    };
    out[letter] = { aggravating: pick("aggravating"), mitigating: pick("mitigating") };
  }
  return out;
}

/** The calculator's first render in a locale: the default scenario's figures and the lists the form offers, cases named in the locale. */
export function calculatorData(locale: Locale): CalculatorData {
  const { cases, model, backtest } = estimatorBuild();
  const records = new Map(library().cases.map((r) => [r.id, r]));
  const summary = (c: DecidedCase): CaseSummary => {
    const record = records.get(c.id);
    const title = record ? caseText(record, locale).title : { text: c.title, lang: undefined };
    return {
      id: c.id,
      title: title.text,
      ...(title.lang ? { titleLang: title.lang } : {}),
      controllerName: c.controllerName,
      date: c.date,
      country: c.scenario.country,
      fine: { amount: c.fine.amount, currency: c.fine.currency },
    };
  };
  const { data } = estimatorDataFile();
  const pick = (g: BacktestReport["all"]) => ({
    n: g.n,
    medianFactor: g.medianFactor,
    shareWithin2: g.shareWithin2,
    coverage50: g.coverage50,
    coverage80: g.coverage80,
  });
  const result = estimateFine(defaultState().scenario, data.cases, data.model, data.context);
  const props: CalculatorData = {
    cases: cases.map(summary),
    factorExamples: factorExamples(),
    fitted: {
      factors: model.factors,
      n: model.meta.n,
      date: model.meta.fitted ? model.meta.fitted.slice(0, 10) : null,
      stale: weightsAreStale(model.meta, cases.map((c) => c.id)),
      libraryFines: cases.length,
    },
    measured: backtest.all.n > 0 ? { all: pick(backtest.all), publicBodies: pick(backtest.publicBodies) } : null,
    view: estimateView(result, closestComparables),
    builtOn: new Date().toISOString().slice(0, 10),
  };
  // What the browser will read from the JSON block, so the server renders exactly that.
  return JSON.parse(JSON.stringify(props)) as CalculatorData;
}

/** Site-relative URL of the estimator's data file. */
export const estimatorDataUrl = () => href(`/calculator/${estimatorDataFile().name}.json`);

/** JSON for a data block inside <script type="application/json">: "<" escaped so no text can close it. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
