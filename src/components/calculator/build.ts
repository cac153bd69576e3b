/**
 * Build-time inputs of the calculator and method pages: the decided cases, the fitted weights, the
 * backtest (run once per build, through the same domain function as `npm run backtest`) and the
 * data block the calculator ships to the browser.
 */
import { existsSync } from "node:fs";
import { runBacktest, type BacktestReport } from "../../domain/estimator/backtest.ts";
import type { DecidedCase } from "../../domain/estimator/cases.ts";
import type { EstimateContext } from "../../domain/estimator/estimate.ts";
import { fitModel } from "../../domain/estimator/fit.ts";
import type { Model } from "../../domain/estimator/model.ts";
import { decidedCases, loadModel, ratesAt, todayContext, weightsFile } from "../../domain/estimator/node.ts";
import { factorLetters } from "../../domain/factors.ts";
import { decisionDate } from "../../domain/cases.ts";
import { library } from "../../lib/library.ts";
import { caseHref, href } from "../../lib/paths.ts";
import type { CalculatorData, FactorExample } from "./data.ts";

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

const absolute = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

/** Cases where an authority weighed each factor aggravating or mitigating, newest first. */
function factorExamples(): CalculatorData["factorExamples"] {
  const records = [...library().cases].sort((a, b) => (decisionDate(b) ?? "").localeCompare(decisionDate(a) ?? ""));
  const out = {} as CalculatorData["factorExamples"];
  for (const letter of factorLetters) {
    const pick = (direction: "aggravating" | "mitigating"): FactorExample[] =>
      records
        .filter((r) => r.factors[letter].direction === direction)
        .map((r) => ({
          id: r.id,
          label: `${r.controller.name} (${(decisionDate(r) ?? "").slice(0, 4) || r.country})`,
          href: `${caseHref(r.id)}#factor-${letter}`,
        }));
    out[letter] = { aggravating: pick("aggravating"), mitigating: pick("mitigating") };
  }
  return out;
}

export function calculatorData(site: URL | undefined): CalculatorData {
  const { cases, model, backtest, context } = estimatorBuild();
  const pick = (g: BacktestReport["all"]) => ({
    n: g.n,
    medianFactor: g.medianFactor,
    shareWithin2: g.shareWithin2,
    coverage50: g.coverage50,
    coverage80: g.coverage80,
  });
  const pagePath = href("/calculator/");
  return {
    cases,
    model,
    context,
    measured: backtest.all.n > 0 ? { all: pick(backtest.all), publicBodies: pick(backtest.publicBodies) } : null,
    links: Object.fromEntries(cases.map((c) => [c.id, caseHref(c.id)])),
    urls: Object.fromEntries(cases.map((c) => [c.id, absolute(caseHref(c.id), site)])),
    pageUrl: absolute(pagePath, site),
    pagePath,
    methodHref: href("/method/"),
    factorExamples: factorExamples(),
    libraryFines: cases.length,
  };
}

/** JSON for a data block inside <script type="application/json">: "<" escaped so no text can close it. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
