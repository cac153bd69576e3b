import { describe, expect, it } from "vitest";
import { conceptTerms, glossaryMatcher, termSpellings } from "../../../src/domain/search/glossary.ts";
import { loadGlossary } from "../../../src/domain/search/node.ts";
import { parseQuery } from "../../../src/domain/search/query.ts";

const glossary = loadGlossary();
const matcher = glossaryMatcher(glossary.concepts.map(conceptTerms));
const conceptOf = (id: string) => glossary.concepts.findIndex((c) => c.id === id);
/** The glossary concept each part of a query is taken to mean, by id (null: none). */
const understood = (q: string) =>
  parseQuery(q, matcher).concepts.map((c) => {
    const concept = c.variants.find((v) => v.concept !== undefined)?.concept;
    return concept === undefined ? null : glossary.concepts[concept]!.id;
  });

describe("content/glossary.json", () => {
  it("validates, with unique ids and English plus at least two Nordic languages per concept", () => {
    const ids = glossary.concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of glossary.concepts) {
      const nordic = (["no", "sv", "da", "fi", "is"] as const).filter((l) => (c[l] ?? []).length > 0);
      expect(nordic.length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it.each([
    ["notice", ["varsel"]],
    ["fine", ["fine", "overtredelsesgebyr", "sanktionsavgift", "bøde"]],
    ["impact-assessment", ["impact assessment", "konsekvensvurdering", "konsekvensbedömning"]],
    ["password", ["password", "passord", "lösenord"]],
  ])("bridges %s", (id, terms) => {
    const all = conceptTerms(glossary.concepts[conceptOf(id)]!);
    for (const t of terms) expect(all).toContain(t);
  });
});

describe("termSpellings", () => {
  it("writes a term as keys, split and joined, without stopwords", () => {
    expect(termSpellings("two-factor authentication")).toEqual([["two", "factor", "authentication"], ["twofactor", "authentication"]]);
    expect(termSpellings("right of access")).toEqual([["right", "access"]]);
    expect(termSpellings("konsekvensbedömning")).toEqual([["konsekvensbedomning"]]);
  });

  it("drops a split spelling that stopwords shrink to one word", () => {
    // "to" is an English stopword: "to-faktor" must not become "faktor".
    expect(termSpellings("to-faktor")).toEqual([["tofaktor"]]);
  });
});

describe("glossary matching of queries", () => {
  it("finds one-word and several-word terms, longest first", () => {
    const keys = ["data", "protection", "impact", "assessment", "bergen"];
    expect(matcher.match(keys)).toEqual([{ concept: conceptOf("impact-assessment"), start: 0, end: 4 }]);
    expect(matcher.match(["konsekvensvurdering"])).toEqual([{ concept: conceptOf("impact-assessment"), start: 0, end: 1 }]);
  });

  it("knows inflected forms of long terms", () => {
    expect(matcher.match(["passordet"]).map((m) => m.concept)).toEqual([conceptOf("password")]);
    expect(matcher.match(["konsekvensbedomningen"]).map((m) => m.concept)).toEqual([conceptOf("impact-assessment")]);
  });

  it("expands a query term into the other languages' terms", () => {
    expect(understood("konsekvensvurdering Bergen")).toEqual(["impact-assessment", null]);
    expect(understood("lösenord")).toEqual(["password"]);
    const [tofaktor] = parseQuery("tofaktor", matcher).concepts;
    expect(tofaktor!.variants).toEqual([
      { keys: [{ key: "tofaktor", fuzzy: true, prefix: "typing" }], weight: 1 },
      { keys: [], weight: 0.8, concept: conceptOf("two-factor") },
    ]);
    expect(matcher.spellings[conceptOf("two-factor")]).toContainEqual(["two", "factor", "authentication"]);
  });
});
