/**
 * Prints a library document's cleaned paragraphs (as content/library stores them) with their ids, for writing pinpoints.
 *
 *   npm run paragraphs -- <document-id>            all paragraphs
 *   npm run paragraphs -- <document-id> "words"    only paragraphs containing the words
 */
import { loadDocuments, normaliseForQuote, readLibraryText } from "../src/domain/sources/repository.ts";

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
const cleaned = readLibraryText(doc);
for (const p of cleaned.paragraphs) {
  if (quote && !normaliseForQuote(p.text).includes(normaliseForQuote(quote))) continue;
  console.log(`#${p.id} [${p.kind}] ${p.text}\n`);
}
