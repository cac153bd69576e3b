import { describe, expect, it } from "vitest";
import { createFormatters } from "../../src/domain/format.ts";
import { comparePath, createPathFormatter, decisionPath } from "../../src/domain/paths.ts";

const fmt = createFormatters("en-GB");

describe("formatting", () => {
  it("shows dates with the precision the source gives", () => {
    expect(fmt.date("2020-07-02")).toBe("2 July 2020");
    expect(fmt.date("2024-02")).toBe("February 2024");
    expect(fmt.date("2016")).toBe("2016");
  });
  it("shows money with its currency code", () => {
    expect(fmt.money(1_600_000, "NOK")).toMatch(/NOK\s1,600,000/);
  });
  it("signs percentage changes", () => {
    expect(fmt.percent(-37.5)).toBe("-37.5%");
  });
  it("writes a multiplier on a fine with two decimals in the locale's way, one from ×10", () => {
    expect(fmt.multiplier(Math.exp(0.1245))).toBe("×1.13");
    expect(fmt.multiplier(1)).toBe("×1.00");
    expect(fmt.multiplier(12.345)).toBe("×12.3");
    expect(createFormatters("nb-NO").multiplier(3.277)).toBe("×3,28");
  });
});

describe("internal paths", () => {
  it("keeps a deployment base and the trailing slash of pages", () => {
    const href = createPathFormatter("/art83/");
    expect(href("/cases/")).toBe("/art83/cases/");
    expect(href(decisionPath("datatilsynet-norway-20-02191", "p12"))).toBe("/art83/decisions/datatilsynet-norway-20-02191/#p12");
    expect(href("/data/cases.csv")).toBe("/art83/data/cases.csv");
    expect(createPathFormatter("/")("cases")).toBe("/cases/");
  });

  it("keeps a query after the page's slash", () => {
    const href = createPathFormatter("/art83/");
    expect(href(comparePath(["raelingen-2020"]))).toBe("/art83/compare/?cases=raelingen-2020");
    expect(href("/arguments?authority=se-imy#kind-x")).toBe("/art83/arguments/?authority=se-imy#kind-x");
  });
});

describe("Norwegian formatting", () => {
  const nb = createFormatters("nb-NO");
  it("writes dates as Norwegian law and Datatilsynet do", () => {
    expect(nb.date("2019-03-18")).toBe("18. mars 2019");
    expect(nb.date("2024-02")).toBe("februar 2024");
  });
  it("puts the currency code before the amount, grouped with spaces", () => {
    expect(nb.money(1_600_000, "NOK")).toBe("NOK\u00a01\u00a0600\u00a0000");
    expect(nb.money(-5, "EUR")).toBe("EUR\u00a0−5");
    expect(nb.number(35_000)).toBe("35\u00a0000");
  });
});
