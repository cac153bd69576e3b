/**
 * Contact details as they are written in the decisions: e-mail addresses, also in the spelled-out
 * forms that keep them from harvesters ("anu.talus(at)om.fi", "name [at] domain.se", "name at
 * domain dot no"), and Nordic phone numbers. Shared by the ingest filter (text/clean.ts), which
 * removes them, and the check of the built site (scan.ts), which must find none.
 */

// ---------------------------------------------------------------------------------------------
// E-mail addresses

const LOCAL_CHAR = String.raw`[\p{L}\p{N}_%+\-]`;
/** The local part: not preceded by another address character, no leading or trailing dot. */
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL_CHAR}+(?:\.${LOCAL_CHAR}+)*`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;

/** What stands for "@" inside brackets: "(at)", "[at]", "(ät)", "(a)", "(snabel-a)", "{@}". */
const AT_WORD = String.raw`(?:[Aa][Tt]|[Ää][Tt]|[Ææ][Tt]|[Ss]nabel-?[Aa]|[Kk]røll-?alfa|@)`;
const BRACKET_AT = String.raw`(?: ?[(\[{<] ?${AT_WORD} ?[)\]}>] ?|[(\[][Aa][)\]])`;
/** "@" with a space either side, as PDF extraction and some writers leave it. */
const SPACED_AT = String.raw`(?: ?@ ?)`;
/** The word for "@" between spaces: "name at domain dot no", "namn snabel-a domän punkt se". */
const SPELLED_AT = String.raw`(?: (?:at|AT|ät|snabel-?a|krøllalfa) )`;

/** What stands for "." in a spelled-out address: "(dot)", "[dot]", " dot ", " punkt ", " piste ". */
const DOT_WORD = String.raw`(?:dot|DOT|Dot|punkt|punktum|piste|prikk|prik|punktur)`;
const SPELLED_DOT = String.raw`(?: ?[(\[{<] ?(?:${DOT_WORD}|\.) ?[)\]}>] ?| ${DOT_WORD} )`;
const ANY_DOT = String.raw`(?:\.| \. |${SPELLED_DOT})`;
/** In a written-out address the top-level domain must look like one (lower case or all capitals). */
const TLD = String.raw`(?:[a-z]{2,6}|[A-Z]{2,6})(?![\p{L}\p{N}])`;

/** An ordinary address: name@domain.tld. */
const PLAIN_EMAIL = String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`;
/**
 * An address written out so machines do not read it: the at-sign in brackets or between spaces,
 * the dots as words or between spaces. The spelled "at" of "name at domain dot no" counts only
 * with a spelled dot, so "at CDON.com" or "at helsenorge.no" (a web site) are left alone.
 */
const WRITTEN_EMAIL = String.raw`${LOCAL}(?:(?:${BRACKET_AT}|${SPACED_AT})${LABEL}(?:${ANY_DOT}${LABEL})*${ANY_DOT}${TLD}|${SPELLED_AT}${LABEL}(?:${ANY_DOT}${LABEL})*${SPELLED_DOT}${TLD})`;

/** Any e-mail address, in either form. */
const EMAIL = String.raw`(?:${WRITTEN_EMAIL}|${PLAIN_EMAIL})`;

const BRACKET_AT_HINT = /@|[(\[{<] ?(?:[AaÄäÆæ][Tt]|[Ss]nabel|[Kk]røll)|[(\[][Aa][)\]]/;
const SPELLED_AT_HINT = / (?:at|AT|ät|snabel-?a|krøllalfa) /;
const SPELLED_DOT_HINT = new RegExp(DOT_WORD);

/** Cheap pre-test: a text that fails it holds no address in any form. */
export function mayHoldEmail(text: string): boolean {
  return BRACKET_AT_HINT.test(text) || (SPELLED_AT_HINT.test(text) && SPELLED_DOT_HINT.test(text));
}

/** Where an address may stand: an at-sign, a bracketed "at", or a spelled "at" with a spelled dot not far after. */
const ANCHOR = new RegExp(
  String.raw`@|[(\[{<] ?(?:[AaÄäÆæ][Tt]|[Ss]nabel|[Kk]røll)|[(\[][Aa][)\]]|${SPELLED_AT}(?=[^\n]{1,100}?${SPELLED_DOT})`,
  "gu",
);
const EMAIL_RE = new RegExp(EMAIL, "gu");
/** Characters of an address on either side of its at-sign that a window around the anchor covers. */
const BEFORE = 80;
const AFTER = 160;

/**
 * The e-mail addresses in a text, in any written form. Searches only around the places an
 * address can stand, so a page of ordinary prose ("at the school") costs one quick pass.
 */
export function findEmails(text: string): { text: string; index: number }[] {
  if (!mayHoldEmail(text)) return [];
  const out: { text: string; index: number }[] = [];
  let covered = 0;
  for (const anchor of text.matchAll(ANCHOR)) {
    const at = anchor.index!;
    if (at < covered) continue;
    const start = Math.max(0, at - BEFORE, covered);
    const window = text.slice(start, at + AFTER);
    EMAIL_RE.lastIndex = 0;
    for (let m = EMAIL_RE.exec(window); m; m = EMAIL_RE.exec(window)) {
      const from = start + m.index;
      const to = from + m[0].length;
      if (to <= at) continue;
      if (from > at + anchor[0].length) break;
      out.push({ text: m[0], index: from });
      covered = to;
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers (for the check of the built site; the ingest filter has its own, broader rules)

/** The Nordic country codes: Denmark, Sweden, Norway, Iceland, Finland (with Åland). */
const COUNTRY_CODE = String.raw`(?:45|46|47|354|358)`;
const INTERNATIONAL = String.raw`(?:\(\+${COUNTRY_CODE}\)|\+${COUNTRY_CODE}|(?<![\p{N}\-/.])00 ?${COUNTRY_CODE})[ \-]?(?:\(0\)[ \-]?)?\d(?:[ \-]?\d){4,11}`;
// An abbreviation may take a full stop ("Tel. 22 39 69 00"); a full word may not, or "… by
// telephone. 2020010382" would read a case number as the phone number. Matched against the
// text just before a number, so it ends the slice.
const PHONE_LABEL_BEFORE = /(?<![\p{L}\p{N}])(?:(?:tel|tlf|puh|mob|fax)\.?|telefon|telephone|phone|mobile?|mobil|gsm|telefax|switchboard|sentralbord|växel|vaihde|puhelin|sími|simi)(?:[ \t]*:)?[ \t]*(?:(?:number|no\.?|nr\.?|nummer|numero|nro)[ \t]*:?[ \t]*)?$/iu;
/** Any run of digits that could be a phone number; a label before it decides. */
const NUMBER_RUN = /(?<![\p{N}+])\+?\(?\d[\d ()\-]{4,}\d/gu;
/**
 * Unlabelled, only in the groupings the Nordic countries print their numbers in:
 * "22 39 69 00" (NO, DK), "468 88 911" (NO mobile), "029 566 6766", "040 123 4567" (FI),
 * "08-657 61 00", "063-14 34 66", "0771-123 456" (SE). Amounts ("12 500 000") do not group so,
 * and a number starting with 0 is no amount.
 */
const GROUPED = String.raw`\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3}|0\d{1,3}[ \-]\d{2,4}(?: \d{2,4}){1,2}|0\d{1,3}-\d{5,8}`;
const BARE_BEFORE = String.raw`(?<![\p{L}\p{N}.,/+§\-]|\d )`;
const BARE_AFTER = String.raw`(?![\p{L}\p{N}]| \d|[.,/\-]\d)`;
const UNLABELLED_RE = new RegExp(String.raw`${INTERNATIONAL}|${BARE_BEFORE}(?:${GROUPED})${BARE_AFTER}`, "gu");
const PHONE_HINT = /\d{2}/;
const LABEL_WINDOW = 40;

/** "01 02 2020", "2020-05-12": a date, not a phone number. */
const SPACED_DATE = /^(?:(?:0?[1-9]|[12]\d|3[01])[ .\-](?:0?[1-9]|1[0-2])[ .\-](?:19|20)\d\d|(?:19|20)\d\d[ .\-](?:0[1-9]|1[0-2])[ .\-](?:0[1-9]|[12]\d|3[01]))$/;

function plausible(number: string): boolean {
  const digits = number.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 13 && !SPACED_DATE.test(number.trim());
}

export function findPhones(text: string): { text: string; index: number }[] {
  if (!PHONE_HINT.test(text)) return [];
  const found = new Map<number, { text: string; index: number }>();
  // After a label, any number: "Tel. 33 19 32 00", "Telefon: 063-14 34 66".
  for (const m of text.matchAll(NUMBER_RUN)) {
    const number = m[0].trimEnd();
    if (!plausible(number)) continue;
    const before = text.slice(Math.max(0, m.index! - LABEL_WINDOW), m.index!);
    const label = PHONE_LABEL_BEFORE.exec(before);
    if (label) found.set(m.index! - label[0].length, { text: `${label[0]}${number}`, index: m.index! - label[0].length });
  }
  for (const m of text.matchAll(UNLABELLED_RE)) {
    const covered = [...found.values()].some((f) => m.index! >= f.index && m.index! < f.index + f.text.length);
    if (!covered && plausible(m[0])) found.set(m.index!, { text: m[0], index: m.index! });
  }
  return [...found.values()].sort((a, b) => a.index - b.index).map((f) => ({ ...f, text: f.text.trim() }));
}
