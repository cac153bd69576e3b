import { z } from "zod";
import { sourceTextSchema } from "../schema/document.ts";
import type { CleanedText } from "../text/clean.ts";

/**
 * One document's text as the library stores it in content/library/<id>.json: written by
 * `npm run import:corpus` from the raw text, read by the build. The build never sees raw texts.
 */
export const libraryTextSchema = z.object({
  id: z.string().min(1),
  /** Provenance: where the raw text was, its sha256, format and language (as in the registry). */
  source: sourceTextSchema,
  /**
   * Texts we cite but do not republish (news articles, GDPRhub's own pages) keep only the
   * paragraphs that case records point into.
   */
  excerpt: z.boolean(),
  hasDecisionText: z.boolean(),
  /** What cleaning took out (letterheads, contact details …), for the decision page's notice. */
  removed: z.array(z.string()),
  /** How many names of private people were replaced (content/redactions.json). */
  redacted: z.number().int().nonnegative(),
  paragraphs: z.array(
    z.object({
      id: z.string().regex(/^p[1-9]\d*$/, { message: 'expected a paragraph id like "p12"' }),
      kind: z.enum(["heading", "paragraph", "list-item"]),
      text: z.string().min(1),
    }),
  ),
});
export type LibraryText = z.infer<typeof libraryTextSchema>;

/** The part the site uses, in the shape the text cleaner returns. */
export const asCleanedText = (t: LibraryText): CleanedText => ({
  paragraphs: t.paragraphs,
  hasDecisionText: t.hasDecisionText,
  removed: t.removed,
});

/**
 * Stable, diff-friendly JSON: fixed key order, one paragraph per line, so a cleaning change or
 * a new redaction shows in a review as the paragraphs it touched.
 */
export function serializeLibraryText(t: LibraryText): string {
  const { paragraphs, ...head } = libraryTextSchema.parse(t);
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const body = paragraphs.map((p) => `    ${JSON.stringify({ id: p.id, kind: p.kind, text: p.text })}`).join(",\n");
  lines.push(`  "paragraphs": [${paragraphs.length ? `\n${body}\n  ` : ""}]`);
  return `{\n${lines.join(",\n")}\n}\n`;
}
