/**
 * The texts of a case record we wrote (title, summary, factor notes, arguments and answers) in the
 * language a page asks for. Every page that shows them takes them from here, so Norwegian texts
 * are wired in one place.
 *
 * Today every record is described in English only: the texts come back in English with
 * translated: false and lang "en", and a Norwegian page marks them (lang="en") and says so.
 * TODO(integration): pick the record's Norwegian block when it has one.
 */
import type { FactorLetter } from "../domain/factors.ts";
import { factorLetters } from "../domain/factors.ts";
import type { CaseRecord } from "../domain/schema/case.ts";
import { defaultLocale, type Locale } from "../i18n/strings.ts";

export interface CaseText {
  title: string;
  summary: string;
  /** The note on each factor of Art. 83(2). */
  factorNotes: Record<FactorLetter, string>;
  /** The controller's arguments and the authority's answers, in the record's order. */
  arguments: { argument: string; answer: string }[];
  /** The language the texts are in. */
  lang: Locale;
  /** True when the texts are in the locale asked for. */
  translated: boolean;
}

export function caseText(record: CaseRecord, locale: Locale): CaseText {
  const lang = defaultLocale;
  return {
    title: record.title,
    summary: record.summary,
    factorNotes: Object.fromEntries(factorLetters.map((l) => [l, record.factors[l].note])) as Record<FactorLetter, string>,
    arguments: record.arguments.map((a) => ({ argument: a.argument, answer: a.answer })),
    lang,
    translated: lang === locale,
  };
}
