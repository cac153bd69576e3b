import type { CaseRecord } from "./schema/case.ts";
import type { SourceDocument } from "./schema/document.ts";
import { toEur, type RateTable } from "./money.ts";

/** The documents a reader can open in the library, newest first. */
export function libraryDocuments(documents: Iterable<SourceDocument>): SourceDocument[] {
  return [...documents]
    .filter((d) => d.inLibrary && d.text)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id));
}

const citationIndex = new WeakMap<CaseRecord[], Map<string, CaseRecord[]>>();

/** Case records that cite a document anywhere (sources, amounts, factors, arguments). */
export function casesCiting(documentId: string, cases: CaseRecord[]): CaseRecord[] {
  // Every library page asks; index the records once per list instead of serialising them each time.
  let index = citationIndex.get(cases);
  if (!index) {
    index = new Map();
    for (const c of cases) {
      const cited = new Set([...JSON.stringify(c).matchAll(/"document":"([^"]+)"/g)].map((m) => m[1]!));
      for (const id of cited) index.set(id, [...(index.get(id) ?? []), c]);
    }
    citationIndex.set(cases, index);
  }
  return index.get(documentId) ?? [];
}

export const documentYear = (d: SourceDocument) => d.date?.slice(0, 4);

/** Whether a document carries a fine, by GDPRhub's infobox or by a case record citing it. */
export const documentHasFine = (doc: SourceDocument, citing: CaseRecord[]) =>
  Boolean(doc.metadata?.fine && doc.metadata.fine.amount > 0) || citing.some((c) => (c.amounts.final?.amount ?? 0) > 0);

/** A document's fine in euro at its date, so fines in five currencies sort together; undefined without a full date. */
export function documentFineEur(doc: SourceDocument, rates: RateTable): number | undefined {
  const fine = doc.metadata?.fine;
  if (!fine || !doc.date || doc.date.length !== 10) return undefined;
  const eur = toEur(rates, fine.amount, fine.currency, doc.date);
  return eur ? Math.round(eur.amount) : undefined;
}
