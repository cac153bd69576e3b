import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareCase,
  compareRows,
  convertAmount,
  defaultPickedCurrency,
  maxCompared,
  parseCompareQuery,
  rowValue,
  serialiseCompareQuery,
} from "../../src/domain/compare.ts";
import { convert, rateOn } from "../../src/domain/money.ts";
import { localizeCase } from "../../src/domain/localize.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const known = new Set(library.cases.map((c) => c.id));
const record = (id: string) => library.cases.find((c) => c.id === id)!;
const packed = (id: string) => compareCase(record(id), library.rates);

describe("the compare query", () => {
  it("reads ?cases= in order, names unknown ids, drops ids beyond four and reads the currency", () => {
    const q = parseCompareQuery("?cases=raelingen-2020,no-such-case,bergen-2019&currency=sek", known);
    expect(q).toEqual({ ids: ["raelingen-2020", "bergen-2019"], unknown: ["no-such-case"], dropped: [], currency: "SEK" });
    const many = library.cases.slice(0, 6).map((c) => c.id);
    const q6 = parseCompareQuery(`?cases=${many.join(",")}`, known);
    expect(q6.ids).toEqual(many.slice(0, maxCompared));
    expect(q6.dropped).toEqual(many.slice(maxCompared));
  });

  it("accepts the picking form's repeated case= fields, ignores blanks and repeats, and names a currency it cannot use", () => {
    const q = parseCompareQuery("?case=bergen-2019&case=&case=bergen-2019&case=grindr-2021&currency=USD", known);
    expect(q.ids).toEqual(["bergen-2019", "grindr-2021"]);
    expect(q.currency).toBe(defaultPickedCurrency);
    expect(q.badCurrency).toBe("USD");
  });

  it("round-trips any choice of known cases and currency through the canonical address", () => {
    const ids = [...known];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }), fc.constantFrom("NOK", "SEK", "DKK", "ISK" as const), (chosen, currency) => {
        const q = parseCompareQuery(serialiseCompareQuery(chosen, currency), known);
        expect(q).toEqual({ ids: chosen, unknown: [], dropped: [], currency });
      }),
    );
  });

  it("never throws on any address and keeps only known ids", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = parseCompareQuery(s, known);
        expect(q.ids.length).toBeLessThanOrEqual(maxCompared);
        for (const id of q.ids) expect(known.has(id)).toBe(true);
      }),
    );
  });
});

describe("a case packed for comparison, on the real records", () => {
  it("carries Rælingen's NOK 500,000 with the ECB fixings of 2 July 2020, and converts it into EUR and SEK as the site does", () => {
    const final = packed("raelingen-2020").amounts.final!;
    expect(final).toMatchObject({ amount: 500_000, currency: "NOK", date: "2020-07-02" });
    const nok = rateOn(library.rates, "NOK", "2020-07-02")!;
    expect(final.fx.NOK).toEqual([nok.perEur, nok.rateDate]);
    expect(convertAmount(final, "EUR")).toEqual(convert(library.rates, 500_000, "NOK", "EUR", "2020-07-02"));
    const sek = convertAmount(final, "SEK")!;
    expect(sek.rates.map((r) => [r.currency, r.rateDate])).toEqual([["NOK", nok.rateDate], ["SEK", nok.rateDate]]);
    expect(sek.amount).toBeCloseTo(convert(library.rates, 500_000, "NOK", "SEK", "2020-07-02")!.amount, 6);
  });

  it("converts every amount of every case into every currency exactly as convert() does with the full ECB table", () => {
    for (const c of library.cases) {
      const p = compareCase(c, library.rates);
      for (const stage of ["notice", "final", "appeal"] as const) {
        const a = c.amounts[stage];
        if (!a) continue;
        for (const to of ["EUR", "NOK", "SEK", "DKK", "ISK"] as const) {
          expect(convertAmount(p.amounts[stage]!, to), `${c.id} ${stage} → ${to}`).toEqual(convert(library.rates, a.amount, a.currency, to, a.date));
        }
      }
      expect(p.factors).toHaveLength(11);
      expect(p.arguments.length).toBe(c.arguments.length);
    }
  });
});

describe("which rows differ", () => {
  it("Rælingen against Bergen: both Norwegian, Datatilsynet; amounts, dates and articles differ", () => {
    const rows = new Map(compareRows([packed("raelingen-2020"), packed("bergen-2019")]).map((r) => [r.key, r.differs]));
    expect(rows.get("authority")).toBe(false);
    expect(rows.get("country")).toBe(false);
    expect(rows.get("final")).toBe(true);
    expect(rows.get("date")).toBe(true);
    expect(rows.get("articles")).toBe(true);
    // A factor row differs exactly when the two directions differ.
    for (const letter of ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"] as const) {
      expect(rows.get(`factor-${letter}`)).toBe(record("raelingen-2020").factors[letter].direction !== record("bergen-2019").factors[letter].direction);
    }
  });

  it("a case against itself differs nowhere; order of articles does not count as a difference", () => {
    const g = packed("google-2020");
    expect(compareRows([g, g]).some((r) => r.differs)).toBe(false);
    expect(rowValue({ ...g, articles: [...g.articles].reverse() }, "articles")).toBe(rowValue(g, "articles"));
  });
});

const inNb = (id: string, r = record(id)) => {
  const { details } = localizeCase(r, "nb");
  return compareCase(r, library.rates, r.dataSubjects.categories.map((_, i) => details[`dataSubjects.categories[${i}]`]!));
};

describe("the comparison's data in a reader's language", () => {
  it("gives the categories of data in bokmål where the record has them, and says when they are English", () => {
    const raelingen = record("raelingen-2020");
    const nb = inNb("raelingen-2020").subjects;
    expect(nb.categories).toEqual(raelingen.dataSubjects.categories.map((_, i) => raelingen.nb!.details![`dataSubjects.categories[${i}]`]));
    expect(nb.categoriesLang).toBeUndefined();
    expect(packed("raelingen-2020").subjects.categories).toEqual(raelingen.dataSubjects.categories);
    // A record without bokmål yet (a copy of one without its nb block).
    const english = structuredClone(library.cases.find((c) => c.dataSubjects.categories.length > 0)!);
    delete english.nb;
    const fallback = inNb(english.id, english).subjects;
    expect(fallback).toEqual(expect.objectContaining({ categories: english.dataSubjects.categories, categoriesLang: "en" }));
    // Everything else is the same in both languages.
    expect({ ...inNb("raelingen-2020"), subjects: undefined }).toEqual({ ...packed("raelingen-2020"), subjects: undefined });
  });
});
