import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { convert, parseRates, percentChange, rateOn, toEur } from "../../src/domain/money.ts";
import { ratesFile } from "../../src/domain/sources/paths.ts";

const rates = parseRates(readFileSync(ratesFile(), "utf8"));

describe("ECB rates from content/rates", () => {
  it("uses the fixing of the day itself when there is one", () => {
    // Bergen's decision day: the research notes give NOK 9.672 per EUR on 2019-03-18.
    expect(rateOn(rates, "NOK", "2019-03-18")).toMatchObject({ perEur: 9.672, rateDate: "2019-03-18" });
  });

  it("falls back to the nearest earlier fixing on a weekend and says which", () => {
    // 2020-07-04 was a Saturday: Friday's fixing applies.
    const rate = rateOn(rates, "NOK", "2020-07-04");
    expect(rate?.rateDate).toBe("2020-07-03");
    expect(rate?.requestedDate).toBe("2020-07-04");
  });

  it("has no ISK rate before the ECB published one", () => {
    expect(rateOn(rates, "ISK", "2016-06-01")).toBeUndefined();
    expect(toEur(rates, 1_000_000, "ISK", "2016-06-01")).toBeUndefined();
  });

  it("converts Rælingen's NOK 500,000 at the rate of the letter's date", () => {
    const eur = toEur(rates, 500_000, "NOK", "2020-07-02");
    expect(eur?.rates[0]).toMatchObject({ perEur: 10.6873, rateDate: "2020-07-02" });
    expect(Math.round(eur!.amount)).toBe(46785);
  });

  it("round-trips any amount between two currencies on a fixing day", () => {
    const currencies = ["NOK", "SEK", "DKK", "EUR"] as const;
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.constantFrom(...currencies),
        fc.constantFrom(...currencies),
        fc.integer({ min: 0, max: rates.dates.length - 1 }),
        (amount, from, to, i) => {
          const date = rates.dates[i]!;
          const there = convert(rates, amount, from, to, date)!;
          const back = convert(rates, there.amount, to, from, date)!;
          expect(back.amount).toBeCloseTo(amount, 4);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("computes the change from notice to final", () => {
    expect(percentChange(800_000, 500_000)).toBeCloseTo(-37.5);
    expect(percentChange(undefined, 500_000)).toBeUndefined();
  });

  it("rejects a rate file without a date column", () => {
    expect(() => parseRates("day,NOK\n2020-01-01,10")).toThrow(/date/);
  });
});
