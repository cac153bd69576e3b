/**
 * The ingest step. Reads the raw inputs — the GDPRhub corpus (`$ART83_CORPUS`, default
 * ../shared/corpus/gdprhub-nordic), the seed documents and the ECB rates (`$ART83_SHARED`,
 * default ../shared) — and writes our library into content/:
 *   content/documents/gdprhub-nordic.json   one record per corpus decision (GDPRhub's infobox facts, sha256)
 *   content/library/<document-id>.json      cleaned, redacted paragraphs with stable ids, with provenance
 *   content/rates/ecb-eurofxref-nordic.csv  the ECB reference rates
 * The output is deterministic: the same inputs give byte-identical files. Re-run it when the corpus,
 * a seed, content/redactions.json or the text cleaning changes, then review the diff.
 *
 *   npm run import:corpus
 */
import { contentDir, corpusDir, sharedDir } from "../src/domain/sources/paths.ts";
import { importLibrary } from "../src/domain/sources/import.ts";

const started = performance.now();
try {
  const s = importLibrary({ contentDir, sharedDir: sharedDir(), corpusDir: corpusDir() });
  console.log(
    `Imported ${s.texts} texts (${s.excerpts} as excerpts of the cited paragraphs) of ${s.documents} documents: ` +
      `${s.paragraphs} paragraphs, ${s.redactions} names removed` +
      (s.removedFiles.length ? `; removed ${s.removedFiles.length} stale file(s): ${s.removedFiles.join(", ")}` : "") +
      ` (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
