/**
 * What search looks through: every document of the decision library (its metadata and its
 * cleaned paragraphs) and every case record (our summary, factor notes, arguments, timeline).
 * Plain data, so the index can be built from the real library, from a replicated corpus (the
 * benchmark) or from a handful of records (tests).
 */
import type { Library } from "../sources/repository.ts";
import type { CaseRecord } from "../schema/case.ts";
import type { SourceDocument } from "../schema/document.ts";
import { documentYear, libraryDocuments } from "../documents.ts";
import { factorCatalogue, factorLetters } from "../factors.ts";
import { referenceForms, referenceParts } from "./reference.ts";

export interface SearchPassage {
  text: string;
  /**
   * Where the passage is on its page: a paragraph id ("p12") of a decision, an element id of a case
   * page ("summary", "factor-c"), or null for the top of the page.
   */
  anchor: string | null;
  /** For a case passage that cites a paragraph (a factor note, an argument): that paragraph. */
  pinpoint?: { document: string; paragraph: string };
}

export interface SearchRecord {
  kind: "decision" | "case";
  id: string;
  title: string;
  /** The decision's date (cases: the final decision's); shown with the body and reference. */
  date: string | null;
  country: string | null;
  /** Authority id, or the publisher's name for documents not issued by an authority. */
  body: string | null;
  bodyName: string | null;
  year: string | null;
  hasFine: boolean;
  /** GDPR article numbers ("5", "32") the record concerns. */
  articles: string[];
  /** The record's own references ("20/02191", "DI-2019-3839"), from reference fields only; typed exactly, they jump to the record. */
  references: string[];
  /** References it also holds (earlier numbers, an appeal's, those in notes); they jump to it after the records they are the own reference of. */
  otherReferences: string[];
  /** Decisions: the case records that cite the document. Cases: the case itself. */
  caseIds: string[];
  /** Cases: the decision the record is built on (first source); decisions: the document itself. */
  documentId: string;
  /** Passage 0 is the record's metadata (title, references, parties, systems); then the text. */
  passages: SearchPassage[];
  /** A decision published twice with identical text: the id of the copy listed first. */
  sameTextAs?: string;
}

/** "Article 32(1) GDPR" → "32"; "5(1)(f)" → "5". */
export function articleNumber(article: string): string | null {
  const m = /^(?:Article\s+|Art\.?\s*)?(\d{1,2})\b/i.exec(article.trim());
  if (!m) return null;
  if (/^(?:Article|Art)/i.test(article) && !/GDPR|DSGVO|2016\/679/i.test(article)) return null;
  return String(Number(m[1]));
}

const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

export function searchRecords(lib: Pick<Library, "documents" | "authorities" | "cases" | "text">): SearchRecord[] {
  const records: SearchRecord[] = [];
  const citing = citingIndex(lib.cases);
  // GDPRhub publishes a few decisions twice under two titles with the very same text: the later
  // copy names the first, so a result list shows the decision once.
  const firstWithText = new Map<string, string>();
  for (const doc of libraryDocuments(lib.documents.values())) {
    const record = documentRecord(doc, lib, citing.get(doc.id) ?? []);
    const sha = doc.text?.sha256;
    if (sha && record.passages.length > 1) {
      const first = firstWithText.get(sha);
      if (first) record.sameTextAs = first;
      else firstWithText.set(sha, doc.id);
    }
    records.push(record);
  }
  for (const c of lib.cases) records.push(caseRecord(c, lib));
  return records;
}

/** casesCiting() for every document at once: each case is read once, not once per document. */
function citingIndex(cases: CaseRecord[]): Map<string, CaseRecord[]> {
  const index = new Map<string, CaseRecord[]>();
  for (const c of cases) {
    const ids = new Set([...JSON.stringify(c).matchAll(/"document":"([^"]+)"/g)].map((m) => m[1]!));
    for (const id of ids) {
      if (!index.has(id)) index.set(id, []);
      index.get(id)!.push(c);
    }
  }
  return index;
}

function documentRecord(doc: SourceDocument, lib: Pick<Library, "authorities" | "text">, citing: CaseRecord[]): SearchRecord {
  const authority = doc.authority ? lib.authorities.get(doc.authority) : undefined;
  const cleaned = lib.text(doc.id);
  const bodyName = authority?.name ?? doc.publisher ?? null;
  const hasFine =
    Boolean(doc.metadata?.fine && doc.metadata.fine.amount > 0) ||
    citing.some((c) => c.amounts.final && c.amounts.final.amount > 0);
  // The case built on this decision may give the body's reference in another form ("IMY-2023-15373" for "2023-15373").
  const own = [doc.reference, ...citing.filter((c) => c.sources[0]!.document === doc.id).map((c) => c.reference)].flatMap((r) => (r ? [referenceParts(r)] : []));
  // The metadata passage carries what a reader may type that the text may not say: references,
  // parties, the body's names in both languages, and the controllers and systems of citing cases.
  const meta = [
    doc.title,
    doc.reference,
    doc.metadata?.parties,
    authority && `${authority.name} (${authority.englishName})`,
    doc.publisher,
    doc.metadata?.type,
    doc.metadata?.outcome,
    ...citing.flatMap((c) => [c.controller.name, c.controller.context, c.reference, ...c.otherReferences]),
  ].filter(Boolean);
  const passages: SearchPassage[] = [{ text: unique(meta).join(" · "), anchor: null }];
  if (cleaned.hasDecisionText) for (const p of cleaned.paragraphs) passages.push({ text: p.text, anchor: p.id });
  return {
    kind: "decision",
    id: doc.id,
    title: doc.title,
    date: doc.date ?? null,
    country: doc.country ?? null,
    body: doc.authority ?? doc.publisher ?? null,
    bodyName,
    year: documentYear(doc) ?? null,
    hasFine,
    articles: unique((doc.metadata?.articles ?? []).map(articleNumber).filter((a): a is string => a !== null)),
    references: unique(own.flatMap((r) => r.own)),
    otherReferences: unique(own.flatMap((r) => r.notes)),
    caseIds: citing.map((c) => c.id),
    documentId: doc.id,
    passages,
  };
}

function caseRecord(c: CaseRecord, lib: Pick<Library, "authorities">): SearchRecord {
  const authority = lib.authorities.get(c.authority);
  const decided = c.amounts.final?.date ?? c.timeline.find((t) => t.event === "decision")?.date;
  const passages: SearchPassage[] = [
    {
      text: [c.title, c.controller.name, c.controller.sector, c.controller.context, c.reference, ...c.otherReferences, authority?.name, authority?.englishName]
        .filter(Boolean)
        .join(" · "),
      anchor: null,
    },
    { text: c.summary, anchor: "summary" },
  ];
  for (const letter of factorLetters) {
    const f = c.factors[letter];
    if (f.direction === "not-assessed" && !f.pinpoint) continue;
    passages.push({
      text: `(${letter}) ${factorCatalogue[letter].label}: ${f.note}`,
      anchor: `factor-${letter}`,
      pinpoint: f.pinpoint && { document: f.pinpoint.document, paragraph: f.pinpoint.paragraph },
    });
  }
  for (const a of c.arguments) {
    passages.push({
      text: `${a.argument} ${a.answer}`,
      anchor: "arguments",
      pinpoint: a.pinpoint && { document: a.pinpoint.document, paragraph: a.pinpoint.paragraph },
    });
  }
  for (const t of c.timeline) passages.push({ text: `${t.date}: ${t.label}`, anchor: "timeline" });
  if (c.correctiveMeasures.length) passages.push({ text: c.correctiveMeasures.join(" "), anchor: "measures" });
  if (c.appeal) {
    // The appeal note tells what the ruling it cites decided: a match there points into that ruling.
    const ruling = c.appeal.source;
    passages.push({
      text: c.appeal.note,
      anchor: "appeal",
      pinpoint: ruling?.paragraph ? { document: ruling.document, paragraph: ruling.paragraph } : undefined,
    });
  }
  if (c.dataSubjects.note || c.dataSubjects.categories.length) {
    passages.push({ text: [c.dataSubjects.note, ...c.dataSubjects.categories].filter(Boolean).join(" · "), anchor: "data-subjects" });
  }
  return {
    kind: "case",
    id: c.id,
    title: c.title,
    date: decided ?? null,
    country: c.country,
    body: c.authority,
    bodyName: authority?.name ?? null,
    year: decided?.slice(0, 4) ?? null,
    hasFine: Boolean(c.amounts.final && c.amounts.final.amount > 0),
    articles: unique(c.articles.map(articleNumber).filter((a): a is string => a !== null)),
    references: referenceParts(c.reference).own,
    otherReferences: unique([...referenceParts(c.reference).notes, ...c.otherReferences.flatMap(referenceForms)]),
    caseIds: [c.id],
    documentId: c.sources[0]!.document,
    passages,
  };
}
