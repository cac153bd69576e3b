/**
 * An argument kind's label and description in a page's language (content/argument-kinds.json:
 * the English fields, and the bokmål under `nb` that every kind must have). Every page, island
 * data file and reply that names a kind takes its words from here.
 */
import type { ArgumentKind } from "../domain/schema/argument-kind.ts";
import type { Locale } from "../i18n/strings.ts";
import type { ResultCounts } from "../domain/arguments.ts";
import { authorityPath } from "../domain/paths.ts";
import type { PageI18n } from "./i18n.ts";
import { library } from "./library.ts";

export interface KindText {
  label: string;
  description: string;
}

// One entry per locale: a locale added to the site without the kinds' words fails the type check.
const byLocale: Record<Locale, (kind: ArgumentKind) => KindText> = {
  en: (kind) => ({ label: kind.label, description: kind.description }),
  nb: (kind) => kind.nb,
};

/** The kind's label and description in `locale`. */
export function kindText(kind: ArgumentKind, locale: Locale): KindText {
  return byLocale[locale](kind);
}

/** Every kind's label in `locale`, by kind id, in the file's order. */
export function kindLabels(locale: Locale, kinds: readonly ArgumentKind[] = library().argumentKinds): Map<string, string> {
  return new Map(kinds.map((k) => [k.id, kindText(k, locale).label]));
}

/** Rows of a table of argument counts by authority (ArgumentCounts): name, country, link, counts. */
export function authorityCountRows(rows: readonly (readonly [string, ResultCounts])[], { ui, href }: Pick<PageI18n, "ui" | "href">) {
  const { authorities } = library();
  return rows.map(([id, counts]) => {
    const authority = authorities.get(id)!;
    return { data: { authority: id }, label: authority.name, href: href(authorityPath(id)), sub: ui.countries[authority.country], counts };
  });
}
