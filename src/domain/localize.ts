/**
 * A case record's texts in a reader's language. The English fields are the record; a locale's own
 * block (`nb`) holds our texts in that language. Where a text is not written in the locale, the
 * English one is given and marked, so a page can say it is shown in English.
 */
import { factorLetters, type FactorLetter } from "./factors.ts";
import { sectorGroup } from "./filters.ts";
import type { CaseRecord, LocalisedCaseText } from "./schema/case.ts";

/** Languages a record can hold texts in besides English (the key of its block in the case file). */
export const contentLocales = ["nb"] as const;
export type ContentLocale = (typeof contentLocales)[number];
export type TextLocale = "en" | ContentLocale;

/** One text and the language it is in. */
export interface LocalizedText {
  text: string;
  locale: TextLocale;
}

export interface LocalizedCase {
  /** The language asked for. */
  locale: TextLocale;
  title: LocalizedText;
  summary: LocalizedText;
  factors: Record<FactorLetter, LocalizedText>;
  /** In the record's order; `answer` absent where the record has none. */
  arguments: { argument: LocalizedText; answer?: LocalizedText }[];
  appeal?: LocalizedText;
  /** The other notes (facts, timeline, measures, sources' roles, what is unverified), by path (see detailTexts). */
  details: Record<string, LocalizedText>;
  /** True when every text above is in the locale asked for. */
  complete: boolean;
  /** Paths of the texts shown in English although another locale was asked for ("factors.c", "arguments[2].answer"). */
  inEnglish: string[];
}

const localeBlock = (record: CaseRecord, locale: ContentLocale): LocalisedCaseText | undefined => record[locale];

/** The record's texts in `locale`, each falling back to English where no text in the locale is written. */
export function localizeCase(record: CaseRecord, locale: TextLocale): LocalizedCase {
  const block = locale === "en" ? undefined : localeBlock(record, locale);
  const inEnglish: string[] = [];
  const pick = (path: string, english: string, own: string | undefined): LocalizedText => {
    if (locale === "en") return { text: english, locale: "en" };
    if (own !== undefined) return { text: own, locale };
    inEnglish.push(path);
    return { text: english, locale: "en" };
  };
  const title = pick("title", record.title, block?.title);
  const summary = pick("summary", record.summary, block?.summary);
  const factors = Object.fromEntries(
    factorLetters.map((l) => [l, pick(`factors.${l}`, record.factors[l].note, block?.factors[l])]),
  ) as Record<FactorLetter, LocalizedText>;
  const args = record.arguments.map((a, i) => {
    const own = block?.arguments[i];
    return {
      argument: pick(`arguments[${i}].argument`, a.argument, own?.argument),
      ...(a.answer !== undefined ? { answer: pick(`arguments[${i}].answer`, a.answer, own?.answer) } : {}),
    };
  });
  const appeal = record.appeal ? pick("appeal", record.appeal.note, block?.appeal) : undefined;
  const details = Object.fromEntries(detailTexts(record).map(({ path, english }) => [path, pick(path, english, block?.details?.[path])]));
  return {
    locale,
    title,
    summary,
    factors,
    arguments: args,
    ...(appeal ? { appeal } : {}),
    details,
    complete: inEnglish.length === 0,
    inEnglish,
  };
}

/**
 * The record's notes we wrote besides the title, summary, factor notes, arguments and appeal: each
 * with its path in the case file (the keys of a locale block's `details`), in the file's order.
 * Source quotes are the sources' words, not ours, and are not listed.
 */
export function detailTexts(record: CaseRecord): { path: string; english: string }[] {
  const out: { path: string; english: string }[] = [];
  const add = (path: string, english: string | undefined) => {
    if (english?.trim()) out.push({ path, english });
  };
  add("controller.sector", record.controller.sector);
  add("controller.context", record.controller.context);
  record.otherReferences.forEach((r, i) => add(`otherReferences[${i}]`, r));
  add("legalMaximum.basis", record.legalMaximum?.basis);
  add("legalMaximum.unverified", record.legalMaximum?.unverified);
  for (const stage of ["notice", "final", "appeal"] as const) add(`amounts.${stage}.unverified`, record.amounts[stage]?.unverified);
  add("dataSubjects.note", record.dataSubjects.note);
  record.dataSubjects.categories.forEach((c, i) => add(`dataSubjects.categories[${i}]`, c));
  record.timeline.forEach((t, i) => {
    add(`timeline[${i}].label`, t.label);
    add(`timeline[${i}].unverified`, t.unverified);
  });
  record.correctiveMeasures.forEach((m, i) => add(`correctiveMeasures[${i}]`, m));
  record.sources.forEach((src, i) => add(`sources[${i}].role`, src.role));
  record.verification.unverified.forEach((u, i) => add(`verification.unverified[${i}]`, u));
  return out;
}

/** What is wrong with a locale block at one path: a text the English has is missing, or one it lacks is there. */
export interface LocaleGap {
  /** Path in the case file, e.g. "nb.factors.c" or "nb.arguments". */
  path: string;
  kind: "missing" | "extra" | "count";
  /** For "count": how many the English has and the block has. */
  expected?: number;
  found?: number;
}

/**
 * Where a record's locale block does not mirror its English texts. A record that has a block claims
 * the locale: it must then hold every text the English has, and nothing the English lacks.
 * The appeal note is optional in a block (it may stay English) but may not exist without an English one.
 */
export function localeGaps(record: CaseRecord, locale: ContentLocale): LocaleGap[] {
  const block = localeBlock(record, locale);
  if (!block) return [];
  const gaps: LocaleGap[] = [];
  for (const letter of factorLetters) {
    const english = record.factors[letter].note;
    const own = block.factors[letter];
    if (english && own === undefined) gaps.push({ path: `${locale}.factors.${letter}`, kind: "missing" });
    if (!english && own !== undefined) gaps.push({ path: `${locale}.factors.${letter}`, kind: "extra" });
  }
  if (block.arguments.length !== record.arguments.length) {
    gaps.push({ path: `${locale}.arguments`, kind: "count", expected: record.arguments.length, found: block.arguments.length });
  }
  block.arguments.forEach((own, i) => {
    const english = record.arguments[i];
    if (!english) return;
    if (english.answer !== undefined && own.answer === undefined) gaps.push({ path: `${locale}.arguments[${i}].answer`, kind: "missing" });
    if (english.answer === undefined && own.answer !== undefined) gaps.push({ path: `${locale}.arguments[${i}].answer`, kind: "extra" });
  });
  if (block.appeal !== undefined && !record.appeal) gaps.push({ path: `${locale}.appeal`, kind: "extra" });
  // The other notes: all of them or none yet (a block written before they were translated).
  if (block.details) {
    const paths = new Set(detailTexts(record).map((d) => d.path));
    for (const path of paths) if (block.details[path] === undefined) gaps.push({ path: `${locale}.details.${path}`, kind: "missing" });
    for (const path of Object.keys(block.details)) if (!paths.has(path)) gaps.push({ path: `${locale}.details.${path}`, kind: "extra" });
  }
  return gaps;
}

/** Schools and the bodies that run them or process for them; universities are not school cases. */
export function isSchoolCase(record: CaseRecord): boolean {
  const sector = record.controller.sector ?? "";
  return sectorGroup(sector) === "education" && !/higher education|universit/i.test(sector);
}

/** Records our Norwegian texts must cover: every Norwegian case and every school case. */
export function requiresLocale(record: CaseRecord, locale: ContentLocale): boolean {
  return locale === "nb" && (record.country === "NO" || isSchoolCase(record));
}
