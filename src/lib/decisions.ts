import { createHash } from "node:crypto";
import { casesCiting, documentFineEur, documentHasFine, documentYear, libraryDocuments } from "../domain/documents.ts";
import { encodeDecisionRows, type DecisionCells } from "../domain/decision-list.ts";
import type { Locale } from "../i18n/strings.ts";
import type { SourceDocument } from "../domain/schema/document.ts";
import { i18nFor, siteLocales } from "./i18n.ts";
import { library } from "./library.ts";

interface DecisionList {
  rows: DecisionCells[];
  json: string;
  file: string;
}
const cached = new Map<Locale, DecisionList>();

/**
 * Every document of the decision library as table cells in a locale (newest first), and the same
 * rows as a JSON file whose name carries a hash of its content, so a browser may cache it for good.
 */
export function decisionList(locale: Locale): DecisionList {
  const found = cached.get(locale);
  if (found) return found;
  const { ui, fmt, decisionHref } = i18nFor(locale);
  const { documents, authorities, cases, rates } = library();
  const rows = libraryDocuments(documents.values()).map((d): DecisionCells => {
    const fine = d.metadata?.fine;
    const fineEur = documentFineEur(d, rates);
    return {
      id: d.id,
      href: decisionHref(d.id),
      body: d.authority ? authorities.get(d.authority)!.name : (d.publisher ?? ""),
      country: d.country ?? "",
      countryName: d.country ? ui.countries[d.country] : "—",
      date: d.date ?? "",
      dateText: d.date ? fmt.shortDate(d.date) : "—",
      year: documentYear(d) ?? "",
      reference: d.reference ?? d.title,
      parties: d.metadata?.parties ?? "",
      kind: d.kind !== "decision" ? ui.kinds[d.kind] : "",
      outcome: d.metadata?.outcome ?? "—",
      fineText: fine ? fmt.money(fine.amount, fine.currency) : "—",
      fineSort: fineEur !== undefined ? String(fineEur) : fine ? String(fine.amount) : "",
      hasFine: documentHasFine(d, casesCiting(d.id, cases)),
    };
  });
  const json = JSON.stringify(encodeDecisionRows(rows));
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
  const list = { rows, json, file: `rows-${hash}` };
  cached.set(locale, list);
  return list;
}

/** The row files of every site locale (shared at the root, one per locale's wording). */
export const decisionListFiles = () => siteLocales.map((locale) => decisionList(locale));

export const decisionRowsHref = (locale: Locale) => i18nFor(locale).href(`/decisions/${decisionList(locale).file}.json`);
export const decisionPageHref = (locale: Locale, page: number) => i18nFor(locale).href(page === 1 ? "/decisions/" : `/decisions/page/${page}/`);

/**
 * A document's title in a page's language. GDPRhub names a decision "<body> (<Country>) -
 * <reference>", the country in English: the page names the country in its own words. Other
 * titles (a court's, a report's) are the source's and stay as they are.
 */
export function decisionTitle(doc: Pick<SourceDocument, "title" | "country">, locale: Locale): string {
  const named = /^(.+) \(([^()]+)\) - (.+)$/.exec(doc.title);
  if (!named || !doc.country || named[2] !== i18nFor("en").ui.countries[doc.country]) return doc.title;
  return `${named[1]} (${i18nFor(locale).ui.countries[doc.country]}) - ${named[3]}`;
}
