/**
 * Searches the decision library from the command line, through the same index and engine as the
 * search page:
 *
 *   npm run search -- "two-factor autentication"
 *   npm run search -- "Showbie" --limit=5 --country=NO --year=2020 --fine --article=32 --body=no-datatilsynet
 *
 * Prints the top results as a JSON array: { caseId, documentId, paragraphId, score, snippet,
 * title, path }. The snippet is HTML: the source text escaped, matched words in <mark>.
 * The index is built from the library in memory (as `astro build` does), so it always matches
 * the content.
 */
import { loadLibrary } from "../src/domain/sources/repository.ts";
import { buildLibraryIndex, openIndex } from "../src/domain/search/node.ts";
import { snippetHtml } from "../src/domain/search/snippet.ts";
import type { SearchFilters } from "../src/domain/search/engine.ts";

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const query = args.filter((a) => !a.startsWith("--")).join(" ");
if (!query.trim()) {
  console.error('usage: npm run search -- "query" [--limit=10] [--country=NO] [--body=ID] [--year=2020] [--fine] [--article=32]');
  process.exit(2);
}
const filters: SearchFilters = {
  country: option("country"),
  body: option("body"),
  year: option("year"),
  fine: args.includes("--fine") || undefined,
  article: option("article"),
};

const engine = openIndex(buildLibraryIndex(loadLibrary()));
const result = await engine.search(query, { limit: Number(option("limit") ?? 10), filters });
console.log(
  JSON.stringify(
    result.hits.map((h) => ({
      caseId: h.caseId,
      documentId: h.documentId,
      paragraphId: h.paragraphId,
      score: h.score,
      snippet: snippetHtml(h.snippet),
      title: h.title,
      path: h.path,
    })),
    null,
    2,
  ),
);
