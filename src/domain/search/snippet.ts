/**
 * The passage a result shows: the stretch of a paragraph with the most matched words, the matched
 * words marked. Built as segments of plain text, so the page renders them as text nodes; the HTML
 * form (command line, tests) escapes the source text before it adds any mark.
 */
import { tokenize } from "./tokenize.ts";

export interface SnippetSegment {
  text: string;
  hit?: true;
}

/** About this many characters around the best cluster of matches. */
export const SNIPPET_LENGTH = 240;

export function snippet(text: string, keys: ReadonlySet<string>, length = SNIPPET_LENGTH): SnippetSegment[] {
  const hits = matchRanges(text, keys);
  let start = 0;
  let end = Math.min(text.length, length);
  if (text.length > length && hits.length > 0) {
    // The window (starting a little before a hit) that holds the most hits.
    let best = 0;
    let bestCount = -1;
    for (let i = 0; i < hits.length; i++) {
      const from = Math.max(0, hits[i]![0] - 40);
      let n = 0;
      for (let j = i; j < hits.length && hits[j]![1] <= from + length; j++) n++;
      if (n > bestCount) {
        bestCount = n;
        best = from;
      }
    }
    // Close to the beginning, show the beginning.
    start = best < 60 ? 0 : best;
    end = Math.min(text.length, start + length);
    if (end === text.length) start = Math.max(0, end - length);
    // Whole words at both ends.
    if (start > 0) {
      const space = text.indexOf(" ", start);
      const firstHit = hits.find((h) => h[0] >= start)?.[0] ?? Infinity;
      if (space >= 0 && space < Math.min(start + 25, firstHit)) start = space + 1;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > end - 25 && space > start) end = space;
    }
  }
  const segments: SnippetSegment[] = [];
  if (start > 0) segments.push({ text: "… " });
  let pos = start;
  for (const [a, b] of hits) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    if (from > pos) segments.push({ text: text.slice(pos, from) });
    segments.push({ text: text.slice(from, to), hit: true });
    pos = to;
  }
  if (pos < end) segments.push({ text: text.slice(pos, end) });
  if (end < text.length) segments.push({ text: " …" });
  return segments;
}

/** Character ranges of the words whose keys are in `keys`, merged where they touch. */
export function matchRanges(text: string, keys: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const t of tokenize(text)) {
    if (!keys.has(t.key)) continue;
    const last = ranges[ranges.length - 1];
    if (last && t.start <= last[1]) last[1] = Math.max(last[1], t.end);
    else ranges.push([t.start, t.end]);
  }
  return ranges;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Segments as HTML: every piece of source text escaped, matches in <mark>. */
export function snippetHtml(segments: SnippetSegment[]): string {
  return segments.map((s) => (s.hit ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");
}

export const snippetText = (segments: SnippetSegment[]) => segments.map((s) => s.text).join("");
