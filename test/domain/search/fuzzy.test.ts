import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedEdits, editDistance } from "../../../src/domain/search/fuzzy.ts";

describe("editDistance", () => {
  it.each([
    ["showbei", "showbie", 1], // swapped letters count once
    ["autentication", "authentication", 1],
    ["pasword", "password", 1],
    ["grinder", "grindr", 1],
    ["fingerprnt", "fingerprint", 1],
    ["spotfy", "spotify", 1],
    ["kitten", "sitting", 3],
    ["same", "same", 0],
  ])("%s → %s is %i", (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it("answers max + 1 for anything further", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("", "abcdef", 2)).toBe(3);
    expect(editDistance("cbadb", "caccac", 3)).toBe(4); // distance 5: found by a property run
  });

  it("is symmetric, zero only for equal words, and bounded consistently", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const d = editDistance(a, b, 10);
        expect(editDistance(b, a, 10)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, max)).toBe(Math.min(d, max + 1));
      }),
    );
  });

  it("allows no typo in short words, one from 4 letters, two from 8", () => {
    expect([3, 4, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
});
