/**
 * The estimator's results in words (src/components/calculator/text.ts): the memo a lawyer pastes
 * into a reply, in English and in Norwegian, from a real estimate on the case records.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { caseRuns, createFactorFormat, createPercent, describeBasis, describeWarning, memoMarkdown, textContext } from "../../../src/components/calculator/text.ts";
import type { DecidedCase } from "../../../src/domain/estimator/cases.ts";
import { estimateFine } from "../../../src/domain/estimator/estimate.ts";
import type { Model } from "../../../src/domain/estimator/model.ts";
import { decidedCases, loadModel, todayContext } from "../../../src/domain/estimator/node.ts";
import { defaultState } from "../../../src/domain/estimator/url-state.ts";
import { loadLibrary, type Library } from "../../../src/domain/sources/repository.ts";
import { t } from "../../../src/i18n/strings.ts";

let library: Library;
let cases: DecidedCase[];
let model: Model;
beforeAll(() => {
  library = loadLibrary();
  cases = decidedCases(library);
  model = loadModel();
}, 60_000);

const measured = {
  all: { n: 10, medianFactor: 2, shareWithin2: 0.5, coverage50: 0.5, coverage80: 0.8 },
  publicBodies: { n: 5, medianFactor: 1.5, shareWithin2: 0.6, coverage50: 0.4, coverage80: 0.8 },
};

function memo(locale: "en" | "nb") {
  const state = { ...defaultState(), scenario: { ...defaultState().scenario, articles: ["32(1)"], factors: { a: "aggravating" as const } } };
  const result = estimateFine(state.scenario, cases, model, todayContext(library.rates));
  const text = memoMarkdown(
    { state, result, measured, caseUrl: (id) => `https://art83.example/cases/${id}/`, pageUrl: "https://art83.example/calculator/?country=NO" },
    textContext(locale, t(locale), (id) => id),
  );
  return { text, result };
}

describe("memo", () => {
  it("cites the comparables and states the measured error and that it is not legal advice", () => {
    const { text, result } = memo("en");
    expect(text).toContain("not legal advice");
    expect(text).toContain("median factor of ×2.00");
    expect(text).toContain("(a) Nature, gravity and duration: Aggravating");
    const first = result.comparables[0]!;
    expect(text).toContain(`(https://art83.example/cases/${first.id}/)`);
    expect(text).toContain(first.reference);
    expect(text).toContain(first.authorityName);
  });

  it("says the same in Norwegian, with Norwegian numbers, dates and the law's factor names", () => {
    const { text, result } = memo("nb");
    expect(text).toContain("# Anslag på overtredelsesgebyr: arbeidsnotat");
    expect(text).toContain("ikke juridisk rådgivning");
    expect(text).toContain("median faktor på ×2,00");
    expect(text).toContain("(a) Overtredelsens karakter, alvorlighetsgrad og varighet: Skjerpende");
    expect(text).toContain("- Land: Norge");
    // Amounts with the code first and spaces between thousands; a date like "18. mars 2019".
    expect(text).toMatch(/Sentralt anslag: \*\*NOK\u00a0\d{1,3}(\u00a0\d{3})*\*\*/);
    const first = result.comparables[0]!;
    expect(text).toMatch(new RegExp(`${first.authorityName}, [^\\n]*, \\d{1,2}\\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \\d{4}: gebyr`));
    expect(text).not.toMatch(/\bfine\b|Estimate|Scenario as/);
  });
});

describe("warnings in words", () => {
  it("names the country in the reader's language", () => {
    const w = { code: "no-country" as const, detail: { country: "IS" } };
    expect(describeWarning(w, textContext("en", t("en"), (id) => id))).toContain("from Iceland");
    expect(describeWarning(w, textContext("nb", t("nb"), (id) => id))).toContain("fra Island");
  });
});

describe("number formats", () => {
  it("write shares and multipliers in the locale's way", () => {
    expect(createPercent("en-GB")(0.42)).toBe("42%");
    expect(createPercent("nb-NO")(0.42)).toBe("42\u00a0%");
    expect(createFactorFormat("en-GB")(1.234)).toBe("×1.23");
    expect(createFactorFormat("nb-NO")(1.234)).toBe("×1,23");
    expect(createFactorFormat("nb-NO")(12.34)).toBe("×12,3");
  });
});

describe("legal basis", () => {
  it("writes the article of the legal maximum the locale's way", () => {
    expect(describeBasis("GDPR Art. 83(5)", t("en"))).toBe("GDPR Art. 83(5)");
    expect(describeBasis("GDPR Art. 83(5)", t("nb"))).toBe("GDPR Art. 83 nr. 5");
    expect(describeBasis("dataskyddslagen (2018:218) 6 kap. 2 §", t("nb"))).toBe("dataskyddslagen (2018:218) 6 kap. 2 §");
  });
});

describe("cases named in a sentence (caseRuns)", () => {
  const names: Record<string, { title: string; lang?: "en" }> = {
    "raelingen-2020": { title: "Rælingen kommune: helseopplysninger i Showbie" },
    "klarna-2022": { title: "Klarna Bank: misleading privacy notice", lang: "en" },
  };
  const ctx = { ...textContext("nb", t("nb"), (id) => names[id]?.title ?? id), caseLang: (id: string) => names[id]?.lang };

  it("keeps a sentence whole when every name is in the page's language", () => {
    expect(caseRuns(ctx, (c) => `Startet fra: ${c.caseName("raelingen-2020")}.`)).toEqual(["Startet fra: Rælingen kommune: helseopplysninger i Showbie."]);
    expect(caseRuns(textContext("en", t("en"), (id) => id), (c) => `Started from: ${c.caseName("klarna-2022")}`)).toEqual(["Started from: klarna-2022"]);
  });

  it("gives a name in another language a piece of its own with its language, the words around it joined", () => {
    expect(caseRuns(ctx, (c) => `${c.caseName("raelingen-2020")}; ${c.caseName("klarna-2022")}; ${c.caseName("klarna-2022")}`)).toEqual([
      "Rælingen kommune: helseopplysninger i Showbie; ",
      { text: "Klarna Bank: misleading privacy notice", lang: "en" },
      "; ",
      { text: "Klarna Bank: misleading privacy notice", lang: "en" },
    ]);
  });

  it("marks the closest case named in a warning", () => {
    const w = { code: "distant" as const, detail: { closest: "klarna-2022", similarity: 0.2 } };
    const runs = caseRuns(ctx, (c) => describeWarning(w, c));
    expect(runs).toContainEqual({ text: "Klarna Bank: misleading privacy notice", lang: "en" });
    expect(runs.filter((r) => typeof r === "string").join("")).not.toContain("Klarna");
  });
});

describe("memo names the comparables by the page's titles", () => {
  it("takes each comparable's name from the context (the page's list, in its language)", () => {
    const state = { ...defaultState(), scenario: { ...defaultState().scenario, articles: ["32(1)"] } };
    const result = estimateFine(state.scenario, cases, model, todayContext(library.rates));
    const text = memoMarkdown(
      { state, result, measured, caseUrl: (id) => `/nb/cases/${id}/`, pageUrl: "/nb/calculator/" },
      textContext("nb", t("nb"), (id) => `Tittel på ${id}`),
    );
    const first = result.comparables[0]!;
    expect(text).toContain(`1. [Tittel på ${first.id}](/nb/cases/${first.id}/)`);
  });
});
