import { describe, expect, it } from "vitest";
import { glossaryMatcher } from "../../../src/domain/search/glossary.ts";
import { parseQuery } from "../../../src/domain/search/query.ts";
import { referenceKey } from "../../../src/domain/search/reference.ts";

const none = glossaryMatcher([]);
const shape = (q: string) =>
  parseQuery(q, none).concepts.map((c) => c.variants.map((v) => v.keys.map((k) => `${k.key}${k.fuzzy ? "~" : ""}${k.prefix ? `*${k.prefix}` : ""}`).join("+")));

describe("parseQuery", () => {
  it("makes each word a concept; the last word, still being typed, may be completed", () => {
    expect(shape("showbie app")).toEqual([["showbie~*stem"], ["app~*typing"]]);
    expect(shape("showbie app ")).toEqual([["showbie~*stem"], ["app~"]]);
  });

  it("keeps a reference or a hyphenated word together, without typos", () => {
    expect(shape("20/02191 ")).toEqual([["20+02191"]]);
    expect(shape("DI-2019-3839 ")).toEqual([["di~+2019+3839"]]);
    expect(shape("two-factor ")).toEqual([["two~+factor~*stem", "twofactor"]]);
  });

  it("takes quoted words as exact, together", () => {
    expect(shape('"impact assessment" Bergen ')).toEqual([["impact+assessment"], ["bergen~*stem"]]);
  });

  it("drops common words unless nothing else is left", () => {
    expect(shape("the password of the ")).toEqual([["password~*stem"]]);
    expect(shape("the ")).toEqual([["the~"]]);
  });

  it("also reads a word after 'not' as its un- form", () => {
    expect(shape("request not answered ")).toEqual([["request~*stem"], ["answered~*stem", "unanswered"]]);
    expect(shape("request answered ")).toEqual([["request~*stem"], ["answered~*stem"]]);
  });

  it("reads a query that is only markup as words", () => {
    expect(shape("<img src=x onerror=alert(1)>")).toEqual([["img~"], ["src~"], ["onerror~*stem+alert~*stem+1*typing"]]);
  });

  it("knows the GDPR articles a query names", () => {
    expect(parseQuery("Art. 32 and article 83(2)", none).articles).toEqual(["32", "83"]);
    expect(parseQuery("artikel 35 artikkel 5", none).articles).toEqual(["35", "5"]);
    expect(parseQuery("artificial 32", none).articles).toEqual([]);
  });

  it("compares references without case, spaces or labels", () => {
    expect(referenceKey(" DI-2019-3839")).toBe(referenceKey("di-2019-3839"));
    expect(referenceKey("Ref. 20/02191")).toBe("20/02191");
    expect(parseQuery("20/02191", none).wholeReference).toBe("20/02191");
  });
});
