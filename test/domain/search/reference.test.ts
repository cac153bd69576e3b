import { describe, expect, it } from "vitest";
import { glossaryMatcher } from "../../../src/domain/search/glossary.ts";
import { parseQuery } from "../../../src/domain/search/query.ts";
import { isReferenceToken, referenceForms, referenceKey, referenceTokens } from "../../../src/domain/search/reference.ts";

const none = glossaryMatcher([]);

describe("isReferenceToken", () => {
  it("accepts the shapes of the authorities' and courts' numbering", () => {
    for (const ref of [
      "20/02191",
      "20/02191-1",
      "DI-2019-3839",
      "IMY-2023-15373",
      "2020-431-0101",
      "3843/163/20",
      "PVN-2020-21",
      "2021-2403-A",
      "KHO:2024:115",
      "4413-22",
      "2021101963",
      "H5259/2022",
      "AR300186895",
      "1094/03.04.04.04.01/2022",
      "2019–000014",
    ]) {
      expect(isReferenceToken(ref), ref).toBe(true);
    }
  });

  it("refuses words, years, dates, articles and amounts", () => {
    for (const text of ["to", "breach", "decision", "Datatilsynet", "mål", "Art.", "32", "83(2)", "5(1)(f)", "2019", "30-06-2020", "2020-06-30", "2018–2021", "1.000.000", "two-factor", "2fa"]) {
      expect(isReferenceToken(text), text).toBe(false);
    }
  });
});

describe("referenceForms", () => {
  it("gives nothing for a title or a note standing where a reference should be", () => {
    for (const field of [
      "To kommuner indstillet til bøde (news of 10-03-2020; no journal number in the text)",
      "Vejen Municipality",
      "Decision of 2 December 2022",
      "Breach",
      "No reference known",
      "Retten i Roskilde, judgment of 9 March 2022 (case number not known)",
    ]) {
      expect(referenceForms(field), field).toEqual([]);
    }
  });

  it("gives the reference as written, without its note, and every reference in it", () => {
    expect(referenceForms("20/02191-1 KBK (reference on the letter)")).toEqual(["20/02191-1 KBK (reference on the letter)", "20/02191-1 KBK", "20/02191-1"]);
    expect(referenceForms("Mål nr 4413-22")).toEqual(["Mål nr 4413-22", "4413-22"]);
    expect(referenceForms("20/01746 (previously 18/03153), complaint no. 1")).toEqual(expect.arrayContaining(["20/01746", "18/03153"]));
    expect(referenceForms("Förvaltningsrätten i Stockholm case 13539-23")).toContain("13539-23");
    expect(referenceForms("AD 2021 nr 23")).toEqual(["AD 2021 nr 23"]);
    expect(referenceTokens("20 / 02191-1 (19/01478)")).toEqual(["20/02191-1", "19/01478"]);
  });
});

describe("referenceKey", () => {
  it("compares without case, spaces, dash variants or the words that introduce a reference", () => {
    expect(referenceKey("Mål nr 4413-22")).toBe("4413-22");
    expect(referenceKey("Case no. 2021101963")).toBe("2021101963");
    expect(referenceKey("J.nr. SS 3662/2020")).toBe("ss3662/2020");
    expect(referenceKey("DI‑2019‑3839")).toBe("di-2019-3839");
  });
});

describe("parseQuery's reference keys", () => {
  it("looks up no phrase without a digit as a reference", () => {
    for (const q of ["right to erasure", "data breach", "To kommuner indstillet til bøde", "decision", "Datatilsynet", "mål"]) {
      expect(parseQuery(q, none).referenceKeys, q).toEqual([]);
    }
  });

  it("looks up the whole query and each chunk shaped like a reference", () => {
    expect(parseQuery("Klarna DI-2019-4062", none).referenceKeys).toEqual(["klarnadi-2019-4062", "di-2019-4062"]);
    expect(parseQuery("Mål nr 4413-22", none).referenceKeys).toEqual(["4413-22"]);
  });
});
