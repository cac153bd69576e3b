import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { averageRate, parseRates } from "../../src/domain/money.ts";
import { controllerSize, sizeClass, sizeClasses, sizePinpoints, turnoverInEur } from "../../src/domain/size.ts";
import { ratesFile } from "../../src/domain/sources/paths.ts";
import { loadLibrary, normaliseForQuote } from "../../src/domain/sources/repository.ts";
import type { Turnover } from "../../src/domain/schema/case.ts";

const rates = parseRates(readFileSync(ratesFile(), "utf8"));
const pinpoint = { document: "x", paragraph: "p1", quote: "quoted words" };

describe("size class from turnover (Recommendation 2003/361/EC ceilings, euro)", () => {
  it.each([
    [0, "micro"],
    [2_000_000, "micro"],
    [2_000_001, "small"],
    [10_000_000, "small"],
    [10_000_001, "medium"],
    [50_000_000, "medium"],
    [50_000_001, "large"],
    [500_000_000, "large"],
    [500_000_001, "very-large"],
  ])("EUR %d is %s", (turnoverEur, expected) => {
    expect(sizeClass({ turnoverEur })).toEqual({ class: expected, basis: "turnover" });
  });
});

describe("size class from employees (the staff ceiling is 'fewer than')", () => {
  it.each([
    [0, "micro"],
    [9, "micro"],
    [10, "small"],
    [49, "small"],
    [50, "medium"],
    [249, "medium"],
    [250, "large"],
    [15_000, "large"],
  ])("%d employees is %s", (employees, expected) => {
    expect(sizeClass({ employees })).toEqual({ class: expected, basis: "employees" });
  });

  it("never calls a body very large on its staff alone: that class is defined by turnover", () => {
    expect(sizeClass({ employees: 1_000_000 })?.class).toBe("large");
  });
});

describe("size class from both figures", () => {
  it("takes the higher class: a firm must be under both ceilings to be small", () => {
    // Radio Grenland's five employees, with a turnover above the micro ceiling.
    expect(sizeClass({ employees: 5, turnoverEur: 2_500_000 })).toEqual({ class: "small", basis: "both" });
    expect(sizeClass({ employees: 300, turnoverEur: 1_000_000 })).toEqual({ class: "large", basis: "both" });
    expect(sizeClass({ employees: 15_000, turnoverEur: 7_000_000_000 })).toEqual({ class: "very-large", basis: "both" });
  });

  it("is never below the class of either figure alone", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 1e6 }), (turnoverEur, employees) => {
        const both = sizeClasses.indexOf(sizeClass({ turnoverEur, employees })!.class);
        expect(both).toBeGreaterThanOrEqual(sizeClasses.indexOf(sizeClass({ turnoverEur })!.class));
        expect(both).toBeGreaterThanOrEqual(sizeClasses.indexOf(sizeClass({ employees })!.class));
      }),
    );
  });

  it("is unknown without a figure", () => {
    expect(sizeClass({})).toBeUndefined();
  });

  it.each([[{ turnoverEur: -1 }], [{ employees: Number.NaN }], [{ turnoverEur: Number.POSITIVE_INFINITY }]])(
    "refuses %o with a message naming the figure",
    (evidence) => {
      expect(() => sizeClass(evidence)).toThrow(/turnover|employees/);
    },
  );
});

describe("turnover in euro at the average ECB rate of its financial year", () => {
  const turnover = (t: Partial<Turnover>): Turnover => ({ amount: 1, currency: "EUR", year: 2020, scope: "entity", pinpoint, ...t });

  it("averages every fixing of the calendar year", () => {
    const rate = averageRate(rates, "NOK", "2019-01-01", "2019-12-31")!;
    // 2019 had about 255 TARGET days; the NOK averaged a little under 9.85 per EUR that year.
    expect(rate.fixings).toBeGreaterThan(250);
    expect(rate.perEur).toBeGreaterThan(9.7);
    expect(rate.perEur).toBeLessThan(10);
    const eur = turnoverInEur(turnover({ amount: 168_000_000, currency: "NOK", year: 2019 }), rates)!;
    expect(eur.amount).toBeCloseTo(168_000_000 / rate.perEur, 0);
  });

  it("uses a stated financial year that is not the calendar year", () => {
    const t = turnover({ amount: 1_000_000, currency: "SEK", year: 2020, period: { start: "2019-09-01", end: "2020-08-31" } });
    expect(turnoverInEur(t, rates)!.rate).toMatchObject({ from: "2019-09-01", to: "2020-08-31" });
  });

  it("converts US dollars, which the decisions use for Grindr, Argon and Alphabet", () => {
    const eur = turnoverInEur(turnover({ amount: 100_000_000, currency: "USD", year: 2019 }), rates)!;
    // The dollar averaged about 1.12 per EUR in 2019.
    expect(eur.amount).toBeGreaterThan(85_000_000);
    expect(eur.amount).toBeLessThan(92_000_000);
  });

  it("leaves a euro figure as it is", () => {
    expect(turnoverInEur(turnover({ amount: 543_100_000, year: 2022 }), rates)!.amount).toBe(543_100_000);
  });

  it("has no euro figure for a year without fixings of the currency", () => {
    // The ECB published no ISK rate for 2010.
    expect(turnoverInEur(turnover({ amount: 1_000, currency: "ISK", year: 2010 }), rates)).toBeUndefined();
  });
});

describe("the size figures in the case records", () => {
  const library = loadLibrary();
  const byId = new Map(library.cases.map((c) => [c.id, c]));
  const sized = library.cases.filter((c) => c.controller.size);

  it("every size figure points at a paragraph that holds its quote", () => {
    expect(sized.length).toBeGreaterThanOrEqual(58);
    for (const record of sized) {
      for (const [part, ref] of sizePinpoints(record)) {
        const paragraph = library.text(ref.document).paragraphs.find((p) => p.id === ref.paragraph);
        expect(paragraph, `${record.id} ${part}`).toBeDefined();
        expect(normaliseForQuote(paragraph!.text), `${record.id} ${part}`).toContain(normaliseForQuote(ref.quote));
      }
    }
  });

  it.each([
    ["spotify-2023", "very-large"],
    ["google-2020", "very-large"],
    ["klarna-2022", "very-large"],
    ["grindr-2021", "large"],
    ["cdon-2023", "medium"],
    ["ultra-technology-2021", "small"],
    ["radio-grenland-2021", "micro"],
    ["fi-9707-152-19", "micro"],
  ])("%s is %s on the figures its decision states", (id, expected) => {
    expect(controllerSize(byId.get(id)!.controller.size, library.rates).computed?.class).toBe(expected);
  });

  it("keeps the authority's own words apart from the computed class", () => {
    // IMY calls Klarna "a large company"; on its group turnover it is above our very-large line.
    const klarna = controllerSize(byId.get("klarna-2022")!.controller.size, library.rates);
    expect(klarna.stated).toBe("large");
    expect(klarna.computed).toEqual({ class: "very-large", basis: "turnover" });
  });

  it("leaves a controller whose sources state no size unknown", () => {
    const raelingen = byId.get("raelingen-2020")!;
    expect(raelingen.controller.size).toBeUndefined();
    expect(controllerSize(raelingen.controller.size, library.rates)).toEqual({
      turnoverEur: undefined,
      employees: undefined,
      computed: undefined,
      stated: undefined,
    });
  });
});
