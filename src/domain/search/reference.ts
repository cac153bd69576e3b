/**
 * The bodies' case references ("20/02191", "DI-2019-3839", "Mål nr 4413-22") as search sees them.
 * A reference typed exactly jumps to its record (engine.ts), so only what looks like one may count:
 * digits with the separators of the authorities' numbering, never a title or an ordinary word. Some
 * reference fields hold a title or a note instead ("To kommuner indstillet til bøde"); they yield
 * nothing, or "right to erasure" would jump to a Danish press release.
 */

const DASHES = /[‐-―−]/g;

/** Words a reference may be introduced by, dropped when comparing: "Ref. 20/02191", "Mål nr 4413-22", "Case no. 2021101963". */
const LEAD = /^(?:(?:ref|reference|case|sak|saksnr|mål|mál|dnr|diarienr|j\.?nr|journalnr|no|nr)[:.]?)+/;

/** References compare without case, spaces, labels or the dashes' variants: "di 2019-3839". */
export function referenceKey(text: string): string {
  return text.toLowerCase().replace(DASHES, "-").replace(/\s+/g, "").replace(LEAD, "");
}

/** Letters and digits joined by the numbering's separators: "20/02191-1", "KHO:2024:115", "1094/03.04.04.04.01/2022". */
const CHUNK = /^[\p{L}\p{N}]+(?:[-/:.][\p{L}\p{N}]+)*$/u;
/** A date is not a reference: "30-06-2020", "2020-06-30". */
const DATE = /^(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}|(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-\d{1,2})$/;
/** Nor is a span of years, "2018–2021". */
const YEARS = /^((?:19|20)\d{2})-((?:19|20)\d{2})$/;
/** A court's series number written with spaces: "AD 2021 nr 23", "NJA 2019 s. 123". */
const SERIES = /^\p{L}{1,4}\s+(?:19|20)\d{2}\s+(?:nr\.?|s\.?)\s*\d+$/iu;

/**
 * Whether one word-like chunk is shaped like a reference: digits joined by - / : ("4413-22",
 * "DI-2019-3839"), a long number ("2021101963") or letters and digits run together
 * ("AR300186895"). Not a year, an article number, an amount or a date.
 */
export function isReferenceToken(chunk: string): boolean {
  const t = trimChunk(chunk);
  if (!CHUNK.test(t) || !/\d/.test(t) || DATE.test(t)) return false;
  const years = YEARS.exec(t);
  if (years && Number(years[2]) > Number(years[1])) return false;
  if (/[-/:]/.test(t)) return true;
  if (/^\d+$/.test(t)) return t.length >= 6;
  return /\p{L}/u.test(t) && !t.includes(".") && t.length >= 6;
}

/** The chunks of a text that are shaped like references. */
export function referenceTokens(text: string): string[] {
  return unique(text.replace(DASHES, "-").replace(/(\d)\s*\/\s*(\d)/g, "$1/$2").split(/[\s,;&]+/).map(trimChunk).filter(isReferenceToken));
}

/**
 * What a reference field can be typed as. Its own reference: the field as written, its part before
 * any note in brackets ("20/02191-1 KBK (reference on the letter)" → also "20/02191-1 KBK") and
 * each reference in that part. Then the references in its notes ("2022-03 (20/02375)" →
 * "20/02375"; "11 complaints (2018–2021) decided together, including 5041/157/19" → "5041/157/19"),
 * which jump after the records whose own reference they are. A field that holds no reference
 * gives nothing.
 */
export function referenceParts(field: string): { own: string[]; notes: string[] } {
  const written = field.trim();
  const head = written.split("(")[0]!.trim().replace(/[\s,;:]+$/, "");
  const tokens = referenceTokens(head);
  const own = tokens.length > 0 || SERIES.test(head) ? unique([written, head, ...tokens].filter(Boolean)) : [];
  const notes = referenceTokens(written).filter((t) => !own.includes(t));
  return { own, notes };
}

/** Every form of a reference field, its own first (see referenceParts). */
export function referenceForms(field: string): string[] {
  const { own, notes } = referenceParts(field);
  return [...own, ...notes];
}

/** Whether a whole query may be a reference typed in full: it holds a digit. */
export const mayBeReference = (text: string) => /\d/.test(text);

function trimChunk(chunk: string): string {
  return chunk
    .replace(DASHES, "-")
    .replace(/^[([{"'“‘]+/, "")
    .replace(/[)\]}"'”’.,;:]+$/, "");
}

const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];
