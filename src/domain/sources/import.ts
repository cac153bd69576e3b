/**
 * The ingest step: reads the raw inputs (the GDPRhub corpus, the seed documents, the ECB rates),
 * cleans and redacts every text, and writes the library into content/ as our own data. The build
 * reads only what this writes; a changed raw text is caught here, by its sha256.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3-dsv";
import { authoritySchema, type SourceDocument } from "../schema/document.ts";
import { formatIssue, type ContentIssue } from "../schema/issues.ts";
import { cleanText } from "../text/clean.ts";
import { REDACTED, redact, redactionForms, type Redaction } from "../text/redact.ts";
import { corpusRowToDocument } from "./corpus-import.ts";
import { serializeLibraryText, type LibraryText } from "./library-text.ts";
import { libraryDir, ratesFile } from "./paths.ts";
import { loadDocuments, redactionSchema } from "./repository.ts";

export interface ImportOptions {
  /** Where our data is written (content/). */
  contentDir: string;
  /** The shared raw inputs: seeds/ and data/ (and the corpus unless `corpusDir` is given). */
  sharedDir: string;
  /** The GDPRhub corpus: decisions.csv and texts/. */
  corpusDir: string;
}

export interface ImportSummary {
  documents: number;
  texts: number;
  paragraphs: number;
  excerpts: number;
  redactions: number;
  removedFiles: string[];
}

/** The corpus's registry file: generated from decisions.csv, never edited by hand. */
export const CORPUS_REGISTRY = "documents/gdprhub-nordic.json";
const CORPUS_PREFIX = "corpus/gdprhub-nordic/";

export const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/** Paragraph ids that case records point into, per document (for excerpts). */
export function citedParagraphs(content: string): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const ref = node as { document?: unknown; paragraph?: unknown };
    if (typeof ref.document === "string" && typeof ref.paragraph === "string") {
      if (!cited.has(ref.document)) cited.set(ref.document, new Set());
      cited.get(ref.document)!.add(ref.paragraph);
    }
    Object.values(node).forEach(visit);
  };
  const dir = resolve(content, "cases");
  for (const f of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : []) {
    visit(JSON.parse(readFileSync(resolve(dir, f), "utf8")));
  }
  return cited;
}

export function importLibrary(options: ImportOptions): ImportSummary {
  const { contentDir, sharedDir, corpusDir } = options;
  const problems: string[] = [];
  const readJson = (file: string) => JSON.parse(readFileSync(resolve(contentDir, file), "utf8"));

  // 1. The corpus registry, from decisions.csv, with the digest of the text actually present.
  const authorities = authoritySchema.array().parse(readJson("authorities.json"));
  const rows = csvParse(readFileSync(resolve(corpusDir, "decisions.csv"), "utf8"));
  const taken = new Set<string>();
  const corpusDocs = rows.map((row) => corpusRowToDocument(row, authorities, taken));
  const redactions: Redaction[] = existsSync(resolve(contentDir, "redactions.json"))
    ? redactionSchema.array().parse(readJson("redactions.json"))
    : [];
  const rawPath = (doc: SourceDocument) =>
    doc.text!.path.startsWith(CORPUS_PREFIX)
      ? resolve(corpusDir, doc.text!.path.slice(CORPUS_PREFIX.length))
      : resolve(sharedDir, doc.text!.path);

  const raw = new Map<string, Buffer>();
  for (const doc of corpusDocs) {
    const path = rawPath(doc);
    if (!existsSync(path)) {
      problems.push(`${doc.id}: the corpus lists ${doc.text!.path}, which is missing at ${path}`);
      continue;
    }
    const bytes = readFileSync(path);
    const digest = sha256(bytes);
    if (digest !== doc.text!.sha256) {
      problems.push(`${doc.id}: decisions.csv gives sha256 ${doc.text!.sha256} for ${doc.text!.path}, the file has ${digest}`);
    }
    raw.set(doc.id, bytes);
  }

  // GDPRhub's list of parties is shown too: the same names come out of it.
  const partiesHits = new Set<Redaction>();
  for (const doc of corpusDocs) {
    for (const r of redactions.filter((r) => r.document === doc.id)) {
      for (const form of redactionForms(r)) {
        if (doc.metadata?.parties?.includes(form)) {
          doc.metadata.parties = doc.metadata.parties.split(form).join(REDACTED);
          partiesHits.add(r);
        }
      }
    }
  }
  mkdirSync(resolve(contentDir, "documents"), { recursive: true });
  writeFileSync(resolve(contentDir, CORPUS_REGISTRY), JSON.stringify(corpusDocs, null, 1) + "\n");

  // 2. Every document with a text (corpus, seeds, other registries), cleaned and redacted.
  const issues: ContentIssue[] = [];
  const documents = loadDocuments(contentDir, issues);
  problems.push(...issues.map(formatIssue));
  for (const r of redactions) {
    if (!documents.get(r.document)?.text) problems.push(`content/redactions.json: unknown document or one without text: "${r.document}"`);
  }
  const cited = citedParagraphs(contentDir);
  const outDir = libraryDir(contentDir);
  mkdirSync(outDir, { recursive: true });
  const written = new Set<string>();
  const summary: ImportSummary = { documents: documents.size, texts: 0, paragraphs: 0, excerpts: 0, redactions: 0, removedFiles: [] };

  for (const doc of [...documents.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!doc.text) continue;
    let bytes = raw.get(doc.id);
    if (!bytes) {
      const path = rawPath(doc);
      if (!existsSync(path)) {
        problems.push(`${doc.id}: raw text missing at ${path}`);
        continue;
      }
      bytes = readFileSync(path);
      const digest = sha256(bytes);
      if (digest !== doc.text.sha256) {
        problems.push(
          `${doc.id}: ${doc.text.path} has sha256 ${digest}, its registry expects ${doc.text.sha256}: ` +
            `restore the file, or if it changed on purpose update the digest and re-check every pinpoint into it`,
        );
        continue;
      }
    }
    const cleaned = cleanText(bytes.toString("utf8"), doc.text.format);
    const rules = redactions.filter((r) => r.document === doc.id);
    let redacted: ReturnType<typeof redact>;
    try {
      redacted = redact(cleaned.paragraphs, rules);
    } catch (error) {
      // A variant gone stale, or a form of a redacted name still printed: both name the document.
      problems.push((error as Error).message);
      continue;
    }
    const { paragraphs, hits } = redacted;
    const stale = rules.filter((r, i) => hits[i] === 0 && !partiesHits.has(r));
    if (stale.length > 0) {
      problems.push(
        `content/redactions.json: "${stale.map((r) => r.text).join('", "')}" no longer occurs in ${doc.id}; ` +
          `check the text and fix the rule so the name stays removed`,
      );
    }
    const keep = doc.inLibrary ? undefined : (cited.get(doc.id) ?? new Set<string>());
    const text: LibraryText = {
      id: doc.id,
      source: doc.text,
      excerpt: keep !== undefined,
      hasDecisionText: cleaned.hasDecisionText,
      removed: cleaned.removed,
      redacted: hits.reduce((a, b) => a + b, 0),
      paragraphs: keep ? paragraphs.filter((p) => keep.has(p.id)) : paragraphs,
    };
    writeFileSync(resolve(outDir, `${doc.id}.json`), serializeLibraryText(text));
    written.add(`${doc.id}.json`);
    summary.texts++;
    summary.paragraphs += text.paragraphs.length;
    summary.redactions += text.redacted;
    if (text.excerpt) summary.excerpts++;
  }
  // Stale files go only when every text was written: a failed import must not delete texts.
  for (const f of problems.length === 0 ? readdirSync(outDir) : []) {
    if (!written.has(f)) {
      rmSync(resolve(outDir, f));
      summary.removedFiles.push(f);
    }
  }

  // 3. The ECB rates, as published (facts: copied, not edited).
  const rates = resolve(sharedDir, "data/ecb-eurofxref-nordic.csv");
  if (!existsSync(rates)) problems.push(`ECB rate file missing at ${rates}`);
  else {
    mkdirSync(resolve(ratesFile(contentDir), ".."), { recursive: true });
    copyFileSync(rates, ratesFile(contentDir));
  }

  if (problems.length > 0) throw new Error(`The import found ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
  return summary;
}
