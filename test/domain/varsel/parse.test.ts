import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { maxNotice, parseAmount, parseNoticeDate } from "../../../src/domain/varsel/parse.ts";

describe("reading a notified amount", () => {
  it.each([
    ["800 000", 800_000, undefined],
    ["800.000", 800_000, undefined],
    ["kr 800 000,-", 800_000, undefined],
    ["NOK 800,000", 800_000, "NOK"],
    ["800000", 800_000, undefined],
    ["800 000 kr", 800_000, undefined],
    ["kr. 1.500.000,00", 1_500_000, undefined],
    ["ISK 15.000.000", 15_000_000, "ISK"],
    ["1\u00a0500\u00a0000", 1_500_000, undefined],
    ["1\u202f500\u202f000 NOK", 1_500_000, "NOK"],
    ["€ 20,000,000", 20_000_000, "EUR"],
    ["2,5", 2.5, undefined],
  ])("%s → %d", (text, amount, currency) => {
    const r = parseAmount(text);
    expect(r).toEqual({ ok: true, amount, ...(currency ? { currency } : {}) });
  });

  it.each([
    ["", "empty"],
    ["  kr  ", "empty"],
    ["800 000 eller 500 000", "not-a-number"],
    ["eight hundred thousand", "not-a-number"],
    ["-800 000", "negative"],
    ["0", "zero"],
    ["1.500,000", "mixed-separators"],
    ["80 00 000", "not-a-number"],
    ["1e6", "not-a-number"],
    ["99999999999999", "too-large"],
  ])("%s is refused (%s)", (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  const amount = fc.integer({ min: 1, max: 1e12 });
  it("reads back every whole amount as Norwegian, English and German typing write it", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom("nb-NO", "en-GB", "de-DE", "en-IN-plain"), fc.constantFrom("", "kr ", "NOK "), fc.constantFrom("", ",-", " kr"), (n, locale, before, after) => {
        const body = locale === "en-IN-plain" ? String(n) : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
        const r = parseAmount(`${before}${body}${after === ",-" && locale === "en-GB" ? "" : after}`);
        expect(r).toMatchObject({ ok: true, amount: n });
      }),
    );
  });

  it("never throws, and anything it accepts is a positive finite amount within the limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const r = parseAmount(text);
        if (r.ok) {
          expect(Number.isFinite(r.amount)).toBe(true);
          expect(r.amount).toBeGreaterThan(0);
          expect(r.amount).toBeLessThanOrEqual(maxNotice);
        } else expect(typeof r.reason).toBe("string");
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 .,'kr\-NOK]{0,20}$/), (text) => {
        const r = parseAmount(text);
        if (r.ok) expect(r.amount).toBeGreaterThan(0);
      }),
    );
  });
});

describe("reading a notice date", () => {
  it("takes real calendar days only", () => {
    expect(parseNoticeDate("2026-11-20")).toBe("2026-11-20");
    expect(parseNoticeDate(" 2024-02-29 ")).toBe("2024-02-29");
    expect(parseNoticeDate("2025-02-29")).toBeUndefined();
    expect(parseNoticeDate("20.11.2026")).toBeUndefined();
    expect(parseNoticeDate("")).toBeUndefined();
  });

  it("accepts every valid day and rejects impossible ones", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseNoticeDate(iso)).toBe(iso);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 32, max: 99 }), (day) => {
        expect(parseNoticeDate(`2026-01-${day}`)).toBeUndefined();
      }),
    );
  });
});
