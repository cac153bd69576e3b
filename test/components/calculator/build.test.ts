/**
 * The calculator page's own list of cases (src/components/calculator/build.ts): each decided case
 * named in the page's language, an English title on a Norwegian page marked with its language.
 */
import { describe, expect, it } from "vitest";
import { calculatorData, estimatorDataFile } from "../../../src/components/calculator/build.ts";
import { library } from "../../../src/lib/library.ts";

describe("calculatorData(locale)", { timeout: 120_000 }, () => {
  const records = new Map(library().cases.map((r) => [r.id, r]));

  it("names the cases in bokmål on a Norwegian page where we wrote a title, in English marked lang=en elsewhere", () => {
    const nb = calculatorData("nb");
    const raelingen = nb.cases.find((c) => c.id === "raelingen-2020")!;
    expect(raelingen.title).toBe(records.get("raelingen-2020")!.nb!.title);
    expect(raelingen.titleLang).toBeUndefined();
    for (const c of nb.cases) expect(c.titleLang === undefined, c.id).toBe(records.get(c.id)!.nb !== undefined);
  });

  it("names every case in English, unmarked, on an English page", () => {
    const en = calculatorData("en");
    for (const c of en.cases) {
      expect(c.title, c.id).toBe(records.get(c.id)!.title);
      expect(c.titleLang).toBeUndefined();
    }
  });

  it("lists every case of the estimator's data file, which has no titles", () => {
    const { data } = estimatorDataFile();
    expect(calculatorData("nb").cases.map((c) => c.id)).toEqual(data.cases.map((c) => c.id));
    expect(data.cases[0]).not.toHaveProperty("title");
  });
});
