import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findIdentityNumbers,
  finnishCheckCharacter,
  identityCountries,
  isDanishCpr,
  isFinnishHetu,
  isIcelandicKennitala,
  isNorwegianIdNumber,
  isSwedishPersonnummer,
  passesCprModulus11,
} from "../../../src/domain/privacy/identity-numbers.ts";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const inSentence = (id: string) => `The complainant's number ${id} was shown to the caller.`;

/** A date that exists in every century (day ≤ 28), as DD, MM, YY. */
const date = fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }) });

/** Replaces the digit at `at` by another digit. */
function changeDigit(id: string, at: number, by: number): string {
  const old = Number(id[at]);
  return id.slice(0, at) + String((old + by) % 10) + id.slice(at + 1);
}
const digitPositions = (id: string, upTo = id.length) => [...id.slice(0, upTo)].flatMap((c, i) => (/\d/.test(c) ? [i] : []));

// ---------------------------------------------------------------------------------------------
// The check-digit rules, written out from the published specifications, to generate valid numbers.

function norwegian(day: number, month: number, yy: number, individual: number): string | null {
  const d = [...`${pad(day)}${pad(month)}${pad(yy)}${pad(individual, 3)}`].map(Number);
  const control = (weights: number[]) => {
    const r = 11 - (weights.reduce((a, w, i) => a + w * d[i]!, 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = control([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === 10) return null;
  d.push(k1);
  const k2 = control([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k2 === 10 ? null : d.join("") + k2;
}

function swedish(yy: number, month: number, day: number, serial: number): string {
  const nine = `${pad(yy)}${pad(month)}${pad(day)}${pad(serial, 3)}`;
  let sum = 0;
  [...nine].forEach((c, i) => {
    const n = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += n > 9 ? n - 9 : n;
  });
  return nine + ((10 - (sum % 10)) % 10);
}

function icelandic(day: number, month: number, yy: number, random: number, century: 8 | 9 | 0): string | null {
  const d = [...`${pad(day)}${pad(month)}${pad(yy)}${pad(random)}`].map(Number);
  const r = 11 - ([3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * d[i]!, 0) % 11);
  if (r === 10) return null;
  return `${d.join("").slice(0, 6)}-${d.join("").slice(6)}${r === 11 ? 0 : r}${century}`;
}

function danishMod11(day: number, month: number, yy: number, serial: number): string | null {
  const d = [...`${pad(day)}${pad(month)}${pad(yy)}${pad(serial, 3)}`].map(Number);
  const sum = [4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * d[i]!, 0);
  const last = (11 - (sum % 11)) % 11;
  return last === 10 ? null : d.join("") + last;
}

// ---------------------------------------------------------------------------------------------

describe("Norwegian fødselsnummer and D-number", () => {
  it.each(["15076500565", "01010012356"])("accepts %s", (id) => {
    expect(isNorwegianIdNumber(id)).toBe(true);
    expect(identityCountries(id)).toEqual(["NO"]);
  });

  it("accepts a D-number (day + 40)", () => {
    expect(norwegian(41, 1, 80, 367)).toBe("41018036736");
    expect(isNorwegianIdNumber("41018036736")).toBe(true);
    expect(identityCountries("41018036736")).toEqual(["NO"]);
  });

  it.each([
    ["a wrong second control digit", "15076500566"],
    ["a wrong first control digit", "15076500575"],
    ["a date that does not exist", "31027500565"],
    ["ten digits", "1507650056"],
  ])("rejects %s", (_why, id) => {
    expect(isNorwegianIdNumber(id)).toBe(false);
  });

  it("finds a generated number in text; one changed digit is not found", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 999 }), fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 9 }), ({ day, month, yy }, individual, dNumber, pos, by) => {
        const id = norwegian(dNumber ? day + 40 : day, month, yy, individual);
        fc.pre(id !== null);
        expect(findIdentityNumbers(inSentence(id!))).toEqual([expect.objectContaining({ text: id, countries: ["NO"] })]);
        const positions = digitPositions(id!);
        const changed = changeDigit(id!, positions[pos % positions.length]!, by);
        expect(findIdentityNumbers(inSentence(changed))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Danish CPR number", () => {
  it("accepts the classic example 070761-4285, which passes modulus 11", () => {
    expect(passesCprModulus11("070761-4285")).toBe(true);
    expect(isDanishCpr("070761-4285")).toBe(true);
    expect(isDanishCpr("0707614285")).toBe(true);
  });

  it("accepts a number issued since 2007 that fails modulus 11 when written with the hyphen", () => {
    expect(passesCprModulus11("010107-4286")).toBe(false);
    expect(isDanishCpr("010107-4286")).toBe(true);
    expect(identityCountries("010107-4286")).toEqual(["DK"]);
  });

  it("takes ten bare digits for a CPR number only when modulus 11 holds", () => {
    expect(isDanishCpr("0101074286")).toBe(false);
    expect(isDanishCpr("0707614285")).toBe(true);
  });

  it.each(["320161-4285", "071361-4285", "290223-1234"])("rejects %s (no such date)", (id) => {
    expect(isDanishCpr(id)).toBe(false);
  });

  it("finds generated modulus-11 numbers written bare; a changed digit breaks modulus 11", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 999 }), fc.nat(), fc.integer({ min: 1, max: 9 }), ({ day, month, yy }, serial, pos, by) => {
        const id = danishMod11(day, month, yy, serial);
        fc.pre(id !== null);
        expect(isDanishCpr(id!)).toBe(true);
        expect(findIdentityNumbers(inSentence(`${id!.slice(0, 6)}-${id!.slice(6)}`))).toHaveLength(1);
        const changed = changeDigit(id!, pos % 10, by);
        expect(passesCprModulus11(changed)).toBe(false);
        expect(isDanishCpr(changed)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Swedish personnummer and samordningsnummer", () => {
  it.each(["811228-9874", "8112289874", "19811228-9874", "198112289874"])("accepts %s", (id) => {
    expect(isSwedishPersonnummer(id)).toBe(true);
  });

  it("accepts a samordningsnummer (day + 60) and the '+' of the over-100s", () => {
    expect(isSwedishPersonnummer("701063-2391")).toBe(true);
    expect(isSwedishPersonnummer("811228+9874")).toBe(true);
  });

  it.each(["811228-9875", "811328-9874", "21811228-9874", "19811228+9874"])("rejects %s", (id) => {
    expect(isSwedishPersonnummer(id)).toBe(false);
  });

  it("finds generated twelve-digit numbers; one changed digit is not found", () => {
    fc.assert(
      fc.property(date, fc.constantFrom(19, 20), fc.integer({ min: 0, max: 999 }), fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 9 }), ({ day, month, yy }, century, serial, coordination, pos, by) => {
        const ten = swedish(yy, month, coordination ? day + 60 : day, serial);
        const id = `${century}${ten}`;
        expect(findIdentityNumbers(inSentence(id))).toEqual([expect.objectContaining({ text: id, countries: ["SE"] })]);
        const changed = changeDigit(id, 2 + (pos % 10), by);
        expect(findIdentityNumbers(inSentence(changed))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Finnish henkilötunnus", () => {
  it.each(["131052-308T", "010594Y9021", "020594X903P", "010101A123N"])("accepts %s", (id) => {
    expect(isFinnishHetu(id)).toBe(true);
    expect(identityCountries(id)).toEqual(["FI"]);
  });

  it.each(["131052-308U", "131052G308T", "310252-308T", "131052-001L"])("rejects %s", (id) => {
    expect(isFinnishHetu(id)).toBe(false);
  });

  it("finds generated numbers with every century sign; one changed digit is not found", () => {
    fc.assert(
      fc.property(date, fc.constantFrom(..."+-ABCDEFUVWXY"), fc.integer({ min: 2, max: 899 }), fc.nat(), fc.integer({ min: 1, max: 9 }), ({ day, month, yy }, sign, individual, pos, by) => {
        const base = `${pad(day)}${pad(month)}${pad(yy)}`;
        const id = `${base}${sign}${pad(individual, 3)}${finnishCheckCharacter(base + pad(individual, 3))}`;
        // With "-" and a digit for check character it is also written like a CPR number.
        expect(findIdentityNumbers(inSentence(id))).toEqual([expect.objectContaining({ text: id, countries: expect.arrayContaining(["FI"]) })]);
        const positions = digitPositions(id, 10);
        const changed = changeDigit(id, positions[pos % positions.length]!, by);
        expect(isFinnishHetu(changed)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Icelandic kennitala", () => {
  it("accepts 120174-3399", () => {
    expect(isIcelandicKennitala("120174-3399")).toBe(true);
    expect(isIcelandicKennitala("1201743399")).toBe(true);
  });

  it.each([
    ["a wrong check digit", "120174-3389"],
    ["a century digit other than 8, 9, 0", "120174-3391"],
    ["a company's (day + 40)", "520174-3399"],
  ])("rejects %s", (_why, id) => {
    expect(isIcelandicKennitala(id)).toBe(false);
  });

  it("finds generated numbers; one changed digit before the century digit is not found", () => {
    // The century digit is outside the check (9 → 0 moves the birth a hundred years), so only
    // the first nine digits are changed.
    fc.assert(
      fc.property(date, fc.integer({ min: 20, max: 99 }), fc.constantFrom(8 as const, 9 as const, 0 as const), fc.nat(), fc.integer({ min: 1, max: 9 }), ({ day, month, yy }, random, century, pos, by) => {
        const id = icelandic(day, month, yy, random, century);
        fc.pre(id !== null);
        expect(isIcelandicKennitala(id!)).toBe(true);
        expect(findIdentityNumbers(inSentence(id!))).toHaveLength(1);
        const positions = digitPositions(id!).slice(0, 9);
        expect(isIcelandicKennitala(changeDigit(id!, positions[pos % 9]!, by))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("finding identity numbers in the corpus's prose", () => {
  it.each([
    "journal number 2018-32-0232",
    "case 20/02191",
    "DI-2019-3839",
    "Klarna Bank AB (organisation number 556573-5668) has processed",
    "Panoptes Sweden AB, 559199-4503",
    "a fine of NOK 25 000 000",
    "IN STOCKHOLM 2023-09-07 1930-23 Section 8",
    "Cookie value: plain text, e.g. 744100309.1604572939",
    "by e-mail and telephone. 2020010382",
  ])("finds none in %j", (text) => {
    expect(findIdentityNumbers(text)).toEqual([]);
  });

  it("finds one in each country's written form, naming every country whose rules it passes", () => {
    const text = "Numbers: 15076500565; 070761-4285; 19811228-9874; 131052-308T; 120174-3399.";
    expect(findIdentityNumbers(text).map((h) => [h.text, h.countries])).toEqual([
      ["15076500565", ["NO"]],
      // Read as YYMMDD with day + 60, the Danish example is also a valid samordningsnummer.
      ["070761-4285", ["SE", "DK"]],
      ["19811228-9874", ["SE"]],
      ["131052-308T", ["FI"]],
      // Any valid date written DDMMYY-NNNN counts as a CPR number (see identity-numbers.ts).
      ["120174-3399", ["IS", "DK"]],
    ]);
  });
});
