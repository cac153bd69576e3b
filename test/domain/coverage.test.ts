import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { factorLetters } from "../../src/domain/factors.ts";

const library = loadLibrary();
const cited = new Set(library.cases.flatMap((c) => [...JSON.stringify(c).matchAll(/"document":"([^"]+)"/g)].map((m) => m[1]!)));

describe("coverage of the corpus", () => {
  it("every corpus decision that carries a fine is cited by a case record", () => {
    const fines = [...library.documents.values()].filter((d) => d.metadata?.fine && d.metadata.corpusId);
    expect(fines.length).toBeGreaterThanOrEqual(125);
    const uncovered = fines.filter((d) => !cited.has(d.id)).map((d) => d.id);
    expect(uncovered).toEqual([]);
  });

  it("every record has all eleven factors and a note for each", () => {
    for (const record of library.cases) {
      expect(Object.keys(record.factors).sort(), record.id).toEqual([...factorLetters]);
      for (const letter of factorLetters) expect(record.factors[letter].note.length, `${record.id} ${letter}`).toBeGreaterThan(10);
    }
  });

  it("the six core school cases are there", () => {
    const ids = new Set(library.cases.map((c) => c.id));
    for (const id of ["bergen-2019", "raelingen-2020", "ostersund-2023", "ardal-2016", "grue-2024", "mohlenpris-2013"]) expect(ids.has(id), id).toBe(true);
  });
});
