import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import { caseRecordSchema, type CaseRecord, type Pinpoint, type SourceRef } from "../schema/case.ts";
import { authoritySchema, documentSchema, type Authority, type SourceDocument } from "../schema/document.ts";
import { ContentError, zodIssues, type ContentIssue } from "../schema/issues.ts";
import { convert, parseRates, type RateTable } from "../money.ts";
import { cleanText, type CleanedText } from "../text/clean.ts";
import { REDACTED, redact, type Redaction } from "../text/redact.ts";
import { z } from "zod";
import { contentDir as defaultContentDir, projectRoot, ratesFile, SHARED_ENV, sharedDir } from "./paths.ts";

export interface LibraryOptions {
  contentDir?: string;
  sharedDir?: string;
}

/** Everything the site is built from, checked against itself and its sources. */
export interface Library {
  authorities: Map<string, Authority>;
  documents: Map<string, SourceDocument>;
  cases: CaseRecord[];
  rates: RateTable;
  /** The cleaned text of a document in the library (cached). */
  text(documentId: string): CleanedText;
}

const redactionSchema = z.object({ document: z.string().min(1), text: z.string().min(3), variants: z.array(z.string().min(3)).optional(), reason: z.string().min(3) });

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

/** Checks a source text against the digest the document record expects. */
export function readSourceText(doc: SourceDocument, shared: string): string {
  if (!doc.text) throw new Error(`document "${doc.id}" has no source text`);
  const path = resolve(shared, doc.text.path);
  if (!existsSync(path)) {
    throw new Error(
      `Source text for document "${doc.id}" is missing: expected ${path}. ` +
        `Source texts are not committed: put the shared folder beside the checkout (../shared) or set ${SHARED_ENV} to it.`,
    );
  }
  const bytes = readFileSync(path);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== doc.text.sha256) {
    throw new Error(
      `Source text for document "${doc.id}" has changed: ${path} has sha256 ${digest}, the record expects ${doc.text.sha256}. ` +
        `Restore the original file, or if the corpus was updated on purpose re-run \`npm run import:corpus\` and re-check every pinpoint.`,
    );
  }
  return bytes.toString("utf8");
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
  const shared = options.sharedDir ?? sharedDir();
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

  // Every expected source text must be present and unchanged before anything is built on it.
  const rawTexts = new Map<string, string>();
  const sourceProblems: string[] = [];
  for (const doc of documents.values()) {
    if (!doc.text) continue;
    try {
      rawTexts.set(doc.id, readSourceText(doc, shared));
    } catch (error) {
      sourceProblems.push((error as Error).message);
    }
  }
  if (sourceProblems.length > 0) {
    const shown = sourceProblems.slice(0, 10).join("\n  - ");
    const more = sourceProblems.length > 10 ? `\n  … and ${sourceProblems.length - 10} more` : "";
    throw new Error(`${sourceProblems.length} source text problem(s):\n  - ${shown}${more}`);
  }

  // Names of private people that a published text prints: removed from everything we show.
  const redactionsFile = resolve(content, "redactions.json");
  const redactions: Redaction[] = existsSync(redactionsFile)
    ? loadArrayFile(redactionsFile, redactionSchema, issues)
    : [];
  for (const [i, r] of redactions.entries()) {
    if (!documents.get(r.document)?.text) {
      issues.push({ file: display(redactionsFile), field: `[${i}].document`, message: `unknown document or one without text: "${r.document}"` });
    }
  }

  // GDPRhub's list of parties is shown too: the same names come out of it.
  const matchedInParties = new Set<Redaction>();
  for (const r of redactions) {
    const doc = documents.get(r.document);
    if (doc?.metadata?.parties?.includes(r.text)) {
      doc.metadata.parties = doc.metadata.parties.split(r.text).join(REDACTED);
      matchedInParties.add(r);
    }
  }

  const cleaned = new Map<string, CleanedText>();
  const text = (documentId: string): CleanedText => {
    let result = cleaned.get(documentId);
    if (!result) {
      const doc = documents.get(documentId);
      const raw = rawTexts.get(documentId);
      if (!doc?.text || raw === undefined) throw new Error(`document "${documentId}" has no source text`);
      result = cleanText(raw, doc.text.format);
      const rules = redactions.filter((r) => r.document === documentId);
      if (rules.length > 0) {
        const redacted = redact(result.paragraphs, rules);
        const stale = rules.filter((r, i) => redacted.hits[i] === 0 && !matchedInParties.has(r));
        if (stale.length > 0) {
          throw new Error(
            `content/redactions.json: "${stale.map((r) => r.text).join('", "')}" no longer occurs in ${documentId}; ` +
              `check the text and fix the rule so the name stays removed.`,
          );
        }
        result = { ...result, paragraphs: redacted.paragraphs };
      }
      cleaned.set(documentId, result);
    }
    return result;
  };

  const ratesPath = options.sharedDir ? resolve(shared, "data/ecb-eurofxref-nordic.csv") : ratesFile();
  if (!existsSync(ratesPath)) throw new Error(`ECB rate file missing: expected ${ratesPath} (see README, ${SHARED_ENV}).`);
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

  if (issues.length > 0) throw new ContentError(issues);
  cases.sort((a, b) => (finalDate(b) ?? "").localeCompare(finalDate(a) ?? ""));
  return { authorities, documents, cases, rates, text };
}

const finalDate = (c: CaseRecord) => c.amounts.final?.date ?? c.timeline.find((t) => t.event === "decision")?.date;

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

  const checkRef = (field: string, ref: SourceRef | Pinpoint) => {
    const doc = ctx.documents.get(ref.document);
    if (!doc) return add(`${field}.document`, `unknown document "${ref.document}"; documents are listed in content/documents/*.json`);
    if (!ref.paragraph) return;
    if (!doc.text) return add(`${field}.paragraph`, `document "${doc.id}" has no text to point into`);
    const paragraph = ctx.text(doc.id).paragraphs.find((p) => p.id === ref.paragraph);
    if (!paragraph) {
      const count = ctx.text(doc.id).paragraphs.length;
      return add(`${field}.paragraph`, `document "${doc.id}" has no paragraph ${ref.paragraph} (it has p1 to p${count})`);
    }
    if (ref.quote && !normaliseForQuote(paragraph.text).includes(normaliseForQuote(ref.quote))) {
      add(`${field}.quote`, `"${ref.quote}" is not in ${doc.id}#${ref.paragraph}; the paragraph starts "${paragraph.text.slice(0, 80)}…"`);
    }
  };

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
  return issues;
}
