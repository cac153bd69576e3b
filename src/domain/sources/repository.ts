import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import { argumentKindSchema, type ArgumentKind } from "../schema/argument-kind.ts";
import { caseRecordSchema, type CaseRecord, type Pinpoint, type SourceRef } from "../schema/case.ts";
import { factorGuideSchema, type FactorGuide } from "../schema/factor-guide.ts";
import { authoritySchema, documentSchema, type Authority, type SourceDocument } from "../schema/document.ts";
import { authorityDomains, onDomain, originalSchema, type Original } from "../schema/original.ts";
import { ContentError, zodIssues, type ContentIssue } from "../schema/issues.ts";
import { z } from "../schema/zod.ts";
import { convert, parseRates, type RateTable } from "../money.ts";
import { contentLocales, localeGaps, type LocaleGap } from "../localize.ts";
import { sizePinpoints } from "../size.ts";
import type { CleanedText } from "../text/clean.ts";
import { redactionForms, type Redaction } from "../text/redact.ts";
import { asCleanedText, libraryTextSchema, type LibraryText } from "./library-text.ts";
import { contentDir as defaultContentDir, libraryDir, projectRoot, ratesFile } from "./paths.ts";

export interface LibraryOptions {
  contentDir?: string;
}

/** Everything the site is built from, checked against itself and its sources. */
export interface Library {
  authorities: Map<string, Authority>;
  documents: Map<string, SourceDocument>;
  cases: CaseRecord[];
  /** The kinds the controllers' arguments are coded with (content/argument-kinds.json), in file order. */
  argumentKinds: ArgumentKind[];
  /** Per Art. 83(2) letter: our explanation, the articles, the EDPB guideline paragraphs (content/factor-guide.json). */
  factorGuide: FactorGuide;
  rates: RateTable;
  /** The authority's own page of a decision, by library document id or case id (content/originals.json). */
  originals: Map<string, Original>;
  /** The cleaned text of a document in the library (cached). */
  text(documentId: string): CleanedText;
}

export const redactionSchema = z.object({ document: z.string().min(1), text: z.string().min(3), variants: z.array(z.string().min(3)).optional(), reason: z.string().min(3) });
const IMPORT_HINT = "run `npm run import:corpus` (it needs the raw inputs, see README)";

const display = (path: string) => relative(projectRoot, path) || path;

function readJson(file: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    issues.push({ file: display(file), field: "", message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function loadArrayFile<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import("zod").ZodError } }, issues: ContentIssue[]): T[] {
  const raw = readJson(file, issues);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ file: display(file), field: "", message: "expected an array of records" });
    return [];
  }
  return raw.flatMap((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return [parsed.data];
    const label = typeof item?.id === "string" ? `[${index}] (${item.id})` : `[${index}]`;
    issues.push(...zodIssues(display(file), parsed.error, label));
    return [];
  });
}

const jsonFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => resolve(dir, f)) : [];

const registryFile = new WeakMap<SourceDocument, string>();
/** The registry file a document record came from, for messages that name it. */
export const documentFile = (doc: SourceDocument) => registryFile.get(doc) ?? "content/documents";

/** The document registry (content/documents/*.json), without reading any text. */
export function loadDocuments(content: string = defaultContentDir, issues: ContentIssue[] = []): Map<string, SourceDocument> {
  const documents = new Map<string, SourceDocument>();
  for (const file of jsonFiles(resolve(content, "documents"))) {
    for (const doc of loadArrayFile(file, documentSchema, issues)) {
      if (documents.has(doc.id)) issues.push({ file: display(file), field: `(${doc.id})`, message: `document id "${doc.id}" is used twice` });
      documents.set(doc.id, doc);
      registryFile.set(doc, display(file));
    }
  }
  return documents;
}

/**
 * A document's cleaned, redacted text as the import stored it in content/library/, checked
 * against the digest its registry record expects (a stale library file means the import was not re-run).
 */
export function readLibraryText(doc: SourceDocument, content: string = defaultContentDir): LibraryText {
  if (!doc.text) throw new Error(`document "${doc.id}" has no source text`);
  const file = resolve(libraryDir(content), `${doc.id}.json`);
  if (!existsSync(file)) {
    throw new Error(`The library text of document "${doc.id}" is missing: expected ${display(file)}; ${IMPORT_HINT}.`);
  }
  let parsed;
  try {
    parsed = libraryTextSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    throw new Error(`${display(file)} is not valid JSON: ${(error as Error).message}; ${IMPORT_HINT}.`);
  }
  if (!parsed.success) {
    throw new Error(`${display(file)} does not fit the library text schema: ${zodIssues(display(file), parsed.error).map((i) => `${i.field}: ${i.message}`).join("; ")}`);
  }
  const stored = parsed.data;
  if (stored.id !== doc.id || stored.source.sha256 !== doc.text.sha256 || stored.source.format !== doc.text.format) {
    throw new Error(
      `The library text of document "${doc.id}" is out of date: ${display(file)} was made from sha256 ${stored.source.sha256} ` +
        `(${stored.source.format}), the registry (${documentFile(doc)}) expects ${doc.text.sha256} (${doc.text.format}); ${IMPORT_HINT}.`,
    );
  }
  return stored;
}

/** Whitespace, case and typographic quotes must not decide whether a quote is found. */
export const normaliseForQuote = (s: string) =>
  s
    .toLowerCase()
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[‐-―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

export function loadLibrary(options: LibraryOptions = {}): Library {
  const content = options.contentDir ?? defaultContentDir;
  const issues: ContentIssue[] = [];

  const authorities = new Map(
    loadArrayFile(resolve(content, "authorities.json"), authoritySchema, issues).map((a) => [a.id, a]),
  );
  const documents = loadDocuments(content, issues);
  for (const doc of documents.values()) {
    if (doc.authority && !authorities.has(doc.authority)) {
      issues.push({ file: documentFile(doc), field: `(${doc.id}).authority`, message: `unknown authority "${doc.authority}"; known: see content/authorities.json` });
    }
  }

  // Every expected text must be in the library, made from the text the registry names.
  const texts = new Map<string, LibraryText>();
  const textProblems: string[] = [];
  for (const doc of documents.values()) {
    if (!doc.text) continue;
    try {
      texts.set(doc.id, readLibraryText(doc, content));
    } catch (error) {
      textProblems.push((error as Error).message);
    }
  }
  if (textProblems.length > 0) {
    const shown = textProblems.slice(0, 10).join("\n  - ");
    const more = textProblems.length > 10 ? `\n  … and ${textProblems.length - 10} more` : "";
    throw new Error(`${textProblems.length} library text problem(s):\n  - ${shown}${more}`);
  }

  // The import removed these names; a hand edit of content/library or the registry must not bring one back.
  const redactionsFile = resolve(content, "redactions.json");
  const redactions: Redaction[] = existsSync(redactionsFile) ? loadArrayFile(redactionsFile, redactionSchema, issues) : [];
  for (const [i, r] of redactions.entries()) {
    const stored = texts.get(r.document);
    if (!stored) {
      issues.push({ file: display(redactionsFile), field: `[${i}].document`, message: `unknown document or one without text: "${r.document}"` });
      continue;
    }
    for (const form of redactionForms(r)) {
      const leak = stored.paragraphs.find((p) => p.text.includes(form));
      if (leak) issues.push({ file: `content/library/${r.document}.json`, field: leak.id, message: `holds "${form}", which content/redactions.json removes; ${IMPORT_HINT}` });
      if (documents.get(r.document)?.metadata?.parties?.includes(form)) {
        issues.push({ file: documentFile(documents.get(r.document)!), field: `(${r.document}).metadata.parties`, message: `holds "${form}", which content/redactions.json removes; ${IMPORT_HINT}` });
      }
    }
  }

  const cleaned = new Map<string, CleanedText>();
  const text = (documentId: string): CleanedText => {
    let result = cleaned.get(documentId);
    if (!result) {
      const stored = texts.get(documentId);
      if (!stored) throw new Error(`document "${documentId}" has no source text`);
      result = asCleanedText(stored);
      cleaned.set(documentId, result);
    }
    return result;
  };

  const ratesPath = ratesFile(content);
  if (!existsSync(ratesPath)) throw new Error(`ECB rate file missing: expected ${display(ratesPath)}; ${IMPORT_HINT}.`);
  const rates = parseRates(readFileSync(ratesPath, "utf8"), "ECB euro foreign exchange reference rates (eurofxref-hist)");

  const cases: CaseRecord[] = [];
  for (const file of jsonFiles(resolve(content, "cases"))) {
    const raw = readJson(file, issues);
    if (raw === undefined) continue;
    const parsed = caseRecordSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(display(file), parsed.error));
      continue;
    }
    const record = parsed.data;
    issues.push(...checkCaseReferences(record, display(file), { authorities, documents, text, rates }));
    cases.push(record);
  }
  const ids = new Set(cases.map((c) => c.id));
  for (const record of cases) {
    record.related.forEach((id, i) => {
      if (!ids.has(id)) issues.push({ file: `content/cases/${record.id}.json`, field: `related[${i}]`, message: `unknown case "${id}"` });
    });
  }

  const argumentKinds = loadArrayFile(resolve(content, "argument-kinds.json"), argumentKindSchema, issues);
  issues.push(...checkArgumentKinds(cases, argumentKinds));

  const factorGuide = loadFactorGuide(resolve(content, "factor-guide.json"), { authorities, documents, text, rates }, issues);
  const originals = loadOriginals(content, { authorities, documents, cases }, issues);

  if (issues.length > 0) throw new ContentError(issues);
  cases.sort((a, b) => (finalDate(b) ?? "").localeCompare(finalDate(a) ?? ""));
  return { authorities, documents, cases, argumentKinds, factorGuide: factorGuide!, rates, originals, text };
}

/** The factor guide, with every guideline citation checked like a case's pinpoint. */
function loadFactorGuide(file: string, ctx: CheckContext, issues: ContentIssue[]): FactorGuide | undefined {
  const raw = readJson(file, issues);
  if (raw === undefined) return undefined;
  const parsed = factorGuideSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...zodIssues(display(file), parsed.error));
    return undefined;
  }
  const add = (field: string, message: string) => issues.push({ file: display(file), field, message });
  parsed.data.factors.forEach((entry, i) =>
    entry.paragraphs.forEach((p, j) => checkSourceRef(ctx, add, `factors[${i}] (${entry.letter}).paragraphs[${j}].citedIn`, p.citedIn)),
  );
  return parsed.data;
}

/**
 * content/originals.json: every key a library document or a case, every address https and on a
 * domain of the body that decided (content/authorities.json, `url` or `domains`).
 */
export function loadOriginals(
  content: string,
  ctx: { authorities: Map<string, Authority>; documents: Map<string, SourceDocument>; cases: CaseRecord[] },
  issues: ContentIssue[],
): Map<string, Original> {
  const file = resolve(content, "originals.json");
  const originals = new Map<string, Original>();
  if (!existsSync(file)) return originals;
  const raw = readJson(file, issues);
  if (raw === undefined) return originals;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    issues.push({ file: display(file), field: "", message: "expected an object: document or case id → original" });
    return originals;
  }
  const cases = new Map(ctx.cases.map((c) => [c.id, c]));
  for (const [id, value] of Object.entries(raw)) {
    const parsed = originalSchema.safeParse(value);
    if (!parsed.success) {
      issues.push(...zodIssues(display(file), parsed.error, id));
      continue;
    }
    const original = parsed.data;
    const authorityId = ctx.documents.get(id)?.authority ?? cases.get(id)?.authority;
    if (!ctx.documents.has(id) && !cases.has(id)) {
      issues.push({ file: display(file), field: id, message: `unknown document or case "${id}"` });
      continue;
    }
    const authority = authorityId ? ctx.authorities.get(authorityId) : undefined;
    if (!authority) {
      issues.push({ file: display(file), field: id, message: `"${id}" names no authority, so its original cannot be checked` });
      continue;
    }
    const domains = authorityDomains(authority);
    if (!onDomain(original.url, domains)) {
      issues.push({ file: display(file), field: `${id}.url`, message: `${original.url} is not on a domain of ${authority.name} (${domains.join(", ") || "none listed"}; see content/authorities.json)` });
      continue;
    }
    originals.set(id, original);
  }
  return originals;
}

/** Every argument names known kinds, and every kind is used: an unused kind is a typo or a leftover. */
function checkArgumentKinds(cases: CaseRecord[], kinds: ArgumentKind[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = "content/argument-kinds.json";
  const known = new Set<string>();
  kinds.forEach((kind, i) => {
    if (known.has(kind.id)) issues.push({ file, field: `[${i}] (${kind.id})`, message: `kind id "${kind.id}" is used twice` });
    known.add(kind.id);
  });
  const used = new Set<string>();
  for (const record of cases) {
    record.arguments.forEach((a, i) =>
      a.kinds.forEach((kind, j) => {
        used.add(kind);
        if (!known.has(kind)) {
          issues.push({ file: `content/cases/${record.id}.json`, field: `arguments[${i}].kinds[${j}]`, message: `unknown argument kind "${kind}"; known: ${[...known].join(", ")}` });
        }
      }),
    );
  }
  // A description names another kind by its label, «…» in bokmål and “…” in English, as a reader
  // sees it (never by its id): a label changed on one side only would leave the reference pointing nowhere.
  const nbLabels = new Set(kinds.map((k) => k.nb.label));
  const enLabels = new Set(kinds.map((k) => k.label));
  kinds.forEach((kind, i) => {
    for (const [, named] of kind.nb.description.matchAll(/«([^»]+)»/g)) {
      if (!nbLabels.has(named!)) issues.push({ file, field: `[${i}] (${kind.id}).nb.description`, message: `«${named}» is no kind's nb label; name another kind by its nb label exactly` });
    }
    for (const [, named] of kind.description.matchAll(/“([^”]+)”/g)) {
      if (!enLabels.has(named!)) issues.push({ file, field: `[${i}] (${kind.id}).description`, message: `“${named}” is no kind's label; name another kind by its label exactly` });
    }
    for (const [, id] of kind.description.matchAll(/\(([a-z]+(?:-[a-z]+)+)\)/g)) {
      if (known.has(id!)) issues.push({ file, field: `[${i}] (${kind.id}).description`, message: `names the kind "${id}" by its id, which readers do not see; write “${kinds.find((k) => k.id === id)!.label}”` });
    }
  });
  kinds.forEach((kind, i) => {
    if (!used.has(kind.id)) issues.push({ file, field: `[${i}] (${kind.id})`, message: `kind "${kind.id}" is named by no argument; remove it or code the arguments it fits` });
  });
  return issues;
}

const localeGapMessage = (gap: LocaleGap, locale: string) =>
  gap.kind === "count"
    ? `the ${locale} block has ${gap.found} arguments, the record ${gap.expected}: give one per argument, in the same order`
    : gap.kind === "missing"
      ? `the record claims ${locale} (it has a "${locale}" block) but lacks this text in it; the English has one`
      : `the English has no such text, so the ${locale} block may not have one either`;

const finalDate = (c: CaseRecord) => c.amounts.final?.date ?? c.timeline.find((t) => t.event === "decision")?.date;

/** A reference names a known document, and a paragraph of its text that holds the quoted words. */
function checkSourceRef(ctx: CheckContext, add: (field: string, message: string) => void, field: string, ref: SourceRef | Pinpoint): void {
  const doc = ctx.documents.get(ref.document);
  if (!doc) return add(`${field}.document`, `unknown document "${ref.document}"; documents are listed in content/documents/*.json`);
  if (!ref.paragraph) return;
  if (!doc.text) return add(`${field}.paragraph`, `document "${doc.id}" has no text to point into`);
  const paragraph = ctx.text(doc.id).paragraphs.find((p) => p.id === ref.paragraph);
  if (!paragraph) {
    const stored = ctx.text(doc.id).paragraphs;
    const excerpt = stored.length > 0 && stored.at(-1)!.id !== `p${stored.length}`;
    return add(
      `${field}.paragraph`,
      excerpt
        ? `document "${doc.id}" is stored as an excerpt of its cited paragraphs (${stored.map((p) => p.id).join(", ")}) and ${ref.paragraph} is not among them; ${IMPORT_HINT} to store it`
        : `document "${doc.id}" has no paragraph ${ref.paragraph} (it has p1 to p${stored.length})`,
    );
  }
  if (ref.quote && !normaliseForQuote(paragraph.text).includes(normaliseForQuote(ref.quote))) {
    add(`${field}.quote`, `"${ref.quote}" is not in ${doc.id}#${ref.paragraph}; the paragraph starts "${paragraph.text.slice(0, 80)}…"`);
  }
}

interface CheckContext {
  authorities: Map<string, Authority>;
  documents: Map<string, SourceDocument>;
  text(documentId: string): CleanedText;
  rates: RateTable;
}

/** What zod cannot see: references between files, pinpoints into texts, legal maxima. */
export function checkCaseReferences(record: CaseRecord, file: string, ctx: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file, field, message });

  if (basename(file, ".json") !== record.id) add("id", `expected "${basename(file, ".json")}" (the file name), found "${record.id}"`);
  const authority = ctx.authorities.get(record.authority);
  if (!authority) add("authority", `unknown authority "${record.authority}"; known: ${[...ctx.authorities.keys()].join(", ")}`);
  else if (authority.country !== record.country) add("country", `authority ${authority.id} is in ${authority.country}, the record says ${record.country}`);

  const checkRef = (field: string, ref: SourceRef | Pinpoint) => checkSourceRef(ctx, add, field, ref);

  record.sources.forEach((s, i) => checkRef(`sources[${i}]`, s));
  record.timeline.forEach((t, i) => checkRef(`timeline[${i}].source`, t.source));
  for (const stage of ["notice", "final", "appeal"] as const) {
    const amount = record.amounts[stage];
    if (amount) checkRef(`amounts.${stage}.source`, amount.source);
  }
  for (const [letter, factor] of Object.entries(record.factors)) {
    if (factor.pinpoint) checkRef(`factors.${letter}.pinpoint`, factor.pinpoint);
  }
  record.arguments.forEach((a, i) => a.pinpoint && checkRef(`arguments[${i}].pinpoint`, a.pinpoint));
  for (const [part, ref] of sizePinpoints(record)) checkRef(`controller.size.${part}.pinpoint`, ref);
  const stated = record.controller.size?.stated;
  if (stated && issues.every((i) => !i.field.startsWith("controller.size.stated"))) {
    // The words are shown as the authority's: they must be in the paragraph, like a quote.
    const paragraph = ctx.text(stated.pinpoint.document).paragraphs.find((p) => p.id === stated.pinpoint.paragraph)!;
    if (!normaliseForQuote(paragraph.text).includes(normaliseForQuote(stated.words))) {
      add("controller.size.stated.words", `"${stated.words}" is not in ${stated.pinpoint.document}#${stated.pinpoint.paragraph}; quote the authority's words`);
    }
  }
  if (record.appeal?.source) checkRef("appeal.source", record.appeal.source);

  const max = record.legalMaximum;
  if (max) {
    for (const stage of ["notice", "final", "appeal"] as const) {
      const amount = record.amounts[stage];
      if (!amount) continue;
      const inMaxCurrency = convert(ctx.rates, amount.amount, amount.currency, max.currency, amount.date);
      if (!inMaxCurrency) add(`amounts.${stage}`, `no exchange rate for ${amount.currency}→${max.currency} on ${amount.date}`);
      else if (inMaxCurrency.amount > max.amount * 1.0000001) {
        add(
          `amounts.${stage}.amount`,
          `${amount.amount} ${amount.currency} is above the legal maximum of ${max.amount} ${max.currency} (${max.basis})`,
        );
      }
    }
  }
  if (record.outcome === "fine" && !record.amounts.final) add("amounts.final", 'an outcome of "fine" needs the final amount');
  for (const locale of contentLocales) {
    for (const gap of localeGaps(record, locale)) add(gap.path, localeGapMessage(gap, locale));
  }
  return issues;
}
