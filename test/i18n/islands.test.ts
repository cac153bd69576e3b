import { describe, expect, it } from "vitest";
import { t, type Locale } from "../../src/i18n/strings.ts";
import { strings as calculatorEn } from "../../src/i18n/islands/calculator.en.ts";
import { strings as calculatorNb } from "../../src/i18n/islands/calculator.nb.ts";
import { strings as searchEn } from "../../src/i18n/islands/search.en.ts";
import { strings as searchNb } from "../../src/i18n/islands/search.nb.ts";
import { strings as varselEn } from "../../src/i18n/islands/varsel.en.ts";
import { strings as varselNb } from "../../src/i18n/islands/varsel.nb.ts";

// An island hydrates markup the build rendered with the full strings: the words it loads in the
// browser must be those very texts, in the page's language, or the page would change as it wakes.
const islands = {
  en: { calculator: calculatorEn, search: searchEn, varsel: varselEn },
  nb: { calculator: calculatorNb, search: searchNb, varsel: varselNb },
};

describe.each(["en", "nb"] as Locale[])("island strings in %s", (locale) => {
  const full = t(locale);
  const { calculator, search, varsel } = islands[locale];

  it("the calculator's are the build's calculator, backtest, country, factor and article texts", () => {
    expect(calculator.calculator).toBe(full.calculator);
    expect(calculator.method.backtest).toBe(full.method.backtest);
    expect(calculator.countries).toBe(full.countries);
    expect(calculator.factorNames).toBe(full.factorNames);
    expect(calculator.cases.filters.articleValue("83(2)(a)")).toBe(full.cases.filters.articleValue("83(2)(a)"));
  });

  it("the notice page's are the build's notice, answer and pinpoint texts", () => {
    expect(varsel.varsel).toBe(full.varsel);
    expect(varsel.result).toBe(full.result);
    expect(varsel.case.pinpoint("p101")).toBe(full.case.pinpoint("p101"));
  });

  it("the search page's are the build's search and country texts", () => {
    expect(search.search).toBe(full.search);
    expect(search.countries).toBe(full.countries);
  });
});

it("each language's islands speak that language", () => {
  expect(calculatorNb.countries.NO).toBe("Norge");
  expect(calculatorEn.countries.NO).toBe("Norway");
  expect(varselNb.result.accepted).toBe("Tatt til følge");
  expect(calculatorNb.cases.filters.articleValue("83(2)(a)")).toBe("Art. 83 nr. 2 bokstav a");
});
