import { describe, expect, it } from "vitest";
import { appealOutcome, authoritiesWithPractice, authorityPractice, median } from "../../src/domain/authority-practice.ts";
import { withEur } from "../../src/domain/cases.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const practice = (id: string) => authorityPractice(id, library.cases, library.documents, library.rates);
const record = (id: string) => library.cases.find((c) => c.id === id)!;

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("an authority's practice, on the real records", () => {
  const no = practice("no-datatilsynet");

  it("Datatilsynet (Norway): its coded cases, newest first, split into public and private controllers", () => {
    const own = library.cases.filter((c) => c.authority === "no-datatilsynet");
    expect(no.cases.map((c) => c.id).sort()).toEqual(own.map((c) => c.id).sort());
    const types = no.byControllerType;
    expect(types.public.cases + types.private.cases + types.individual.cases).toBe(own.length);
    expect(types.public.cases).toBe(own.filter((c) => c.controller.type === "public").length);
    expect(no.cases.map((c) => c.id)).toContain("raelingen-2020");
  });

  it("counts each year's cases and fines so that they add up to all dated cases and all fines", () => {
    const yearCases = no.byYear.reduce((n, y) => n + y.cases, 0);
    expect(yearCases + no.undated).toBe(no.cases.length);
    const fined = no.cases.filter((c) => (c.amounts.final?.amount ?? 0) > 0).length;
    // A decided amount always has a date, so every fine falls in a year.
    expect(no.byYear.reduce((n, y) => n + y.fines, 0)).toBe(fined);
    expect(no.fines!.count + no.fines!.withoutRate).toBe(fined);
    const years = no.byYear.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("gives the median and range of its fines in euro at the decision date's ECB rate: Grindr's NOK 65 million is the highest", () => {
    const range = no.fines!;
    expect(range.highest.caseId).toBe("grindr-2021");
    expect(range.highest.eur).toBe(withEur(record("grindr-2021").amounts.final!, library.rates).eur!.amount);
    expect(range.lowest.eur).toBeLessThanOrEqual(range.medianEur);
    expect(range.medianEur).toBeLessThanOrEqual(range.highest.eur);
  });

  it("counts its decisions in the library and one appeal outcome per case", () => {
    const docs = [...library.documents.values()].filter((d) => d.authority === "no-datatilsynet" && d.inLibrary).length;
    expect(no.library.documents).toBe(docs);
    expect(Object.values(no.appeals).reduce((n, v) => n + v, 0)).toBe(no.cases.length);
  });

  it("reads appeal outcomes from how the case ended: Grindr's NOK 65 million upheld by Personvernnemnda", () => {
    expect(appealOutcome(record("grindr-2021"))).toBe("upheld");
    for (const c of library.cases) {
      const outcome = appealOutcome(c);
      if (outcome === "lowered") expect(c.amounts.appeal!.amount).toBeLessThan(c.amounts.final!.amount);
      if (outcome === "annulled") expect((c.amounts.appeal ?? c.amounts.final)!.amount).toBe(0);
      if (outcome === "not-appealed") expect(c.appeal?.status).toBe("not-appealed");
    }
  });

  it("an appeal board's page lists the cases it ruled on: Personvernnemnda and Grindr", () => {
    const pvn = practice("no-personvernnemnda");
    expect(pvn.appealRulings.map((c) => c.id)).toContain("grindr-2021");
    expect(pvn.recommendation).toBe(false);
    expect(practice("dk-datatilsynet").recommendation).toBe(true);
  });

  it("gives a page to every body with cases, appeal rulings or library documents, and to no other", () => {
    const ids = authoritiesWithPractice(library.authorities.values(), library.cases, library.documents);
    for (const c of library.cases) expect(ids).toContain(c.authority);
    for (const id of ids) {
      const p = practice(id);
      expect(p.cases.length + p.appealRulings.length + p.library.documents).toBeGreaterThan(0);
    }
  });
});
