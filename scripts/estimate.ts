/**
 * Estimates a fine from the command line, through the same code as the calculator page.
 *   npm run estimate -- --scenario scenario.json [--exclude <id-or-reference>,…]
 *   npm run estimate -- --from-case <id> [--exclude …]     (a decided case, from all the others)
 *   npm run estimate -- --scenario scenario.json --notice 800000 [--notice-date 2026-11-20]
 *                                                           (what a notice may become: /varsel/'s figures)
 * Prints JSON: estimate, low, high, p10, p90, currency, legalMaximum, warnings, comparables, …
 */
import { readFileSync } from "node:fs";
import { loadLibrary } from "../src/domain/sources/repository.ts";
import { estimateFine, type EstimateResult } from "../src/domain/estimator/estimate.ts";
import { estimateFromOthers } from "../src/domain/estimator/backtest.ts";
import { matchesCase } from "../src/domain/estimator/cases.ts";
import { formatErrors } from "../src/domain/estimator/scenario.ts";
import { parseScenarioWithSchema } from "../src/domain/estimator/scenario-schema.ts";
import { describeNote, describeWarning, textContext, type TextContext } from "../src/components/calculator/text.ts";
import { t } from "../src/i18n/strings.ts";
import { decidedCases, loadModel, ratesAt, todayContext } from "../src/domain/estimator/node.ts";
import { parseAmount, parseNoticeDate, type AmountError } from "../src/domain/varsel/parse.ts";
import { assessNotice } from "../src/domain/varsel/assess.ts";
import { noticeContext } from "../src/domain/varsel/context.ts";

const amountMessage = (reason: AmountError) => t().varsel.amountErrors[reason];

const usage =
  "usage: npm run estimate -- --scenario <file.json> [--exclude <id-or-reference>,…]\n       npm run estimate -- --from-case <id> [--exclude …]\n       npm run estimate -- --scenario <file.json> --notice <amount> [--notice-date YYYY-MM-DD]";

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  const out: { scenario?: string; fromCase?: string; exclude: string[]; notice?: number; noticeDate?: string } = { exclude: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value\n${usage}`, 2);
    if (flag === "--scenario") out.scenario = value();
    else if (flag === "--from-case") out.fromCase = value();
    else if (flag === "--notice") {
      const parsed = parseAmount(value());
      if (!parsed.ok) fail(`--notice: ${amountMessage(parsed.reason)}\n${usage}`, 2);
      out.notice = parsed.amount;
    } else if (flag === "--notice-date") {
      const raw = value();
      out.noticeDate = parseNoticeDate(raw) ?? fail(`--notice-date: "${raw}" is not a date such as 2026-11-20\n${usage}`, 2);
    } else if (flag === "--exclude") out.exclude.push(...value().split(",").map((s) => s.trim()).filter(Boolean));
    else fail(`unknown argument: ${arg}\n${usage}`, 2);
  }
  if (!out.scenario === !out.fromCase) fail(`give exactly one of --scenario and --from-case\n${usage}`, 2);
  if ((out.notice !== undefined || out.noticeDate) && !out.scenario) fail(`--notice needs --scenario\n${usage}`, 2);
  if (out.noticeDate && out.notice === undefined) fail(`--notice-date needs --notice\n${usage}`, 2);
  return out;
}

const round = (v: number | null) => (v === null ? null : Math.round(v));

function output(result: EstimateResult, text: TextContext, extra: Record<string, unknown> = {}) {
  return {
    ...extra,
    estimate: round(result.estimate),
    low: round(result.low),
    high: round(result.high),
    p10: round(result.p10),
    p90: round(result.p90),
    currency: result.currency,
    fineable: result.fineable,
    ...(result.notFineable ? { notFineable: result.notFineable } : {}),
    legalMaximum: result.legalMaximum && {
      amount: Math.round(result.legalMaximum.amount),
      currency: result.legalMaximum.currency,
      original: result.legalMaximum.original,
      basis: result.legalMaximum.basis,
      tier: result.legalMaximum.tier,
      tierAssumed: result.legalMaximum.tierAssumed,
      rateDate: result.legalMaximum.rateDate,
    },
    warnings: result.warnings.map((w) => ({ code: w.code, message: describeWarning(w, text) })),
    notes: result.notes.map((n) => ({ code: n, message: describeNote(n, text.ui) })),
    effectiveComparables: Math.round(result.effectiveCount * 10) / 10,
    excluded: result.excluded,
    lens: {
      level: result.lens.level,
      score: result.lens.score,
      startingRange: result.lens.range,
      amounts: result.lens.amounts && { from: Math.round(result.lens.amounts.from), to: Math.round(result.lens.amounts.to) },
    },
    comparables: result.comparables.map((c) => ({
      id: c.id,
      reference: c.reference,
      authority: c.authorityName,
      date: c.date,
      similarity: Math.round(c.similarity * 1000) / 1000,
      weight: Math.round(c.weight * 1000) / 1000,
      fine: c.fine,
      converted: Math.round(c.converted),
      adjusted: Math.round(c.adjusted),
      multiplier: Math.round(c.multiplier * 1000) / 1000,
      differs: [...c.facts, ...c.factors].filter((f) => f.distance > 0).map((f) => (f.key === "factor" ? `factor ${f.letter}` : f.key)),
    })),
  };
}

const args = parseArgs(process.argv.slice(2));
try {
  const library = loadLibrary();
  const model = loadModel();
  const cases = decidedCases(library);
  const byId = new Map(cases.map((c) => [c.id, c]));
  const text = textContext("en", t("en"), (id) => byId.get(id)?.title ?? id);
  if (args.fromCase) {
    const held = cases.find((c) => matchesCase(c, args.fromCase!));
    if (!held) fail(`--from-case: no decided fine "${args.fromCase}"; known: ${cases.map((c) => c.id).join(", ")}`);
    const result = estimateFromOthers(held, cases, model, ratesAt(library.rates), args.exclude);
    console.log(JSON.stringify(output(result, text, { case: held.id, reference: held.reference, scenario: held.scenario, actual: held.fine.amount }), null, 2));
  } else {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(args.scenario!, "utf8"));
    } catch (error) {
      fail(`--scenario: cannot read ${args.scenario}: ${(error as Error).message}`);
    }
    const parsed = parseScenarioWithSchema(raw);
    if (!parsed.success) fail(`Invalid scenario in ${args.scenario}:\n${formatErrors(parsed.errors).replace(/^/gm, "  ")}`);
    if (args.notice !== undefined) {
      const ctx = noticeContext(library.cases, library.authorities.values(), cases, model, todayContext(library.rates), library.rates);
      const a = assessNotice({ notice: args.notice, scenario: parsed.scenario, ...(args.noticeDate ? { date: args.noticeDate } : {}) }, ctx);
      const byNotice = new Map(ctx.notices.map((c) => [c.id, c]));
      console.log(
        JSON.stringify(
          {
            notice: a.notice,
            noticeDate: args.noticeDate ?? null,
            currency: a.currency,
            authority: a.authority,
            estimate: Math.round(a.forecast.estimate),
            p25: Math.round(a.forecast.p25),
            p75: Math.round(a.forecast.p75),
            p10: Math.round(a.forecast.p10),
            p90: Math.round(a.forecast.p90),
            pReduced: Math.round(a.forecast.pReduced * 1000) / 1000,
            baseline: { noticeStands: a.stands },
            comparableEstimate: round(a.comparableEstimate),
            noticeToComparable: a.noticeToComparable === null ? null : Math.round(a.noticeToComparable * 100) / 100,
            typicalNoticeToComparable: a.typicalNoticeToComparable,
            closestNotices: a.closest.map(({ id, similarity }) => {
              const c = byNotice.get(id)!;
              return { id, similarity: Math.round(similarity * 1000) / 1000, notice: c.notice.amount, decided: c.final.amount, currency: c.currency, change: c.change };
            }),
            closestSummary: a.closestSummary,
            model: { notices: ctx.varsel.n, reducedShare: ctx.varsel.reducedShare, byAuthority: ctx.varsel.byAuthority },
          },
          null,
          2,
        ),
      );
      process.exit(0);
    }
    const result = estimateFine(parsed.scenario, cases, model, todayContext(library.rates), { exclude: args.exclude });
    console.log(JSON.stringify(output(result, text, { scenario: parsed.scenario }), null, 2));
  }
} catch (error) {
  fail((error as Error).message);
}
