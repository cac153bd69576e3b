/**
 * Leave-one-out backtest of the estimator on every decided fine, beside naive baselines.
 *   npm run backtest            a table per case and the summary
 *   npm run backtest -- --json  the same as JSON
 *   add --nested to refit every weight (λ, similarity, spread) without each held-out case (slow)
 */
import { loadLibrary } from "../src/domain/sources/repository.ts";
import { backtestJson, baselineNames, runBacktest, type GroupReport } from "../src/domain/estimator/backtest.ts";
import { decidedCases, loadModel, ratesAt } from "../src/domain/estimator/node.ts";
import { t } from "../src/i18n/strings.ts";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--json" && a !== "--nested");
if (unknown.length > 0) {
  console.error(`unknown argument(s): ${unknown.join(" ")}\nusage: npm run backtest [-- --json] [--nested]`);
  process.exit(2);
}

try {
  const library = loadLibrary();
  const model = loadModel();
  const report = runBacktest(decidedCases(library), model, ratesAt(library.rates), { nested: args.includes("--nested") });
  if (args.includes("--json")) {
    console.log(JSON.stringify(backtestJson(report), null, 2));
  } else {
    const num = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
    const pct = (v: number) => (Number.isFinite(v) ? `${Math.round(v * 100)} %` : "–");
    const x = (v: number) => (Number.isFinite(v) ? `×${v.toFixed(2)}` : "–");
    const pad = (s: string, n: number) => s.padEnd(n);
    const lpad = (s: string, n: number) => s.padStart(n);
    console.log(
      [pad("case", 48), pad("cur", 4), lpad("actual", 12), lpad("estimate", 12), lpad("P25–P75", 25), lpad("P10–P90", 25), lpad("miss", 7), "  in50 in80"].join(" "),
    );
    for (const c of report.cases) {
      const in50 = c.actual >= c.low * (1 - 1e-9) && c.actual <= c.high * (1 + 1e-9);
      const in80 = c.actual >= c.p10 * (1 - 1e-9) && c.actual <= c.p90 * (1 + 1e-9);
      console.log(
        [
          pad(`${c.id}${c.controllerType === "public" ? " (public)" : ""}`, 48),
          pad(c.currency, 4),
          lpad(num.format(c.actual), 12),
          lpad(num.format(c.estimate), 12),
          lpad(`${num.format(c.low)}–${num.format(c.high)}`, 25),
          lpad(`${num.format(c.p10)}–${num.format(c.p90)}`, 25),
          lpad(x(c.missFactor), 7),
          `  ${in50 ? "yes " : "no  "} ${in80 ? "yes" : "no"}`,
        ].join(" "),
      );
    }
    const names = t().method.baselineNames;
    const show = (label: string, g: GroupReport) => {
      console.log(`\n${label}: ${g.n} fines`);
      console.log(
        `  model                         median miss ${x(g.medianFactor)}, within ×2 ${pct(g.shareWithin2)}, ` +
          `inside P25–P75 ${pct(g.coverage50)}, inside P10–P90 ${pct(g.coverage80)}`,
      );
      for (const name of baselineNames) {
        const b = g.baselines[name];
        console.log(`  ${pad(names[name], 30)}median miss ${x(b.medianFactor)}, within ×2 ${pct(b.shareWithin2)}`);
      }
      if (g.reductionVsBest !== null && g.bestBaseline) {
        console.log(`  median log error vs the best baseline (${names[g.bestBaseline]}): ${g.reductionVsBest >= 0 ? "−" : "+"}${pct(Math.abs(g.reductionVsBest))}`);
      }
    };
    show("All fines", report.all);
    show("Public bodies", report.publicBodies);
    show("Private undertakings", report.privateUndertakings);
    for (const s of report.skipped) console.log(`skipped ${s.id}: ${s.reason}`);
    console.log(`\nweights fitted ${model.meta.fitted || "(never)"} on ${model.meta.n} fines; the library now has ${report.cases.length + report.skipped.length}.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
