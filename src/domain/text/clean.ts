/**
 * Ingest step: turns the raw source texts (GDPRhub machine translations, seed documents) into
 * whole, stably numbered paragraphs. Pure functions on strings: no I/O, no framework imports.
 *
 * The texts come from PDF extraction followed by line-by-line machine translation, so line
 * lengths are ragged, page furniture is interleaved with prose and blank lines are unreliable.
 * Everything here is heuristic; the rules were tuned by reading many corpus files.
 */

import { findEmails, mayHoldEmail } from "../privacy/contact.ts";

export type ParagraphKind = "heading" | "paragraph" | "list-item";
export interface Paragraph {
  id: string;
  kind: ParagraphKind;
  text: string;
}
export type TextFormat = "gdprhub-mt" | "transcript-pages" | "web-page";
export interface CleanedText {
  paragraphs: Paragraph[];
  hasDecisionText: boolean;
  removed: string[];
}

interface Draft {
  kind: ParagraphKind;
  text: string;
}

/** Below this many words of real text a file holds no decision (placeholders, bare notices). */
export const MIN_DECISION_WORDS = 40;
export const CONTACT_PLACEHOLDER = "[contact details removed]";

export function cleanText(raw: string, format: TextFormat): CleanedText {
  const removed = new Set<string>();
  const note = (what: string) => removed.add(what);
  const text = normalise(raw ?? "");
  const drafts =
    format === "transcript-pages"
      ? cleanTranscript(text, note)
      : format === "web-page"
        ? cleanWebPage(text, note)
        : cleanGdprhub(text, note);

  const paragraphs: Paragraph[] = [];
  let words = 0;
  for (const d of drafts) {
    let t = stripContactDetails(d.text);
    if (t !== d.text) {
      note("contact details");
      // A line that held nothing but a phone number or e-mail address is furniture, not text.
      if (!t.split(CONTACT_PLACEHOLDER).join("").replace(/[\s,;:.–-]/g, "")) continue;
    }
    t = t.replace(/\s+/g, " ").trim();
    if (!t) continue;
    paragraphs.push({ id: `p${paragraphs.length + 1}`, kind: d.kind, text: t });
    if (words < MIN_DECISION_WORDS) words += countWords(t);
  }
  return { paragraphs, hasDecisionText: words >= MIN_DECISION_WORDS, removed: [...removed] };
}

function countWords(s: string): number {
  return s.split(" ").filter((w) => /\p{L}/u.test(w)).length;
}

/** Line endings, odd spaces, and the Markdown escapes of the scrape (`\[A\]` → `[A]`). */
function normalise(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, " ")
    .replace(/[\u200b\u00ad\ufeff]/g, "")
    .replace(/\\([[\]()_*#.\-!`>|+{}])/g, "$1");
}

// ---------------------------------------------------------------------------------------------
// Contact details

// Labels are swallowed with the value, so "Telefon: 063-14 34 66" leaves one placeholder.
// Case spelled out because the phone pattern below needs a case-sensitive look-ahead.
const PHONE_LABEL = String.raw`(?:[Tt]el(?:ephone|efon)?|TEL|[Pp]hone|PHONE|[Tt]lf|[Pp]uh(?:elin)?|[Ss]ími|[Ss]witchboard|[Mm]obile|[Ff]ax|[Tt]elefax)\.?:?\s*`;
const MAIL_LABEL = String.raw`(?:e-?mail|e-?post|sähköposti|netfang)\.?:?\s*`;
// Digit groups separated by single spaces, or by one hyphen after an area code (063-14 34 66), or
// an area code and the subscriber's number in one run (Finnish "02 4334000").
const PHONE = String.raw`(?:\(?\+\d{1,3}\)?[ -]?\d{6,10}|0\d{1,3} \d{5,8}|(?:\(?\+\d{1,3}\)?[ -]?)?\d{2,4}(?:[ -]\d{2,4}){1,4})`;
const PLACEHOLDER_RE = CONTACT_PLACEHOLDER.replace(/[[\]]/g, "\\$&");

// The label and an opening bracket just before an address go with it ("E-mail: x@y.fi", "(x@y.fi)").
const MAIL_LABEL_BEFORE = new RegExp(String.raw`(?:\b${MAIL_LABEL})?[<(]?$`, "iu");
// After a label, any digit run is a number to remove: "Tel. 33 19 32 00", "T +45 21604635".
const LABELLED_PHONE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${PHONE_LABEL}|T\s(?=[+\d]))(\(?\+?\d[\d ()-]{3,}\d)(?![\p{Ll}\p{N}/]|[.,/]\d)`,
  "gu",
);
const PHONE_LABEL_HINT = /[Tt]el|TEL|[Pp]hone|PHONE|[Tt]lf|[Pp]uh|[Ss]ími|[Ss]witchboard|[Mm]obile|[Ff]ax|T [+\d]/;
// Scanned without the u flag (fast); the word boundaries are checked in bareBoundary().
const BARE_PHONE_RE = new RegExp(PHONE, "g");
const REPEATED_PLACEHOLDER_RE = new RegExp(
  String.raw`${PLACEHOLDER_RE}(?:[\s,;/–-]*(?:or|eller|och|og|tai|and)?[\s,;/–-]*${PLACEHOLDER_RE})+`,
  "gu",
);

/**
 * Replaces phone numbers and e-mail addresses (with a "Tel."/"E-mail:" label before them) by
 * "[contact details removed]". Addresses written out go too ("anu.talus(at)om.fi", "name [at]
 * domain.se", "name at domain dot no"; see privacy/contact.ts), while "at" in prose ("at the
 * school", "at cdon.dk") stays. Case numbers (20/02191, DI-2019-3839, 2018-32-0232), dates,
 * amounts (500 000, 1,600,000), article numbers and years are left alone.
 */
export function stripContactDetails(text: string): string {
  const mail = mayHoldEmail(text);
  if (!mail && !/\d{2}/.test(text)) return text;
  let out = mail ? stripEmails(text) : text;
  if (PHONE_LABEL_HINT.test(out)) {
    out = out.replace(LABELLED_PHONE_RE, (m, num: string) => (isPhone(num, true) ? CONTACT_PLACEHOLDER : m));
  }
  out = out.replace(BARE_PHONE_RE, (m, offset: number, s: string) =>
    bareBoundary(s, offset, offset + m.length) && isPhone(m, false) ? CONTACT_PLACEHOLDER : m,
  );
  return out.includes(CONTACT_PLACEHOLDER) ? out.replace(REPEATED_PLACEHOLDER_RE, CONTACT_PLACEHOLDER) : out;
}

function stripEmails(text: string): string {
  let out = "";
  let pos = 0;
  for (const e of findEmails(text)) {
    const before = MAIL_LABEL_BEFORE.exec(text.slice(Math.max(pos, e.index - 20), e.index))![0];
    let end = e.index + e.text.length;
    // A closing bracket goes when its opening one did.
    if (/[<(]$/.test(before) && /[>)]/.test(text[end] ?? "")) end++;
    out += text.slice(pos, e.index - before.length) + CONTACT_PLACEHOLDER;
    pos = end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** A bare number must stand alone: not part of a word, case number (20/02191), or decimal. A
 * capital may follow directly, as PDF extraction glues running headers onto numbers. */
function bareBoundary(s: string, start: number, end: number): boolean {
  const before = s[start - 1] ?? " ";
  const after = s[end] ?? " ";
  if (/[\p{L}\p{N}/.,:§-]/u.test(before)) return false;
  if (/[\p{Ll}\p{N}/]/u.test(after)) return false;
  return !(/[.,:/-]/.test(after) && /\d/.test(s[end + 1] ?? ""));
}

function isPhone(candidate: string, labelled: boolean): boolean {
  const digits = candidate.replace(/\D/g, "");
  if (digits.length > 13 || digits.length < (labelled ? 5 : 8)) return false;
  if (labelled) return true;
  const international = /^\(?\+/.test(candidate);
  const groups = candidate.replace(/^\(?\+\d{1,3}\)?[ -]?/, "").split(/[ -]/);
  if (!international) {
    // Amounts and org numbers: 1 600 000, 974 761 467.
    if (/^\d{1,3}(?: \d{3})+$/.test(candidate)) return false;
    // Hyphens belong to case numbers and dates (2018-32-0232, 2020-07-02) unless they follow an
    // area code starting with 0 (063-14 34 66, 08-657 61 00).
    const hyphens = candidate.split("-").length - 1;
    if (hyphens > 1 || (hyphens === 1 && !/^0\d{1,3}-\d/.test(candidate))) return false;
    // Runs of years ("2018 2019") are not phone numbers.
    if (groups.every((g) => /^(19|20)\d\d$/.test(g))) return false;
  }
  return groups.length >= 2 || international;
}

// ---------------------------------------------------------------------------------------------
// Shared line rules

const TERMINAL = /[.:;?!»"”)]$/;
// Abbreviations after which a line-final period does not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:cf|e\.g|i\.e|i\.a|no|nos|nr|art|arts|para|paras|pp|p|s|jf|vs|ca|approx|incl|ch|sec|subsec|dr|mr|mrs|ms|st|coll|ref|resp|viz|lit|item|subsection|sub|comp|cp|prop|sou|dated|letter|\p{L})\.$/iu;

function endsSentence(line: string): boolean {
  const l = line.trimEnd();
  if (!TERMINAL.test(l)) return false;
  return !(l.endsWith(".") && ABBREVIATION.test(l));
}

// PDF symbol-font bullets land in the private-use area (U+F0B7 and friends).
const BULLET = /^(?:[•·▪◦●○■□➢►✓\uf000-\uf0ff]\s*(?=\S)|[-–—*]\s+|(?:[a-z]|[ivx]{1,4})\.\s+(?=\p{Lu})|[a-zæøåäö]\)\s+|\((?:[a-zæøåäö]|[ivx]{1,4}|\d{1,2})\)\s+|\d{1,2}\)\s+|[ivx]{1,4}\)\s+)/u;
const SYMBOL_BULLET = /^[•·▪◦●○■□➢►✓\-–—*\uf000-\uf0ff]\s*/u;
// "1 Introduction", "2. The Data Inspectorate's assessment", "6.2 …", "II. Conclusion", "A. Facts"
const NUMBERED_HEADING =
  /^(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?|[IVXL]{1,5}\.|[A-H]\.)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{Lu}"«“(]/u;
const NUMBERING_ONLY = /^(?:\d{1,2}(?:\.\d{1,2}){0,4}\.|[IVXL]{1,5}\.|[A-H]\.)$/u;
const FOOTNOTE_START = /^\[\d{1,3}\]\s*\S/;

function startsLower(line: string): boolean {
  return /^[\p{Ll}]/u.test(line);
}
function startsUpper(line: string): boolean {
  return /^["«“(]?[\p{Lu}\d]/u.test(line);
}

/** Joins a wrapped line to the next, repairing line-break hyphenation. */
const KEEP_HYPHEN_PREFIX = /(?:^|[^\p{L}])(?:non|self|co|cross|anti|pre|post|re|semi|sub|multi|e|ex|inter|intra|pseudo|quasi|counter|over|under|well|all|half|third|non-EU|EU|IT|GDPR)-$/iu;
function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && !/\s-$/.test(a)) {
    if (startsLower(b) && !KEEP_HYPHEN_PREFIX.test(a)) return a.slice(0, -1) + b;
    return a + b; // "non-\nmaterial", "Nord-\nTrøndelag": a real hyphen
  }
  return a + " " + b;
}

// ---------------------------------------------------------------------------------------------
// GDPRhub machine translations

const GDPRHUB_NOTICE = /^\(?(?:The decision below is a machine translation of the \p{L}+ original\..*|Machine translation by Google Translate\)?)$/u;
const PLACEHOLDERS = [
  /^_?Not available due to the format of the linked pdf\.?_?$/i,
  /^_?This decision was not made publicly available\.?_?$/i,
  // A court web site's landing page instead of the judgment (domstol.se).
  /^Judgments and decisions Here you can read about what to do when you want to take part in public documents\.?$/,
  /^Here you will also find links to the supreme courts that publish judgments on their own websites/,
];
// Navigation of the authorities' web sites that the scrape picked up.
const WEB_NAV = [
  /^Skip (?:the )?main navigation$/i,
  /^(?:Search|Enter keywords|Search for solutions|Year from:|Year to:|Solutions|Menu|Print|Share)$/,
  /^SolutionsReviewsLicensing/,
  /^Individuals FAQ complete FAQ/,
  /^Privacy PolicyLegal Disclaimer/,
  /^Read more about .* here$/,
  /^Do you have two minutes\? Let us know what you think of the website/,
];
// Letterhead labels count only with a colon, at the end of the line or before another label,
// so body lines such as "Telenor has …" or "Internet services …" are left alone.
const LABEL_WORDS = String.raw`(?:Postal address|Post address|Mailing address|Office address|Visiting address|Visitor address|Street address|Address|Telephone|Phone|Tel|Switchboard|Fax|Telefax|Org\.? ?nr|Org\.? no|Org\.? number|Organi[sz]ation (?:number|no\.?)|Company No\.?|Enterprise (?:number|no\.?)|Business ID|Ent\.? ?reg|Company reg\. no|CVR(?: no\.?)?|Website|Web address|Web|Homepage|Home page|Internet|E-?mail|Opening hours|Expedition time|Office|Postboks)`;
const LETTERHEAD_LABEL = new RegExp(
  String.raw`^${LABEL_WORDS}(?:\s*[.:]+\s*|\s*$|\s*(?=${LABEL_WORDS}(?:[\s.:]|$)))`,
  "i",
);
const CONTACT_VALUE =
  /^(?:(?:P\.? ?O\.?|PO) Box|Box \d|Postboks|Postbox|www\.|https?:|[\w.+-]+@|\+?\d[\d\s()+-]*$|\d{3} ?\d{2} \p{Lu}|\d{4} \p{Lu}|(?:Org|Tel|Fax|Phone|Visiting|Office|Website|Homepage|E-?mail|Opening hours)\b)/iu;
const REFERENCE_LABELS = /^(?:(?:Your|Their|Our) (?:reference|ref\.?)|Date|Dato|Diarienr\.?|Diary number:?|Record number:?|Reg\.? ?no\.?|Journal (?:no\.?|number):?|Case (?:no\.?|number):?)(?:\s+(?:(?:Your|Their|Our) (?:reference|ref\.?)|Date|Dato))*\s*:?$/i;
const REFERENCE_VALUE = /^[\d\s/.()\-A-ZÆØÅ:]{1,60}$/u;

const isPageMarker = (l: string) =>
  /^(?:Page|Side|Sida|Sivu|Bls\.?) \d{1,3}(?: ?(?:\(\d{1,3}\)|(?:of|av|af|\/|\(|) ?\d{1,3}\)?))?$/.test(l) ||
  /^Page ?\d{1,3} ?of ?\d{1,3}(?!\d)/.test(l) || // IMY: "Page 2 of 24The Swedish Privacy Agency Diary number: …"
  /^Doc\.? ?Id \d+ Page \d{1,3}$/.test(l) || // Swedish courts' footer
  /^(?:\d{1,3} )?\d{1,3} ?\(\d{1,3}\)$/.test(l) || // "3 (12)", "1 3 (12)" (footnote number + page)
  /^\d{1,3} ?(?:\/|of|av|af) ?\d{1,3}$/.test(l) || // "3/12", "1 av 19"
  /^[-–]\s?\d{1,3}\s?[-–]$/.test(l) || // "- 3 -"
  /^\d{1,3}$/.test(l); // a lone number

/** A contents entry: a dot leader followed by nothing but the page number. */
function isTocLine(l: string): boolean {
  if (!(l.includes("..") || l.includes("…") || l.includes("___"))) return false;
  if (/\s\.{2,} ?\d{1,3}$/.test(l)) return true;
  const leader = /(?:\.{5,}|(?:\. ){4,}\.|…{3,}|_{6,})[\s.…_]*/.exec(l);
  return leader !== null && l.length - (leader.index + leader[0].length) <= 6;
}

const RUNNING_HEADER_TAIL =
  /\s*(?:(?:[Tt]he )?(?:Swedish )?(?:Data Inspectorate|Datainspektionen|Integritetsskyddsmyndigheten|Privacy (?:Protection )?(?:Agency|Authority)|Integrity Protection Authority)\s*)?(?:(?:Diary|Record|Case|Registration) number:\s*)?(?:DI|IMY)-\d{4}-\d{1,6}\s+\d(?: ?\d){0,2} ?\(\d{1,3}\)$/;

interface Line {
  text: string;
  blank: boolean;
  /** Page furniture (page number, running header, letterhead) was removed just before. */
  afterFurniture?: boolean;
}

function cleanGdprhub(text: string, note: (s: string) => void): Draft[] {
  let lines = text.split("\n");

  // The one file that holds a whole GDPRhub page: keep only its machine-translation section.
  const mtSection = lines.findIndex((l) => /^#+\s*English Machine Translation of the Decision/.test(l.trim()));
  if (mtSection >= 0) {
    lines = lines.slice(mtSection + 1);
    note("GDPRhub page (navigation, English summary, comments)");
  }
  // GDPRhub's footer starts at 'Retrieved from "https://gdprhub.eu…"' and runs to the end.
  const footer = lines.findIndex((l) => /^Retrieved from "?\[?https?:\/\/gdprhub\.eu/.test(l.trim()));
  if (footer >= 0) {
    lines = lines.slice(0, footer);
    note("GDPRhub footer");
  }

  lines = dropSiteFooter(lines, note);
  lines = lines.flatMap((l) => {
    // Base64 of the court web site's editor settings, scraped along with two Finnish judgments.
    if (l.length > 100 && /[A-Za-z0-9+/]{100,}/.test(l)) {
      note("embedded web-page data");
      l = l.replace(/[A-Za-z0-9+/]{100,}={0,2}/g, "");
    }
    // A few texts lost their line breaks; their numbered paragraphs are glued on without a space
    // ("…on health records.2. The decision…"). Split there.
    return l.length > 2000 ? l.split(/(?<=[\p{L})»"”][.!?:;])(?=\d{1,3}\.\s\p{Lu})/u) : [l];
  });

  const kept: Line[] = [];
  for (const rawLine of lines) {
    let l = stripSidebar(rawLine, note).trim().replace(/\s{2,}/g, " ");
    if (/^_[^_]+_$/.test(l)) l = l.slice(1, -1); // Markdown italics of GDPRhub's placeholders
    // Letter-spaced headings: "U r s k u r ð a r o r ð:" → "Urskurðarorð:"
    if (/^(?:\p{L} ){3,}\p{L}\W?$/u.test(l)) l = l.replace(/ /g, "");
    if (!l) {
      kept.push({ text: "", blank: true });
      continue;
    }
    if (GDPRHUB_NOTICE.test(l)) {
      note("GDPRhub machine-translation notice");
      continue;
    }
    if (/^_?Share (?:your comments|blogs or news articles) here!_?$/.test(l)) {
      note("GDPRhub page (navigation, English summary, comments)");
      continue;
    }
    if (PLACEHOLDERS.some((re) => re.test(l))) {
      note("placeholder");
      continue;
    }
    if (WEB_NAV.some((re) => re.test(l))) {
      note("web-site navigation");
      continue;
    }
    kept.push({ text: l, blank: false });
  }

  const body = removeFurniture(kept, note);
  return assembleParagraphs(body);
}

// Bits of an address column: e-mail, web address, VAT/CVR number, postcode + town, country.
const SIDEBAR_BIT =
  /@|www\.|\.(?:dk|no|se|fi|is)\b|\bVAT\b|\bCVR\b|^\d{4} ?\p{Lu}|^T \+?\d|^\d[\d ]{5,}$|^(?:Denmark|Danmark|Norway|Norge|Sweden|Sverige|Finland|Suomi|Iceland|Ísland)$/u;

/**
 * Letters laid out with the authority's address in a right-hand column come out as body lines
 * with the address glued on after a wide gap ("…to his request              2500Valby"), or as
 * lines holding only that column. Cut those address bits off.
 */
function stripSidebar(raw: string, note: (s: string) => void): string {
  if (!raw.includes("            ")) return raw; // no gap of 12 spaces: nothing to cut
  const gap = /^(.*?\S)\s{12,}(\S.{0,35})$/.exec(raw);
  if (gap && isPageMarker(gap[2]!.trim())) {
    note("page numbers");
    return gap[1]!;
  }
  if (gap && SIDEBAR_BIT.test(gap[2]!.trim())) {
    note("letterhead");
    return gap[1]!;
  }
  const alone = /^\s{50,}(\S.{0,35})$/.exec(raw);
  if (alone && SIDEBAR_BIT.test(alone[1]!.trim())) {
    note("letterhead");
    return "";
  }
  return raw;
}

const LETTERHEAD_HINT = /@|www\.|https?:|Postal|Visiting|Telephone|Phone|Website|mail|Fax|Expedition|Office|Switchboard|Opening|\d[.:]\d\d[–-]|\+\d/i;

/**
 * A line made of address-block bits: labels, opening hours, phone numbers, e-mail and web
 * addresses, postcodes ("Box 2018 08-617 66 00 Monday – Friday", ". Phone Website"). Needs one
 * unmistakable bit, so that rows of plain numbers in tables stay.
 */
function looksLikeLetterhead(line: string): boolean {
  if (line.length > 200 || !LETTERHEAD_HINT.test(line)) return false;
  const tokens = line.split(" ");
  if (tokens.length < 3 || tokens.length > 16) return false;
  const strong = /^(?:www\.|https?:)|@|^(?:Postal|Visiting|Telephone|Phone|Website|E-?mail|Fax|Telefax|Expedition|Office:?|Switchboard|Opening)$|^\d{1,2}[.:]\d\d[–-]\d{1,2}[.:]\d\d$|^\(?\+\d/i;
  const weak = /^(?:address|hours|time|code|Box|Page|Monday|Friday|Monday[–-]Friday|[–-]|Org\.?(?:nr|no)?:?|\S|[\d().:/–-]+)$/i;
  const bits = tokens.filter((t) => strong.test(t) || weak.test(t)).length;
  return tokens.some((t) => strong.test(t)) && bits / tokens.length >= 0.7;
}

/**
 * datatilsynet.dk pages end in a site footer (address, "About us", "Shortcuts", "… on LinkedIn"),
 * and some scrapes hold the page twice, translated twice, around that footer. Drop the footer
 * and a second copy, recognised by the page's own "Date: …" line appearing again.
 */
function dropSiteFooter(lines: string[], note: (s: string) => void): string[] {
  const t = lines.map((l) => l.trim());
  const about = t.findIndex((l, i) => l === "About us" && t.slice(i + 1, i + 8).includes("Shortcuts"));
  if (about < 0) return lines;
  let end = t.findIndex((l, i) => i > about && /LinkedIn$/.test(l));
  if (end < 0) end = t.findIndex((l, i) => i > about && /^follow us$/i.test(l));
  if (end < 0 || end - about > 12) return lines;
  // The address block just above "About us": authority, street, postcode, phone, e-mail.
  let start = about;
  while (start > 0 && !t[start - 1]) start--;
  let block = start;
  while (block > 0 && t[block - 1] && start - block < 6) block--;
  if (t.slice(block, start).some((l) => /@|^Tel\.|^\d{4} \p{Lu}/u.test(l))) start = block;
  note("web-site footer");
  const before = lines.slice(0, start);
  const after = lines.slice(end + 1);
  const dates = new Set(t.slice(0, start).filter((l) => /^(?:Date|Published):? \d/.test(l)));
  if (after.some((l) => dates.has(l.trim()))) {
    note("second copy of the web page");
    return before;
  }
  return [...before, ...after];
}

/** Page numbers, running headers, letterheads, reference blocks and tables of contents. */
function removeFurniture(lines: Line[], note: (s: string) => void): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) if (!l.blank) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  // A short line seen on many pages is a running header/footer. Headings may repeat a couple of
  // times (table of contents, sub-sections), so plain words need more repeats than lines with a
  // case number, a date or capitals.
  const isRunningHeader = (l: string) => {
    const n = counts.get(l) ?? 0;
    if (n < 3 || l.length > 70 || !/\p{L}.*\p{L}/u.test(l) || startsLower(l) || /[.,;]$/.test(l)) return false;
    return /\d/.test(l) || l === l.toUpperCase() || n >= 5;
  };

  const tocEnd = tableOfContents(lines);
  const out: Line[] = [];
  let afterReferenceLabel = false;
  let afterLetterhead = false;
  let seen = 0; // non-blank lines since the last one kept; more than one means furniture between
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (tocEnd.has(i)) {
      note("table of contents");
      i = tocEnd.get(i)! - 1;
      seen++;
      continue;
    }
    if (line.blank) {
      out.push(line);
      continue;
    }
    seen++;
    // Swedish court footers, often after a letter of vertical margin text: "D Page 8 (31) …"
    let l = line.text;
    const courtFooter = /^(?:\p{L} )?Page \d{1,3} \(\d{1,3}\)\s*/u;
    if (courtFooter.test(l)) {
      note("page numbers");
      l = l.replace(courtFooter, "");
      if (!l) continue;
    }
    // Swedish running headers glued to the end of a body line: "…takeData Inspectorate DI-2019-3845 5 (31)"
    let pageEndsHere = false;
    if (/\(\d{1,3}\)$/.test(l) && RUNNING_HEADER_TAIL.test(l)) {
      note("running headers/footers");
      l = l.replace(RUNNING_HEADER_TAIL, "");
      pageEndsHere = true;
      if (!l) continue;
    }
    // "…and that Bolig- Page 11 of 26 portal has authorised…": a page footer inside a line.
    // Also Swedish courts' "… JUDGMENT Page 6 …".
    const inlinePage = /\s*(?:\bPage ?\d{1,3} of \d{1,3}|\b[A-ZÄÖÅ]{4,} Page \d{1,3})\b\s*/g;
    if (/ Page ?\d/.test(l) && !isPageMarker(l) && inlinePage.test(l)) {
      note("page numbers");
      const at = /(?: Page ?\d{1,3} of \d{1,3}|\b[A-ZÄÖÅ]{4,} Page \d{1,3})\s*$/.test(l);
      l = l.replace(inlinePage, " ").trim();
      pageEndsHere ||= at;
      if (!l) continue;
    }
    if (afterReferenceLabel && REFERENCE_VALUE.test(l) && /\d/.test(l)) {
      note("reference/date header block");
      continue;
    }
    afterReferenceLabel = false;
    if (isPageMarker(l)) {
      note("page numbers");
      continue;
    }
    if (/^[\p{L}.]$/u.test(l)) continue; // a letter of vertical margin text ("O", "D")
    if (/^[-_=*. ]{3,}$/.test(l)) continue; // a rule drawn with characters
    if (isTocLine(l)) {
      note("table of contents");
      // The first half of a two-line contents entry, and the "Contents" title.
      while (out.length && !out[out.length - 1]!.blank) {
        const prev = out[out.length - 1]!.text;
        const entryStart = NUMBERED_HEADING.test(prev) && !TERMINAL.test(prev) && prev.length < 100;
        if (!TOC_TITLE.test(prev) && !entryStart) break;
        out.pop();
      }
      continue;
    }
    if (isRunningHeader(l)) {
      note("running headers/footers");
      continue;
    }
    if (REFERENCE_LABELS.test(l)) {
      note("reference/date header block");
      afterReferenceLabel = true;
      continue;
    }
    // Letterhead: "Postal address: Office address: Telephone: … " and its value lines. The PDF
    // extraction sometimes glues body text after the labels; keep that text.
    if (LETTERHEAD_LABEL.test(l)) {
      let rest = l;
      while (LETTERHEAD_LABEL.test(rest)) rest = rest.replace(LETTERHEAD_LABEL, "");
      rest = rest.replace(/^(?:(?:www\.|https?:\/\/)\S+|\S+@\S+)\s*/, ""); // "www.datatilsynet.no the pass information…"
      note("letterhead");
      afterLetterhead = true;
      if (!rest || CONTACT_VALUE.test(rest) || !/\p{L}{3}/u.test(rest)) continue;
      l = rest;
    } else if (afterLetterhead && /^[\d\s+()-]{5,}$/.test(l)) {
      continue; // the value under "Company No:" or "Telephone:"
    } else if (CONTACT_VALUE.test(l) && /^(?:(?:P\.? ?O\.?|PO) Box|Box \d|Postboks|www\.)/i.test(l)) {
      note("letterhead");
      continue;
    } else if (/\bwww\.\S+/.test(l) && /(?:\d{2} ?){4}|\bBox\b|@/.test(l) && l.length < 160) {
      note("letterhead"); // "+358 29 566 6700 (exchange) - tietosuoja@om.fi - www.tietosuoja.fi"
      continue;
    } else if (/ · /.test(l) && /\bBox\b|\d{4} \p{Lu}/u.test(l)) {
      note("letterhead"); // "The Digital Agency · Landgreven 4 · PO Box 2193 · 1013 København K"
      continue;
    }
    afterLetterhead = false;
    // An addressee's postal address run into one line: "… AS PO Box 7086 St. Olavs Plass 0130 OSLO"
    const postalAddress = /\s*\b(?:P\.? ?O\.? ?Box|Postboks|Postbox) \d+\D{0,40}?\d{4} [A-ZÆØÅ]{2,}\b/u;
    if (/Box|Postboks/.test(l) && postalAddress.test(l)) {
      note("letterhead");
      l = l.replace(postalAddress, "");
      if (!l) continue;
    }
    // Postcode + town: "2025 FJERDINGBY", "104 20 Stockholm", and "0105 OSLO" glued to body text.
    const postcode = /^(?:\d{4} (?!(?:EUR|SEK|NOK|DKK|ISK|USD|GBP)\b)(?:[A-ZÆØÅ]{2,}(?![a-zæøå])(?: [A-ZÆØÅ]{2,}(?![a-zæøå]))*)|\d{3} \d{2} \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$)/u;
    const pc = postcode.exec(l);
    if (pc) {
      const rest = l.slice(pc[0].length).trim();
      note("letterhead");
      // The street line just above the postcode ("Blue stripe 5", "PO Box 7700").
      const prev = out[out.length - 1];
      if (prev && !prev.blank && prev.text.length < 40 && /\d+ ?[A-Za-z]?$/.test(prev.text) && !TERMINAL.test(prev.text)) out.pop();
      if (!rest) continue;
      l = rest;
    }
    if (looksLikeLetterhead(l)) {
      note("letterhead");
      continue;
    }
    out.push({ text: l, blank: false, afterFurniture: seen > 1 });
    seen = pageEndsHere ? 1 : 0; // after a page end, the next line counts as following furniture
  }
  return out;
}

const TOC_TITLE = /^(?:Contents?|Table of contents|Innehåll(?:sförteckning)?|Indhold(?:sfortegnelse)?|Innholdsfortegnelse|Sisällys(?:luettelo)?|Efnisyfirlit)$/i;

/**
 * Tables of contents, as line ranges [title, first body line). The extraction often loses the dot
 * leaders, so the end is found where the first entry reappears as the heading in the body.
 */
function tableOfContents(lines: Line[]): Map<number, number> {
  const ranges = new Map<number, number>();
  const key = (t: string) => {
    let end = t.length; // trailing leader and page number, trimmed by hand (a regex backtracks badly)
    while (end > 0 && /[\d\s.…_]/.test(t[end - 1]!)) end--;
    return t.slice(0, end).replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.)\s+/, "").toLowerCase();
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || !TOC_TITLE.test(lines[i]!.text)) continue;
    let first = i + 1;
    while (first < lines.length && lines[first]!.blank) first++;
    if (first >= lines.length) break;
    const entry = key(lines[first]!.text);
    if (entry.length < 8 || !isTocLine(lines[first]!.text) && !/\d$/.test(lines[first]!.text)) continue;
    for (let j = first + 1; j < Math.min(lines.length, first + 300); j++) {
      if (!lines[j]!.blank && key(lines[j]!.text) === entry && !isTocLine(lines[j]!.text)) {
        ranges.set(i, j);
        break;
      }
    }
  }
  return ranges;
}

/** The typical length of a line that was wrapped, estimated from lines that clearly continue. */
function wrapWidth(lines: Line[]): number {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!a.blank && !b.blank && startsLower(b.text) && !TERMINAL.test(a.text)) lengths.push(a.text.length);
  }
  if (lengths.length < 5) return Infinity;
  lengths.sort((x, y) => x - y);
  return lengths[Math.floor(lengths.length * 0.75)]!;
}

const FOOTNOTE_LINE = /^\d{1,2} ?\p{Lu}/u; // "1 Regulation (EU) 2016/679 …", "22EDPB's Recommendations …"

interface Row {
  text: string;
  blankBefore: boolean;
  afterFurniture: boolean;
  /** Footnote text printed at the foot of a page, in the middle of a running paragraph. */
  footnote: boolean;
  heading?: boolean;
}

function assembleParagraphs(lines: Line[]): Draft[] {
  // Blank lines are paragraph breaks, except in layouts (IMY's PDFs) where blank lines fall
  // mid-sentence so often that they carry no meaning.
  let gaps = 0;
  let softGaps = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (!lines[i]!.blank || lines[i - 1]!.blank) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.blank) j++;
    if (j >= lines.length) break;
    gaps++;
    if (!endsSentence(lines[i - 1]!.text) && startsLower(lines[j]!.text)) softGaps++;
  }
  const blanksMeaningful = gaps === 0 || softGaps / gaps < 0.2;
  const width = wrapWidth(lines);

  const all: Row[] = [];
  let sawBlank = true;
  for (const l of lines) {
    if (l.blank) sawBlank = true;
    else {
      all.push({ text: l.text, blankBefore: sawBlank, afterFurniture: l.afterFurniture === true, footnote: false });
      sawBlank = false;
    }
  }
  markFootnotes(all);
  // Footnotes are set aside and printed after the paragraph they interrupt.
  const rows = all.filter((r) => !r.footnote);
  const footnotesBefore = new Map<number, string[]>();
  for (let i = 0, k = 0; i < all.length; i++) {
    if (!all[i]!.footnote) k++;
    else if (all[i - 1]?.footnote && footnotesBefore.get(k)?.length && !FOOTNOTE_LINE.test(all[i]!.text)) {
      const list = footnotesBefore.get(k)!;
      list[list.length - 1] = joinLines(list[list.length - 1]!, all[i]!.text);
    } else footnotesBefore.set(k, [...(footnotesBefore.get(k) ?? []), all[i]!.text]);
  }

  const drafts: Draft[] = [];
  const pendingFootnotes: string[] = [];
  let current: { lines: string[]; kind: ParagraphKind } | null = null;
  const flush = () => {
    if (current) {
      let t = current.lines[0]!;
      for (const next of current.lines.slice(1)) t = joinLines(t, next);
      if (current.kind === "list-item") t = t.replace(SYMBOL_BULLET, "");
      drafts.push({ kind: current.kind, text: t });
    }
    for (const f of pendingFootnotes.splice(0)) drafts.push({ kind: "paragraph", text: f });
    current = null;
  };

  const headingFlags: boolean[] = [];
  const isHeading = (i: number): boolean => {
    const { text: l, blankBefore, afterFurniture, heading } = rows[i]!;
    if (heading) return true;
    const next = rows[i + 1]?.text;
    const prev = rows[i - 1]?.text;
    if (l.length > 110 || /[,;]$/.test(l) || (BULLET.test(l) && !NUMBERED_HEADING.test(l))) return false;
    // A heading may also open a page, right after the removed running header.
    const prevEnds = !prev || blankBefore || endsSentence(prev) || headingFlags[i - 1] === true;
    if (!prevEnds && !(afterFurniture && l.length < width * 0.6)) return false;
    if (next !== undefined && !startsUpper(next) && !BULLET.test(next)) return false;
    if (NUMBERED_HEADING.test(l)) return !/[.:;!?]$/.test(l) || (/^\S+\s+\S+\.$/.test(l) && l.length < 40);
    if (/:$/.test(l) && l.length > 30) return false; // "… makes the following decision:" introduces text
    // Unnumbered: short, no sentence punctuation.
    // (Not "Published 21-11-2019", "Journal number: 2019-432-0024": those end in a number; nor
    // "… GDPR can be found in": a heading does not end on a function word.)
    return (
      l.length <= Math.min(80, width * 0.75) &&
      /^["«“(]?\p{Lu}/u.test(l) &&
      !/[.;!?,\d]$/.test(l) &&
      !/\s(?:of|the|and|to|in|for|a|an|or|with|by|on|at|that|from|as|is|are|which|under)$/.test(l)
    );
  };

  for (let i = 0; i < rows.length; i++) {
    pendingFootnotes.push(...(footnotesBefore.get(i) ?? []));
    const row = rows[i]!;
    const l = row.text;
    const prev = i > 0 ? rows[i - 1]!.text : "";
    // "1." or "II." alone on a line numbers the heading on the next line; not so in
    // "…Regulation Article\n83.", where the number ends a sentence.
    const prevEnded = i === 0 || endsSentence(prev) || headingFlags[i - 1] === true;
    const nextRow = rows[i + 1];
    const shortTitle = nextRow && nextRow.text.length < 80 && !TERMINAL.test(nextRow.text);
    if (NUMBERING_ONLY.test(l) && prevEnded && nextRow && (startsUpper(nextRow.text) || shortTitle)) {
      nextRow.text = `${l} ${nextRow.text}`;
      nextRow.blankBefore = true;
      nextRow.heading = shortTitle; // "I." + "procedures" (the translation lost the capital)
      headingFlags[i] = true;
      continue;
    }
    const heading = isHeading(i);
    headingFlags[i] = heading;
    const bullet = BULLET.test(l) && !heading;

    let startNew = current === null || heading || headingFlags[i - 1] === true || bullet || FOOTNOTE_START.test(l);
    if (!startNew && row.blankBefore) {
      // A blank line ends a paragraph unless the text plainly runs on across it.
      // (A lower-case start runs on even after ")" or a quote; only a full stop ends it.)
      const runsOn = startsLower(l)
        ? !(endsSentence(prev) && /[.!?]$/.test(prev))
        : !endsSentence(prev) && /^\d/.test(l) && !NUMBERED_HEADING.test(l);
      startNew = blanksMeaningful
        ? !runsOn
        : !runsOn && (endsSentence(prev) || (startsUpper(l) && prev.length < width * 0.6));
    }
    if (!startNew && NUMBERED_HEADING.test(l) && endsSentence(prev)) startNew = true;
    // A sentence that ends exactly at a wrap is rare, a paragraph that ends there common: break,
    // unless the line is full width (line-by-line translation blurs widths, hence the margin).
    if (!startNew && endsSentence(prev) && startsUpper(l) && prev.length < width * (prev.endsWith(")") ? 0.8 : 0.95)) {
      startNew = true;
    }

    if (startNew) {
      flush();
      current = { lines: [l], kind: heading ? "heading" : bullet ? "list-item" : "paragraph" };
    } else current!.lines.push(l);
  }
  pendingFootnotes.push(...(footnotesBefore.get(rows.length) ?? []));
  flush();
  return drafts;
}

/**
 * Footnotes at the foot of a page ("1 Regulation (EU) 2016/679 …") sit between the two halves
 * of a sentence that runs on to the next page. Mark them so the sentence can be rejoined: a
 * line numbered like a footnote, within the last few lines before removed page furniture,
 * after a line that does not end a sentence.
 */
function markFootnotes(rows: Row[]): void {
  for (let end = 1; end < rows.length; end++) {
    if (!rows[end]!.afterFurniture) continue;
    // The block may hold several footnotes ("4 …", "5 …"); its first one follows the body text.
    for (let k = end - 1; k >= Math.max(1, end - 8); k--) {
      const r = rows[k]!;
      if (r.footnote) break;
      if (!FOOTNOTE_LINE.test(r.text) || (NUMBERED_HEADING.test(r.text) && r.text.length < 60)) continue;
      const before = rows[k - 1]!.text;
      if (endsSentence(before) || !/[\p{Ll}\d,]$/u.test(before)) continue;
      for (let m = k; m < end; m++) rows[m]!.footnote = true;
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Transcript of a paginated report (seed 001): one long line per page, "N av M" at its end.

const TRANSCRIPT_SUBHEADINGS = ["Faktiske forhold:", "Faktiske forhold", "Delkonklusjon", "Konklusjon", "Vurdering"];

function cleanTranscript(text: string, note: (s: string) => void): Draft[] {
  let lines = text.split("\n").map((l) => l.trim());
  const start = lines.findIndex((l) => /^Transkript$/i.test(l));
  if (start >= 0) {
    lines = lines.slice(start + 1);
    note("document-hosting site furniture");
  }
  // The report ends on the page marked "M av M"; the hosting site's list of other reports follows.
  const endRe = /\b(\d{1,3}) av (\d{1,3})\s*$/;
  const last = lines.findIndex((l) => {
    const m = endRe.exec(l);
    return m !== null && m[1] === m[2];
  });
  if (last >= 0 && last < lines.length - 1) {
    lines = lines.slice(0, last + 1);
    note("document-hosting site furniture");
  }
  const total = last >= 0 ? endRe.exec(lines[last]!)![2] : null;

  const pages = lines.filter((l) => l.length > 0);
  if (pages.length) note("page numbers");
  // One stream of text, pages joined (so sentences run across page breaks); BREAK marks where a
  // page started, because a heading at the top of a page need not follow a full stop.
  const BREAK = "\u0001";
  let stream = "";
  pages.forEach((page, index) => {
    // Each page line starts with its own page number ("2 3 Oversendelse…": page 2, section 3).
    let p = page.replace(new RegExp(`^${index + 1}\\s+`), "");
    if (total) p = p.replace(new RegExp(`\\s*(?:\\d{1,3}\\s+)?av ${total}\\s*$`), "");
    if (!stream) stream = BREAK + p;
    else if (/\p{L}-$/u.test(stream) && startsLower(p)) stream = joinLines(stream, p);
    else stream += " " + BREAK + p;
  });

  // The report's fixed sub-headings are capitalised nouns, which Norwegian prose never has
  // mid-sentence. Numbered headings: the number, a capitalised word and lower-case words (or
  // acronyms) up to the next capitalised word; Norwegian capitalises only a heading's first word.
  const sub = TRANSCRIPT_SUBHEADINGS.join("|");
  const numbered = String.raw`(\d{1,2}(?:\.\d{1,2}){0,3})\s+\p{Lu}(?:[^.:;!?\d]{0,60}:|[\p{L}/-]*(?:\s+(?:\p{Ll}[\p{L}/-]*|\p{Lu}{2,})){0,11}:?)`;
  const headingRe = new RegExp(
    String.raw`(?<=^|\s|${BREAK})(${sub}|${numbered})(?=\s+(?:\p{Lu}|\d{1,2}\.\d|-\s))`,
    "gu",
  );

  const drafts: Draft[] = [];
  let bodyStart = 0;
  let section = [0];
  const pushBody = (s: string) => {
    const t = s.replace(new RegExp(BREAK, "g"), "").trim();
    if (t) drafts.push({ kind: "paragraph", text: t });
  };
  for (const m of stream.matchAll(headingRe)) {
    if (m.index! < bodyStart) continue;
    const heading = m[1]!;
    if (m[2]) {
      // Numbers in running text and footnotes look like headings; a real heading continues
      // the report's numbering (5.2 → 5.2.1, 5.3, 6, 6.1; one gap allowed).
      const num = m[2].split(".").map(Number);
      if (heading.split(/\s+/).length > 12 || !continuesNumbering(section, num)) continue;
      section = num;
    }
    pushBody(stream.slice(bodyStart, m.index));
    drafts.push({ kind: "heading", text: heading.replace(/:$/, "") });
    bodyStart = m.index! + m[0].length;
  }
  pushBody(stream.slice(bodyStart));
  return drafts;
}

function continuesNumbering(last: number[], next: number[]): boolean {
  for (let level = 0; level < next.length; level++) {
    const same = next.slice(0, level).every((n, i) => n === last[i]);
    if (!same) return false;
    if (level === next.length - 1) {
      const prev = last[level] ?? 0;
      return next[level]! > prev && next[level]! <= prev + 2 && (level < last.length || next[level]! <= 2);
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Web pages (seeds 002, 003): one paragraph per line, blank-line separated, "•" bullets.

function cleanWebPage(text: string, note: (s: string) => void): Draft[] {
  const lines = text.split("\n").map((l) => l.trim());
  const drafts: Draft[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l) continue;
    if (/^Tips\. Prenumerera/i.test(l) || WEB_NAV.some((re) => re.test(l))) {
      note("web-site footer");
      continue;
    }
    // A "Kontaktperson:" box (name, title, phone, e-mail) is contact furniture.
    if (/^Kontaktpersone?r?:?$/i.test(l)) {
      note("contact details");
      while (i + 1 < lines.length && lines[i + 1]) i++;
      continue;
    }
    if (BULLET.test(l)) {
      drafts.push({ kind: "list-item", text: l.replace(SYMBOL_BULLET, "") });
      continue;
    }
    const heading = l.length <= 120 && !/[.:;!?,]$/.test(l) && !/\d{4}-\d{2}-\d{2}/.test(l) && startsUpper(l);
    drafts.push({ kind: heading ? "heading" : "paragraph", text: l });
  }
  return drafts;
}
