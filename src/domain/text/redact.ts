import type { Paragraph } from "./clean.ts";
import { foldDiacritics } from "./fold.ts";

/** A name of a private person that a source text prints and we must not republish. */
export interface Redaction {
  document: string;
  text: string;
  /**
   * Other written forms of the same name in the same document's text ("Bratseth E-commerce"),
   * each of which must occur there. (GDPRhub's list of parties is matched by `text` alone.)
   */
  variants?: string[];
  reason: string;
}

export const REDACTED = "[name removed]";

/** A distinctive part of a redacted name that is still printed after redaction. */
export interface NameLeak {
  document: string;
  paragraph: string;
  token: string;
  /** The rule text the token comes from. */
  rule: string;
  /** A little of the paragraph around the token. */
  context: string;
}

export class RedactionLeakError extends Error {
  readonly leaks: NameLeak[];
  constructor(leaks: NameLeak[]) {
    const shown = leaks.slice(0, 10).map(
      (l) => `${l.document} ${l.paragraph}: "${l.token}" (from "${l.rule}") in "…${l.context}…"`,
    );
    const more = leaks.length > 10 ? `\n  … and ${leaks.length - 10} more` : "";
    super(
      `A redacted name is still printed in another form:\n  - ${shown.join("\n  - ")}${more}\n` +
        `Add the written form as a variant of the rule in content/redactions.json (or a new rule) so the name is removed everywhere.`,
    );
    this.name = "RedactionLeakError";
    this.leaks = leaks;
  }
}

/** Every written form of a rule, longest first, so a full form is replaced before a part of it. */
export const redactionForms = (rule: Redaction): string[] =>
  [rule.text, ...(rule.variants ?? [])].sort((a, b) => b.length - a.length);

/**
 * Replaces each redacted string (the rule's text and its variants) in a document's paragraphs.
 * Returns how often each rule matched, so a rule that no longer matches (the text or its
 * cleaning changed) is caught. Throws a RedactionLeakError when a distinctive part of a
 * redacted name is still in the document afterwards: a name written another way leaks.
 */
export function redact(paragraphs: Paragraph[], rules: Redaction[]): { paragraphs: Paragraph[]; hits: number[] } {
  const hits = rules.map(() => 0);
  const usedVariants = new Set<string>();
  const out = paragraphs.map((p) => {
    let text = p.text;
    rules.forEach((rule, i) => {
      for (const form of redactionForms(rule)) {
        const parts = text.split(form);
        hits[i]! += parts.length - 1;
        if (parts.length > 1) usedVariants.add(form);
        text = parts.join(REDACTED);
      }
    });
    return text === p.text ? p : { ...p, text };
  });
  // A variant is a form the text prints; one that matches nothing is a rule gone stale.
  const unused = rules.flatMap((r) => (r.variants ?? []).filter((v) => !usedVariants.has(v)).map((v) => `"${v}" (variant of "${r.text}", ${r.document})`));
  if (unused.length > 0) {
    throw new Error(`Redaction variant(s) no longer in the text: ${unused.join(", ")}; check the text and fix the rule so the name stays removed.`);
  }
  const leaks = nameLeaks(out, rules);
  if (leaks.length > 0) throw new RedactionLeakError(leaks);
  return { paragraphs: out, hits };
}

// ---------------------------------------------------------------------------------------------
// Distinctive parts of a name

/** Shortest name part that counts as distinctive: shorter ones ("Eva", "UBS", "AS") are too common. */
export const MIN_DISTINCTIVE_LETTERS = 4;

/**
 * Words that make up company and authority names but identify no one, in the languages of the
 * corpus: a redacted "Unitel Bratseth Services" must not forbid "Services" in the rest of the text.
 */
const GENERIC_NAME_WORDS = new Set(
  (
    "services service group company consulting consult holding holdings solutions systems system invest " +
    "international nordic norway norge norwegian sweden sverige swedish denmark danmark danish finland suomi " +
    "finnish iceland island icelandic europe european media data digital partner partners management trading " +
    "technology technologies security capital finance financial property properties eiendom regnskap " +
    "kommune municipality county region bank insurance forsikring electronic electronics commerce business " +
    "network networks center centre clinic health care school foundation association limited"
  ).split(" "),
);

const NAME_WORD = /\p{L}+/gu;
const fold = (word: string) => foldDiacritics(word);

/**
 * The distinctive parts of the names the rules redact: surname-like words, i.e. words after the
 * first of a name (or a name given as one word) of at least four letters that start with a
 * capital in the rule ("Bratseth", "Jørgensen", "Jarbekk"), are not generic parts of company
 * names ("Services") and are not used as an ordinary word in the document itself (written there in
 * lower case, as "hagen" in a Norwegian text). Returned folded (diacritics and case), with the rule
 * each comes from.
 */
export function distinctiveTokens(rules: Redaction[], paragraphs: Paragraph[]): Map<string, Redaction> {
  const lowerCaseWords = new Set<string>();
  for (const p of paragraphs) {
    for (const [w] of p.text.matchAll(NAME_WORD)) if (w === w.toLowerCase()) lowerCaseWords.add(w);
  }
  const tokens = new Map<string, Redaction>();
  for (const rule of rules) {
    for (const form of redactionForms(rule)) {
      const words = [...form.matchAll(NAME_WORD)].map((m) => m[0]);
      // The first word of a full name is a given name, which many people share ("Erik" is also
      // the Data Protection Authority's director): only a name given alone counts whole.
      for (const w of words.length > 1 ? words.slice(1) : words) {
        if (!isDistinctive(w, lowerCaseWords)) continue;
        if (!tokens.has(fold(w))) tokens.set(fold(w), rule);
      }
    }
  }
  return tokens;
}

/** Whether a word of a redacted name identifies its bearer on its own (see distinctiveTokens). */
export function isDistinctive(word: string, lowerCaseWords: ReadonlySet<string> = new Set()): boolean {
  if ([...word].length < MIN_DISTINCTIVE_LETTERS) return false;
  if (word[0] === word[0]!.toLowerCase()) return false;
  const lower = word.toLowerCase();
  return !GENERIC_NAME_WORDS.has(fold(lower)) && !lowerCaseWords.has(lower);
}

/** Distinctive parts of the redacted names that are still in the (already redacted) paragraphs. */
export function nameLeaks(paragraphs: Paragraph[], rules: Redaction[]): NameLeak[] {
  if (rules.length === 0) return [];
  const tokens = distinctiveTokens(rules, paragraphs);
  if (tokens.size === 0) return [];
  const leaks: NameLeak[] = [];
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(NAME_WORD)) {
      const rule = tokens.get(fold(m[0]));
      if (rule === undefined) continue;
      const at = m.index!;
      leaks.push({
        document: rule.document,
        paragraph: p.id,
        token: m[0],
        rule: rule.text,
        context: p.text.slice(Math.max(0, at - 40), at + m[0].length + 40),
      });
    }
  }
  return leaks;
}
