/** Build-time inputs of /compare/: the case data file (named by its content hash) and the words its script uses. */
import { createHash } from "node:crypto";
import { compareCase } from "../domain/compare.ts";
import { factorCatalogue, factorLetters } from "../domain/factors.ts";
import { authorityPath, casePath } from "../domain/paths.ts";
import type { PageI18n } from "./i18n.ts";
import { defaultLocale, type Locale } from "../i18n/strings.ts";
import { localizeCase } from "../domain/localize.ts";
import { kindLabels } from "./argument-kinds.ts";
import { library } from "./library.ts";

export interface CompareDataFile {
  /** File name without ".json", e.g. "cases.3f9a0c1b2d". */
  name: string;
  body: string;
}

const dataFiles = new Map<Locale, CompareDataFile>();

/**
 * Every case as the comparison needs it, in one file per language the page fetches once its
 * script runs (cases.en.<hash>, cases.nb.<hash>: the categories of data are our notes).
 */
export function compareDataFile(locale: Locale): CompareDataFile {
  let file = dataFiles.get(locale);
  if (!file) {
    const { cases, rates } = library();
    const body = JSON.stringify(
      cases.map((c) => {
        if (locale === defaultLocale) return compareCase(c, rates);
        const { details } = localizeCase(c, locale);
        return compareCase(c, rates, c.dataSubjects.categories.map((_, i) => details[`dataSubjects.categories[${i}]`]!));
      }),
    );
    file = { name: `cases.${locale}.${createHash("sha256").update(body).digest("hex").slice(0, 10)}`, body };
    dataFiles.set(locale, file);
  }
  return file;
}

/** The words and links the comparison script renders, in the page's locale; templates carry {placeholders}. */
export function compareStrings({ locale, ui, href, intl }: PageI18n) {
  const { authorities, argumentKinds } = library();
  const c = ui.compare;
  return {
    intl,
    caseHref: href(casePath("__ID__")),
    authorityHref: href(authorityPath("__ID__")),
    caseColumn: ui.authorities.caseColumns.case,
    differs: c.differs,
    groups: c.groups,
    rows: {
      ...c.rows,
      ...Object.fromEntries(factorLetters.map((l) => [`factor-${l}`, `(${l}) ${factorCatalogue[l].label}`])),
    },
    rate: c.rate,
    noRate: c.noRate,
    notStated: c.notStated,
    noArguments: c.noArguments,
    yes: ui.case.yes,
    no: ui.case.no,
    tooFew: c.tooFew,
    unknown: c.unknown("{ids}"),
    dropped: c.dropped("{ids}"),
    badCurrency: c.badCurrency("{value}"),
    loading: c.loading,
    loadFailed: c.loadFailed,
    countries: ui.countries,
    controllerType: ui.case.controllerType,
    regimes: ui.case.regimes,
    ending: ui.ending.kind,
    direction: ui.direction,
    result: ui.result,
    authorities: Object.fromEntries([...authorities.values()].map((a) => [a.id, a.name])),
    kinds: Object.fromEntries(kindLabels(locale, argumentKinds)),
  };
}
export type CompareStrings = ReturnType<typeof compareStrings>;
