import type { CaseRecord } from "./schema/case.ts";
import type { SourceDocument } from "./schema/document.ts";

/** The documents a reader can open in the library, newest first. */
export function libraryDocuments(documents: Iterable<SourceDocument>): SourceDocument[] {
  return [...documents]
    .filter((d) => d.inLibrary && d.text)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id));
}

/** Case records that cite a document anywhere (sources, amounts, factors, arguments). */
export function casesCiting(documentId: string, cases: CaseRecord[]): CaseRecord[] {
  return cases.filter((c) => JSON.stringify(c).includes(`"document":"${documentId}"`));
}

export const documentYear = (d: SourceDocument) => d.date?.slice(0, 4);
