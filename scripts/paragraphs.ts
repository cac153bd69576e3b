/**
 * Prints a library document's cleaned paragraphs with their ids, for writing pinpoints.
 *
 *   npm run paragraphs -- <document-id>            all paragraphs
 *   npm run paragraphs -- <document-id> "words"    only paragraphs containing the words
 */
import { sharedDir } from "../src/domain/sources/paths.ts";
import { loadDocuments, normaliseForQuote, readSourceText } from "../src/domain/sources/repository.ts";
import { cleanText } from "../src/domain/text/clean.ts";

const [id, quote] = process.argv.slice(2);
if (!id) {
  console.error("usage: npm run paragraphs -- <document-id> [words]");
  process.exit(2);
}
// Reads only the document registry, so it works while case files are half-written.
const documents = loadDocuments();
const doc = documents.get(id);
if (!doc?.text) {
  const similar = [...documents.keys()].filter((d) => d.includes(id.slice(0, 6)));
  console.error(`no document "${id}" with a text; similar ids: ${similar.join(", ") || "none"}`);
  process.exit(1);
}
const cleaned = cleanText(readSourceText(doc, sharedDir()), doc.text.format);
for (const p of cleaned.paragraphs) {
  if (quote && !normaliseForQuote(p.text).includes(normaliseForQuote(quote))) continue;
  console.log(`#${p.id} [${p.kind}] ${p.text}\n`);
}
