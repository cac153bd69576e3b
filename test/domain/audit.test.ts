import { describe, expect, it } from "vitest";
import { amountPattern, findAmount } from "../../src/domain/audit.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

describe("finding an amount in a decision text", () => {
  it.each([
    ["NOK 500,000", 500_000],
    ["500 000 kroner", 500_000],
    ["kr 500.000", 500_000],
    ["500\u00a0000 kronor", 500_000],
    ["SEK 4 000 000", 4_000_000],
    ["a fee of 1.6 million kroner", 1_600_000],
    ["1,6 millioner kroner", 1_600_000],
    ["EUR 8 300", 8_300],
    ["NOK 50,000", 50_000],
  ])("finds %s", (text, amount) => {
    expect(findAmount(text, amount)).toBeDefined();
  });

  it.each([
    ["NOK 1,500,000", 500_000],
    ["5000000", 500_000],
    ["500 00 kroner", 500_000],
    ["50,0001", 50_000],
  ])("does not mistake %s for %d", (text, amount) => {
    expect(amountPattern(amount).test(text)).toBe(false);
  });

  it("finds Rælingen's NOK 500,000 in the decision itself", () => {
    const library = loadLibrary();
    const paragraphs = library.text("datatilsynet-norway-20-02191").paragraphs;
    expect(paragraphs.some((p) => findAmount(p.text, 500_000))).toBe(true);
    expect(paragraphs.some((p) => findAmount(p.text, 800_000))).toBe(false);
  });
});
