/**
 * The estimator's results in words, in a locale: shared by the calculator page, the memo and the
 * CLI, so all three say the same. The estimator (src/domain/estimator/) returns data only; the
 * words come from src/i18n/strings.ts and the numbers go through Intl for the locale, so another
 * language is a matter of strings.
 */
import { factorLetters } from "../../domain/factors.ts";
import { createFormatters, type Formatters } from "../../domain/format.ts";
import type { Currency } from "../../domain/schema/codes.ts";
import { intlLocales, type Locale } from "../../i18n/locales.ts";
import type { CalculatorStrings } from "../../i18n/islands.ts";
import type { ComparableResult, EstimateResult, Warning } from "../../domain/estimator/estimate.ts";
import type { LegalNote } from "../../domain/estimator/legal.ts";
import { roundSignificant, type MeasuredError } from "../../domain/estimator/precision.ts";
import { currencyOf, levelOf } from "../../domain/estimator/scenario.ts";
import type { CalculatorState } from "../../domain/estimator/url-state.ts";

export function createPercent(locale: string) {
  const whole = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const fine = new Intl.NumberFormat(locale, { style: "percent", maximumSignificantDigits: 2 });
  /** 0.42 → "42 %"; small shares keep two significant digits (0.0023 → "0.23 %"). */
  return (share: number) => (Number.isFinite(share) ? (share >= 0.1 || share === 0 ? whole.format(share) : fine.format(share)) : "–");
}

/** A multiplier: two decimals below ten, one above ("×1.23", "×12.3"; "×1,23" in Norwegian). */
export function createFactorFormat(locale: string) {
  const small = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  const large = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  return (factor: number) => `×${factor < 10 ? small.format(factor) : large.format(factor)}`;
}

export interface TextContext {
  ui: CalculatorStrings;
  fmt: Formatters;
  percent: (share: number) => string;
  /** A multiplier, "×1.23". */
  factor: (factor: number) => string;
  /** A case's display name by id (title or controller). */
  caseName: (id: string) => string;
  /** The language of a case's name where it is not the page's (a title we have only in English, on a Norwegian page). */
  caseLang?: (id: string) => Locale | undefined;
}

/** A piece of a sentence: words in the page's language, or a case's name in another language. */
export type Run = string | { text: string; lang: Locale };

/**
 * A sentence that names cases (`say` writes it with ctx.caseName), in pieces: each name in another
 * language than the page's is a piece of its own with its language, so the page can mark it (lang);
 * the words around it stay whole. One string when every name is in the page's language.
 */
export function caseRuns(ctx: TextContext, say: (ctx: TextContext) => string): Run[] {
  const langOf = ctx.caseLang;
  if (!langOf) return [say(ctx)];
  const foreign: { text: string; lang: Locale }[] = [];
  const caseName = (id: string) => {
    const lang = langOf(id);
    if (!lang) return ctx.caseName(id);
    foreign.push({ text: ctx.caseName(id), lang });
    return `\u0001${foreign.length - 1}\u0002`;
  };
  const runs: Run[] = [];
  say({ ...ctx, caseName })
    .split(/\u0001(\d+)\u0002/)
    .forEach((part, i) => {
      if (i % 2 === 1) runs.push(foreign[Number(part)]!);
      else if (part) runs.push(part);
    });
  return runs;
}

/** Words and formats of a locale (its strings given: t(locale) in the build, the island's own strings (src/i18n/islands/calculator.<locale>.ts) in a browser), with how cases are named. */
export function textContext(locale: Locale, ui: CalculatorStrings, caseName: (id: string) => string): TextContext {
  const intl = intlLocales[locale];
  return { ui, fmt: createFormatters(intl), percent: createPercent(intl), factor: createFactorFormat(intl), caseName };
}

export function describeWarning(w: Warning, ctx: TextContext): string {
  const t = ctx.ui.calculator.warnings;
  const d = w.detail ?? {};
  const country = (code: unknown) => ctx.ui.countries[code as keyof CalculatorStrings["countries"]] ?? String(code);
  switch (w.code) {
    case "no-comparables":
      return t["no-comparables"]();
    case "no-country":
      return t["no-country"]({ country: country(d.country) });
    case "no-country-type":
      return t["no-country-type"]({
        country: country(d.country),
        type: ctx.ui.calculator.scenario.controllerTypes[d.controllerType as "public"]?.toLowerCase() ?? String(d.controllerType),
      });
    case "people-outside":
      return t["people-outside"]({ min: ctx.fmt.number(Number(d.min)), max: ctx.fmt.number(Number(d.max)) });
    case "few-comparables":
      return t["few-comparables"]({ effective: String(d.effective) });
    case "distant":
      return t.distant({ closest: ctx.caseName(String(d.closest)), similarity: ctx.percent(Number(d.similarity)) });
    case "pre-gdpr-only":
      return t["pre-gdpr-only"]({ share: ctx.percent(Number(d.share) / 100) });
    case "capped":
      return t.capped();
    case "strongly-extrapolated":
      return t["strongly-extrapolated"]();
    case "unknown-exclude":
      return t["unknown-exclude"]({ key: String(d.key) });
  }
}

export const describeNote = (note: LegalNote, ui: CalculatorStrings) => ui.calculator.notes[note];

/** The estimator's legal basis ("GDPR Art. 83(5)") with the article written the locale's way ("art. 83 nr. 5"). */
export const describeBasis = (basis: string, ui: CalculatorStrings) => basis.replace(/\bArt\. (\d+\(\d+\)(?:\([a-z]\))?)/g, (_, ref: string) => ui.cases.filters.articleValue(ref));

export function describeMeasured(m: MeasuredError, ctx: TextContext): string {
  return ctx.ui.calculator.result.measured(m.n, ctx.factor(m.medianFactor), ctx.percent(m.shareWithin2), ctx.percent(m.coverage50), ctx.percent(m.coverage80));
}

/** What the memo cites of an estimate (an EstimateResult or the page's view of one). */
export type MemoResult = Pick<EstimateResult, "fineable" | "notFineable" | "estimate" | "low" | "high" | "p10" | "p90" | "legalMaximum" | "warnings" | "notes"> & {
  comparables: Pick<ComparableResult, "id" | "fine" | "authorityName" | "reference" | "date" | "similarity" | "preGdpr">[];
};

export interface MemoInput {
  state: CalculatorState;
  result: MemoResult;
  measured: { all: MeasuredError; publicBodies: MeasuredError } | null;
  /** Absolute URL of a case page. */
  caseUrl: (id: string) => string;
  /** Absolute URL of this calculation. */
  pageUrl: string;
  /** How many comparables to cite. */
  limit?: number;
}

/** Markdown a lawyer can paste into a reply: scenario, estimate with its measured error, cited comparables. */
export function memoMarkdown(input: MemoInput, ctx: TextContext): string {
  const { ui, fmt } = ctx;
  const m = ui.calculator.memo;
  const sc = ui.calculator.scenario;
  const { result, state } = input;
  const s = state.scenario;
  const currency: Currency = currencyOf(s);
  const money = (v: number | null) => (v === null ? "–" : fmt.money(roundSignificant(v), currency));
  const lines: string[] = [];
  lines.push(`# ${m.title}`, "", `> ${m.disclaimer}`, "");

  lines.push(`## ${m.scenario}`, "");
  const yesNo = (v: boolean | undefined) => (v === undefined ? m.notStated : v ? sc.yes : sc.no);
  lines.push(`- ${sc.country}: ${ui.countries[s.country]}`);
  lines.push(`- ${sc.controllerType}: ${sc.controllerTypes[s.controllerType]}`);
  if (s.sector) lines.push(`- ${sc.sector.replace(/ \(.*\)$/, "")}: ${s.sector}`);
  lines.push(`- ${sc.articles}: ${s.articles.length ? s.articles.map((a) => ui.cases.filters.articleValue(a)).join(", ") : m.notStated}`);
  lines.push(`- ${sc.people.replace(/ \(.*\)$/, "")}: ${s.dataSubjects === undefined ? m.notStated : fmt.number(s.dataSubjects)}`);
  lines.push(`- ${sc.children}: ${yesNo(s.children)}`);
  lines.push(`- ${sc.special}: ${yesNo(s.specialCategories)}`);
  const assessed = factorLetters.filter((l) => levelOf(s, l) !== "not-assessed");
  for (const letter of assessed) {
    lines.push(`- ${m.factorLine(letter, ui.factorNames[letter].label, ui.calculator.factors.levels[levelOf(s, letter)])}`);
  }
  if (assessed.length === 0) lines.push(`- ${ui.calculator.factors.heading}: ${m.none}`);
  lines.push("");

  lines.push(`## ${m.estimate}`, "");
  const r = ui.calculator.result;
  if (!result.fineable) {
    lines.push(r.notFineable(result.notFineable?.basis ?? ""));
  } else if (result.estimate === null) {
    lines.push(r.none);
  } else {
    lines.push(`- ${r.estimate}: **${money(result.estimate)}**`);
    lines.push(`- ${r.likely}: ${money(result.low)} – ${money(result.high)}`);
    lines.push(`- ${r.wide}: ${money(result.p10)} – ${money(result.p90)}`);
  }
  if (result.legalMaximum) {
    const max = result.legalMaximum;
    lines.push(`- ${r.maximum}: ${fmt.money(max.amount, max.currency)} (${r.maximumBasis(describeBasis(max.basis, ui), fmt.date(max.rateDate))})`);
  }
  lines.push("");
  if (input.measured) {
    lines.push(describeMeasured(input.measured.all, ctx));
    const p = input.measured.publicBodies;
    if (p.n > 0) lines.push(r.measuredPublic(p.n, ctx.factor(p.medianFactor), ctx.percent(p.coverage80)));
    lines.push("");
  }
  const caveats = [...result.warnings.map((w) => describeWarning(w, ctx)), ...result.notes.map((n) => describeNote(n, ui))];
  if (caveats.length) {
    lines.push(`## ${m.caveats}`, "");
    for (const c of caveats) lines.push(`- ${c}`);
    lines.push("");
  }

  lines.push(`## ${m.comparables}`, "");
  result.comparables.slice(0, input.limit ?? 8).forEach((c, i) => {
    const fine = fmt.money(c.fine.amount, c.fine.currency);
    lines.push(
      `${i + 1}. [${ctx.caseName(c.id)}](${input.caseUrl(c.id)}): ${m.caseLine(c.authorityName, c.reference, fmt.date(c.date), fine, ctx.percent(c.similarity))}` +
        (c.preGdpr ? ` (${ui.calculator.comparables.preGdpr})` : ""),
    );
  });
  lines.push("", `[${m.link}](${input.pageUrl})`, "");
  return lines.join("\n");
}
