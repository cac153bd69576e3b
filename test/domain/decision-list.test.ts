import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decisionFilterKeys,
  decisionPageSize,
  decodeDecisionRows,
  encodeDecisionRows,
  matchesDecision,
  pageCount,
  pageRows,
  parseDecisionFilter,
  serialiseDecisionFilter,
  sortDecisions,
  type DecisionCells,
  type DecisionFilter,
  type DecisionFilterOptions,
} from "../../src/domain/decision-list.ts";

const cellsArb: fc.Arbitrary<DecisionCells> = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  href: fc.string(),
  body: fc.constantFrom("Datatilsynet", "IMY (Integritetsskyddsmyndigheten)", "Personvernnemnda", ""),
  country: fc.constantFrom("NO", "SE", "DK", ""),
  countryName: fc.string(),
  date: fc.constantFrom("2020-07-02", "2021", "2019-03", ""),
  dateText: fc.string(),
  year: fc.constantFrom("2019", "2020", "2021", ""),
  reference: fc.string(),
  parties: fc.string(),
  kind: fc.constantFrom("", "Judgment"),
  outcome: fc.string(),
  fineText: fc.string(),
  fineSort: fc.constantFrom("", "0", "5000", "42000", "1250000"),
  hasFine: fc.boolean(),
});
const options: DecisionFilterOptions = {
  country: ["NO", "SE", "DK"],
  body: ["Datatilsynet", "Personvernnemnda"],
  year: ["2019", "2020", "2021"],
  fine: ["1"],
};
const filterArb: fc.Arbitrary<DecisionFilter> = fc.record(
  Object.fromEntries(decisionFilterKeys.map((k) => [k, fc.constantFrom(...options[k])])) as Record<keyof DecisionFilter, fc.Arbitrary<string>>,
  { requiredKeys: [] },
);

describe("the decision library as a list", () => {
  it("ships rows as arrays and reads them back unchanged, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(cellsArb, { maxLength: 20 }), (rows) => {
        expect(decodeDecisionRows(JSON.parse(JSON.stringify(encodeDecisionRows(rows))))).toEqual(rows);
      }),
    );
  });

  it("matches each filter, and the fine filter only with fine=1", () => {
    fc.assert(
      fc.property(cellsArb, filterArb, (row, filter) => {
        const expected =
          (!filter.country || row.country === filter.country) &&
          (!filter.body || row.body === filter.body) &&
          (!filter.year || row.year === filter.year) &&
          (!filter.fine || row.hasFine);
        expect(matchesDecision(row, filter)).toBe(expected);
      }),
    );
  });

  it("keeps the filter in the URL: round trip, unknown values reported, order of the form", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        expect(parseDecisionFilter(serialiseDecisionFilter(filter), options)).toEqual({ filter, ignored: [] });
      }),
    );
    expect(parseDecisionFilter("?year=2020&country=XX&fine=yes", options)).toEqual({
      filter: { year: "2020" },
      ignored: [
        { key: "country", value: "XX" },
        { key: "fine", value: "yes" },
      ],
    });
    expect(serialiseDecisionFilter({ fine: "1", country: "NO" })).toBe("country=NO&fine=1");
  });

  it("sorts by a column both ways with empty cells last and ties in the library's order", () => {
    fc.assert(
      fc.property(fc.array(cellsArb, { maxLength: 30 }), fc.boolean(), (rows, ascending) => {
        const sorted = sortDecisions(rows, "fine", ascending);
        expect(sorted).toHaveLength(rows.length);
        const values = sorted.map((r) => r.fineSort);
        const firstEmpty = values.indexOf("");
        if (firstEmpty >= 0) expect(values.slice(firstEmpty).every((v) => v === "")).toBe(true);
        const numbers = values.filter((v) => v !== "").map(Number);
        expect(numbers).toEqual([...numbers].sort((a, b) => (ascending ? a - b : b - a)));
        // Equal values keep their original order.
        for (let i = 1; i < sorted.length; i++) {
          if (sorted[i]!.fineSort === sorted[i - 1]!.fineSort) expect(rows.indexOf(sorted[i]!)).toBeGreaterThan(rows.indexOf(sorted[i - 1]!));
        }
      }),
    );
  });

  it("pages hold every row exactly once", () => {
    fc.assert(
      fc.property(fc.nat({ max: 700 }), (n) => {
        const rows = Array.from({ length: n }, (_, i) => i);
        const pages = Array.from({ length: pageCount(n) }, (_, i) => pageRows(rows, i + 1));
        expect(pages.flat()).toEqual(rows);
        for (const p of pages) expect(p.length).toBeLessThanOrEqual(decisionPageSize);
      }),
    );
  });
});
