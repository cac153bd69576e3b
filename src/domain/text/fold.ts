/**
 * Folds Nordic and other Latin letters to plain ASCII so "Ralingen", "Raelingen" and
 * "Rælingen" meet. æ becomes "ae" (its usual transliteration); the search index also
 * tries the single-letter form.
 */
const specialLetters: Record<string, string> = {
  æ: "ae",
  ø: "o",
  å: "a",
  ä: "a",
  ö: "o",
  ü: "u",
  ð: "d",
  þ: "th",
  ß: "ss",
};

export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüðþß]/g, (ch) => specialLetters[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** A URL- and file-safe slug: folded, lower case, hyphen-separated. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The search key of a word: folded as above, then the two-letter spellings collapsed to one
 * letter (ae → a, oe → o, aa → a), so "Rælingen", "Raelingen" and "Ralingen" give one key, as do
 * "Østersund", "Oestersund" and "Ostersund", or "Århus" and "Aarhus". Index and query both go
 * through it, so it may merge a few unrelated spellings; it never splits one.
 */
export function foldForSearch(text: string): string {
  return foldDiacritics(text).replace(/ae|oe|aa/g, (pair) => pair[0]!);
}
