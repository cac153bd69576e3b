import type { Paragraph } from "./clean.ts";

/** A name of a private person that a source text prints and we must not republish. */
export interface Redaction {
  document: string;
  text: string;
  reason: string;
}

export const REDACTED = "[name removed]";

/**
 * Replaces each redacted string in a document's paragraphs. Returns how often each rule
 * matched, so a rule that no longer matches (the text or its cleaning changed) is caught.
 */
export function redact(paragraphs: Paragraph[], rules: Redaction[]): { paragraphs: Paragraph[]; hits: number[] } {
  const hits = rules.map(() => 0);
  const out = paragraphs.map((p) => {
    let text = p.text;
    rules.forEach((rule, i) => {
      const parts = text.split(rule.text);
      hits[i]! += parts.length - 1;
      text = parts.join(REDACTED);
    });
    return text === p.text ? p : { ...p, text };
  });
  return { paragraphs: out, hits };
}
