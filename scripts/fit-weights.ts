/**
 * Fits the estimator's weights to the decided fines and writes content/weights.json.
 *   npm run fit:weights                       fit (seconds)
 *   npm run fit:weights -- --nested-backtest  also run the fully nested backtest and store its
 *                                             figures with the weights (minutes: a fit per case)
 * The method is described in src/domain/estimator/fit.ts and on /method/.
 */
import { loadLibrary } from "../src/domain/sources/repository.ts";
import { fitModel } from "../src/domain/estimator/fit.ts";
import { decidedCases, ratesAt, saveModel } from "../src/domain/estimator/node.ts";
import { runBacktest, type GroupReport } from "../src/domain/estimator/backtest.ts";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--nested-backtest");
if (unknown.length) {
  console.error(`unknown argument(s): ${unknown.join(" ")}\nusage: npm run fit:weights [-- --nested-backtest]`);
  process.exit(2);
}
const finite = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);
const summary = (g: GroupReport) => ({
  n: g.n,
  medianFactor: finite(g.medianFactor),
  shareWithin2: finite(g.shareWithin2),
  coverage50: finite(g.coverage50),
  coverage80: finite(g.coverage80),
  reductionVsBest: finite(g.reductionVsBest),
});

try {
  const library = loadLibrary();
  const cases = decidedCases(library);
  const started = performance.now();
  const model = fitModel(cases, { fitted: new Date().toISOString() });
  if (args.includes("--nested-backtest")) {
    console.log(`running the nested backtest (${cases.length} fits)…`);
    const report = runBacktest(cases, model, ratesAt(library.rates), { nested: true });
    model.meta.nestedBacktest = {
      run: new Date().toISOString(),
      all: summary(report.all),
      publicBodies: summary(report.publicBodies),
      privateUndertakings: summary(report.privateUndertakings),
    };
    const n = model.meta.nestedBacktest;
    console.log(`nested: all ${JSON.stringify(n.all)}; public bodies ${JSON.stringify(n.publicBodies)}; private undertakings ${JSON.stringify(n.privateUndertakings)}`);
  }
  const file = saveModel(model);
  const steps = Object.entries(model.factors)
    .map(([l, f]) => `${l} ×${Math.exp(f.step).toFixed(2)}`)
    .join(", ");
  console.log(`fitted on ${model.meta.n} decided fines in ${Math.round(performance.now() - started)} ms; λ = ${model.meta.lambda}`);
  console.log(`factor steps: ${steps}`);
  console.log(`similarity: ${JSON.stringify(model.similarity)}, factors ${model.factors.a.similarity}; spread: ${JSON.stringify(model.spread)}`);
  console.log(`wrote ${file}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
