/**
 * What a citation of a case or of a decision paragraph holds, as data: the body, the kind of
 * decision, its date and reference, our paragraph number with the decision's own section where
 * its text is numbered, our permalink and the authority's original. The sentence is written
 * from this by the UI strings (src/i18n/strings.ts, `citation`).
 */
import type { CaseRecord } from "./schema/case.ts";
import type { Authority, SourceDocument } from "./schema/document.ts";
import type { Original } from "./schema/original.ts";
import type { Paragraph } from "./text/clean.ts";

/** A numbered heading of a decision, e.g. "3.2 Inadequate routines" → number "3.2". */
export interface DecisionSection {
  number: string;
  title: string;
  /** Our id of the heading paragraph. */
  heading: string;
}

export interface Citation {
  /** The body that decided, by its own name. */
  body: string;
  kind: SourceDocument["kind"];
  /** As precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  reference?: string;
  /** Our paragraph number (p12 → 12) and the decision's own section it lies in, if detectable. */
  paragraph?: { number: number; section?: DecisionSection };
  /** Our address of the case or paragraph: absolute when the site's address is known, else a path. */
  permalink: string;
  /** The authority's own page of the decision. */
  original?: string;
}

/** A number, then a title short enough to be a heading (a longer "2 Pursuant to Article 58 …" is a numbered operative point). */
const HEADING_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.{0,79})$/u;
/** A document "has numbered headings" from this many plausible ones on. */
const MIN_NUMBERED_HEADINGS = 2;

/**
 * The decision's own numbered sections, per paragraph id: every paragraph from a numbered heading
 * up to the next one lies in that section. Only headings (not numbered list items) count, and only
 * numbers that follow the ones before (the next top-level number, a gap of one allowed, or a
 * subsection of the current one): "23.2" after "3.1" is a damaged "3.2" in a machine translation,
 * and the paragraphs under such a heading get no section rather than a wrong one.
 */
export function decisionSections(paragraphs: readonly Paragraph[]): Map<string, DecisionSection> {
  const headings: { index: number; section?: DecisionSection }[] = [];
  let top = 0;
  let accepted = 0;
  paragraphs.forEach((p, index) => {
    if (p.kind !== "heading") return;
    const m = HEADING_NUMBER.exec(p.text.trim());
    if (!m) return;
    const number = m[1]!;
    const first = Number(number.split(".")[0]);
    const plausible = top === 0 ? first <= 2 : first >= top && first <= top + 2;
    if (plausible) {
      top = first;
      accepted++;
      headings.push({ index, section: { number, title: m[2]!.trim(), heading: p.id } });
    } else {
      headings.push({ index });
    }
  });
  const result = new Map<string, DecisionSection>();
  if (accepted < MIN_NUMBERED_HEADINGS) return result;
  let current: DecisionSection | undefined;
  let next = 0;
  paragraphs.forEach((p, index) => {
    while (next < headings.length && headings[next]!.index === index) current = headings[next++]!.section;
    if (current) result.set(p.id, current);
  });
  return result;
}

/** A site path as a link: absolute against the configured site address, else unchanged. */
export const permalink = (path: string, site?: string | URL): string => (site ? new URL(path, site).href : path);

/** Our paragraph number of a paragraph id: "p12" → 12. */
export const paragraphNumber = (id: string): number => Number(id.replace(/^p/, ""));

/** An appeal board (Personvernnemnda) rules by decision (vedtak), not by judgment as a court does. */
const citedKind = (kind: SourceDocument["kind"], authority: Authority | undefined): SourceDocument["kind"] =>
  kind === "judgment" && authority?.kind === "appeal-board" ? "decision" : kind;

export interface DocumentCitationInput {
  doc: SourceDocument;
  authorities: ReadonlyMap<string, Authority>;
  /** Our path of the document's page (or of the paragraph on it). */
  path: string;
  site?: string | URL;
  original?: Original;
  paragraph?: string;
  sections?: ReadonlyMap<string, DecisionSection>;
}

/** The citation of a library document, or of one of its paragraphs. */
export function documentCitation({ doc, authorities, path, site, original, paragraph, sections }: DocumentCitationInput): Citation {
  const authority = doc.authority ? authorities.get(doc.authority) : undefined;
  return {
    body: authority?.name ?? doc.publisher ?? doc.title,
    kind: citedKind(doc.kind, authority),
    ...(doc.date && { date: doc.date }),
    ...(doc.reference && { reference: doc.reference }),
    ...(paragraph && { paragraph: { number: paragraphNumber(paragraph), ...(sections?.get(paragraph) && { section: sections.get(paragraph)! }) } }),
    permalink: permalink(path, site),
    ...(original && { original: original.url }),
  };
}

/**
 * The document a case is decided by: the first source that is the deciding body's decision (or
 * judgment) in the library, else the first of the body's documents, else none.
 */
export function caseDecisionDocument(record: CaseRecord, documents: ReadonlyMap<string, SourceDocument>): SourceDocument | undefined {
  const own = record.sources.map((s) => documents.get(s.document)).filter((d): d is SourceDocument => d !== undefined && d.authority === record.authority);
  return own.find((d) => (d.kind === "decision" || d.kind === "judgment") && d.inLibrary) ?? own[0];
}

/** The authority's own page of a case: recorded for the case itself, else for the document that decided it. */
export function caseOriginal(record: CaseRecord, documents: ReadonlyMap<string, SourceDocument>, originals: ReadonlyMap<string, Original>): Original | undefined {
  const decision = caseDecisionDocument(record, documents);
  return originals.get(record.id) ?? (decision && originals.get(decision.id));
}

export interface CaseCitationInput {
  record: CaseRecord;
  documents: ReadonlyMap<string, SourceDocument>;
  authorities: ReadonlyMap<string, Authority>;
  /** The case page's path. */
  path: string;
  /** The decision's date as the case record has it (src/domain/cases.ts, decisionDate). */
  date?: string;
  site?: string | URL;
  /** The authority's page of this case, or of its deciding document. */
  original?: Original;
}

/** A case's reference as a citation can use it: none where the record says no reference is known. */
export const citableReference = (reference: string): string | undefined =>
  /^(unknown|not known|no reference)\b|no journal number/i.test(reference) ? undefined : reference;

/** The citation of a case: the deciding body's decision, with our case page as the permalink. */
export function caseCitation({ record, documents, authorities, path, date, site, original }: CaseCitationInput): Citation {
  const decision = caseDecisionDocument(record, documents);
  const authority = authorities.get(record.authority);
  const kind = citedKind(decision?.kind ?? (authority?.kind === "court" ? "judgment" : "decision"), authority);
  return {
    body: authority?.name ?? record.authority,
    kind,
    ...((date ?? decision?.date) && { date: date ?? decision!.date! }),
    ...(citableReference(record.reference) && { reference: citableReference(record.reference)! }),
    permalink: permalink(path, site),
    ...(original && { original: original.url }),
  };
}
