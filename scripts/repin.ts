/**
 * After a deliberate change to text cleaning (and `npm run import:corpus`), moves each pinpoint whose quote has left its
 * paragraph to the one paragraph that now holds the quote, and prints every move for review.
 * A quote found in no paragraph, or in several, is left alone and reported: a person decides.
 *
 *   npm run repin            report and rewrite content/cases/*.json
 *   npm run repin -- --dry   report only
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { contentDir } from "../src/domain/sources/paths.ts";
import { loadDocuments, normaliseForQuote, readLibraryText } from "../src/domain/sources/repository.ts";
import type { Paragraph } from "../src/domain/text/clean.ts";

const dry = process.argv.includes("--dry");
const documents = loadDocuments();
const paragraphsCache = new Map<string, Paragraph[]>();
function paragraphs(id: string): Paragraph[] | undefined {
  const doc = documents.get(id);
  if (!doc?.text) return undefined;
  if (!paragraphsCache.has(id)) paragraphsCache.set(id, readLibraryText(doc).paragraphs);
  return paragraphsCache.get(id);
}

let moved = 0;
let unresolved = 0;
const casesDir = resolve(contentDir, "cases");
for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".json")).sort()) {
  const path = resolve(casesDir, file);
  const record = JSON.parse(readFileSync(path, "utf8"));
  let changed = false;
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
    if (!node || typeof node !== "object") return;
    const ref = node as { document?: string; paragraph?: string; quote?: string };
    if (typeof ref.document === "string" && typeof ref.paragraph === "string" && typeof ref.quote === "string") {
      const paras = paragraphs(ref.document);
      const quote = normaliseForQuote(ref.quote);
      const current = paras?.find((p) => p.id === ref.paragraph);
      if (paras && !(current && normaliseForQuote(current.text).includes(quote))) {
        const hits = paras.filter((p) => normaliseForQuote(p.text).includes(quote));
        if (hits.length === 1) {
          console.log(`${file} ${where}: ${ref.paragraph} → ${hits[0]!.id} ("${ref.quote}")`);
          ref.paragraph = hits[0]!.id;
          changed = true;
          moved++;
        } else {
          console.log(`${file} ${where}: "${ref.quote}" found in ${hits.length ? hits.map((h) => h.id).join(", ") : "no paragraph"} of ${ref.document}: fix by hand`);
          unresolved++;
        }
      }
    }
    for (const [key, value] of Object.entries(node)) if (typeof value === "object") visit(value, where ? `${where}.${key}` : key);
  };
  visit(record, "");
  if (changed && !dry) writeFileSync(path, JSON.stringify(record, null, 2) + "\n");
}
console.log(`${moved} pinpoint(s) moved${dry ? " (dry run)" : ""}, ${unresolved} to fix by hand`);
if (unresolved > 0) process.exitCode = 1;
