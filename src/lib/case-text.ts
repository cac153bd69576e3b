/**
 * The texts of a case record we wrote (title, summary, factor notes, arguments and answers, the
 * appeal note, and the other notes: facts, timeline, measures, sources' roles, what is unverified)
 * in the language a page asks for, each with the language it is actually in: the record's
 * Norwegian block where it has the text (src/domain/localize.ts), else the English. Every page
 * that shows these texts takes them from here; a text in another language than the page's is
 * marked with its lang, and the page says that some of it is in English.
 */
import { localizeCase, type LocalizedText } from "../domain/localize.ts";
import type { FactorLetter } from "../domain/factors.ts";
import type { CaseRecord } from "../domain/schema/case.ts";
import type { Locale } from "../i18n/strings.ts";

export interface Text {
  text: string;
  /** The text's own language; undefined when it is the page's (so a lang attribute can take it as is). */
  lang: Locale | undefined;
}

export interface CaseText {
  title: Text;
  summary: Text;
  /** Our note on each factor of Art. 83(2). */
  factorNotes: Record<FactorLetter, Text>;
  /** The controller's arguments and the authority's answers, in the record's order. */
  arguments: { argument: Text; answer: Text | undefined }[];
  appeal: Text | undefined;
  /** A note of the record by its path in the case file ("timeline[2].label", "controller.context"; see detailTexts). */
  detail: (path: string) => Text | undefined;
  /** True when every text above is in the page's language. */
  translated: boolean;
  /** True when none of them is (the record has no text in the page's language at all). */
  untranslated: boolean;
}

export function caseText(record: CaseRecord, locale: Locale): CaseText {
  const localized = localizeCase(record, locale);
  const text = (t: LocalizedText): Text => ({ text: t.text, lang: t.locale === locale ? undefined : t.locale });
  const all = [localized.title, localized.summary, ...Object.values(localized.factors)];
  return {
    title: text(localized.title),
    summary: text(localized.summary),
    factorNotes: Object.fromEntries(Object.entries(localized.factors).map(([l, t]) => [l, text(t)])) as Record<FactorLetter, Text>,
    arguments: localized.arguments.map((a) => ({ argument: text(a.argument), answer: a.answer && text(a.answer) })),
    appeal: localized.appeal && text(localized.appeal),
    detail: (path) => {
      const found = localized.details[path];
      return found && text(found);
    },
    translated: localized.complete,
    untranslated: all.every((t) => t.locale !== locale),
  };
}
