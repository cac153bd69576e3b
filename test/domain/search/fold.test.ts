import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDiacritics, foldForSearch, slugify } from "../../../src/domain/text/fold.ts";
import { keyOf, tokenize, words, isStopword } from "../../../src/domain/search/tokenize.ts";

describe("foldForSearch", () => {
  it.each([
    ["Rælingen", "Raelingen", "Ralingen"],
    ["Østersund", "Oestersund", "Ostersund"],
    ["Östersund", "Oestersund", "Ostersund"],
    ["Møhlenpris", "Moehlenpris", "Mohlenpris"],
    ["Århus", "Aarhus", "Arhus"],
    ["Helsingør", "Helsingoer", "Helsingor"],
    ["Persónuvernd", "PERSONUVERND", "personuvernd"],
    ["Bedömning", "bedoemning", "bedomning"],
    ["Café", "CAFE", "cafe"],
  ])("gives %s, %s and %s one key", (a, b, c) => {
    expect(foldForSearch(a)).toBe(foldForSearch(b));
    expect(foldForSearch(b)).toBe(foldForSearch(c));
  });

  it("leaves foldDiacritics and slugs as they were (æ → ae)", () => {
    expect(foldDiacritics("Rælingen")).toBe("raelingen");
    expect(slugify("Rælingen kommune: Møhlenpris skole")).toBe("raelingen-kommune-mohlenpris-skole");
  });

  it("is idempotent and lower-cases", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = foldForSearch(s);
        expect(foldForSearch(once)).toBe(once);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });
});

describe("tokenize", () => {
  it("keys words with their offsets in the original text", () => {
    const text = "Rælingen kommune's Showbie-app";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.key)).toEqual(["ralingen", "kommune", "showbie", "showbieapp", "app"]);
    for (const t of tokens.filter((t) => t.key !== "showbieapp")) expect(keyOf(text.slice(t.start, t.end))).toBe(t.key);
  });

  it("keeps the parts of references and single digits, drops single letters", () => {
    expect(words("DI-2019-3839, 20/02191 art. 5 (f)").map((t) => t.key)).toEqual(["di", "2019", "3839", "20", "02191", "art", "5"]);
  });

  it("joins hyphenated words both ways: two-factor is also twofactor", () => {
    expect(tokenize("two-factor").map((t) => t.key)).toEqual(["two", "twofactor", "factor"]);
    expect(tokenize("DI-2019").map((t) => t.key)).toEqual(["di", "2019"]);
  });

  it("knows common words of English and the Nordic languages, not content words", () => {
    for (const w of ["the", "and", "och", "og", "ikke", "inte"]) expect(isStopword(keyOf(w))).toBe(true);
    for (const w of ["data", "fine", "by", "varsel", "passord"]) expect(isStopword(keyOf(w))).toBe(false);
  });

  it("never gives a token outside the text or out of order", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "æ", "ö", "-", " ", "1", "/", "É", ".") }), (s) => {
        let last = -1;
        for (const t of words(s)) {
          expect(t.start).toBeGreaterThan(last);
          expect(t.end).toBeLessThanOrEqual(s.length);
          last = t.start;
        }
      }),
    );
  });
});
