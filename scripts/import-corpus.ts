/**
 * Writes content/documents/gdprhub-nordic.json from the corpus's decisions.csv: one
 * document record per decision with the facts of GDPRhub's infobox and the sha256 of
 * the text we expect. Re-run it when the corpus snapshot changes; the build then checks
 * every text against these digests.
 *
 *   npm run import:corpus
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3-dsv";
import { corpusDir, contentDir } from "../src/domain/sources/paths.ts";
import { corpusRowToDocument } from "../src/domain/sources/corpus-import.ts";
import { authoritySchema } from "../src/domain/schema/document.ts";

const authorities = authoritySchema.array().parse(JSON.parse(readFileSync(resolve(contentDir, "authorities.json"), "utf8")));
const rows = csvParse(readFileSync(resolve(corpusDir(), "decisions.csv"), "utf8"));
const taken = new Set<string>();
const documents = rows.map((row) => corpusRowToDocument(row, authorities, taken));
mkdirSync(resolve(contentDir, "documents"), { recursive: true });
const out = resolve(contentDir, "documents/gdprhub-nordic.json");
writeFileSync(out, JSON.stringify(documents, null, 1) + "\n");
console.log(`Wrote ${documents.length} documents to ${out}`);
