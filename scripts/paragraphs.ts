/**
 * Prints a library document's cleaned paragraphs with their ids, for writing pinpoints.
 *
 *   npm run paragraphs -- <document-id>            all paragraphs
 *   npm run paragraphs -- <document-id> "words"    only paragraphs containing the words
 */
import { normaliseForQuote } from "../src/domain/sources/repository.ts";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { documentSchema } from "../src/domain/schema/document.ts";
import { contentDir, sharedDir } from "../src/domain/sources/paths.ts";
import { readSourceText } from "../src/domain/sources/repository.ts";
import { cleanText } from "../src/domain/text/clean.ts";
import { readdirSync } from "node:fs";

const [id, quote] = process.argv.slice(2);
if (!id) {
  console.error("usage: npm run paragraphs -- <document-id> [words]");
  process.exit(2);
}
// Reads the document registry directly so it works while case files are half-written.
const docs = readdirSync(resolve(contentDir, "documents"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(resolve(contentDir, "documents", f), "utf8")) as unknown[])
  .map((d) => documentSchema.parse(d));
const doc = docs.find((d) => d.id === id);
if (!doc?.text) {
  console.error(`no document "${id}" with a text; try one of: ${docs.filter((d) => d.id.includes(id.slice(0, 6))).map((d) => d.id).join(", ")}`);
  process.exit(1);
}
const cleaned = cleanText(readSourceText(doc, sharedDir()), doc.text.format);
for (const p of cleaned.paragraphs) {
  if (quote && !normaliseForQuote(p.text).includes(normaliseForQuote(quote))) continue;
  console.log(`#${p.id} [${p.kind}] ${p.text}\n`);
}
