import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadLibrary } from "../../../src/domain/sources/repository.ts";
import { decimalYear, median, onlyCases, rankCorrelation } from "../../../src/domain/charts/common.ts";
import { finePoints, finesFinding } from "../../../src/domain/charts/fines-over-time.ts";
import { noticeToFinal, slopeFinding } from "../../../src/domain/charts/notice-to-final.ts";
import { fineVsPeople, peopleFinding } from "../../../src/domain/charts/fine-vs-people.ts";
import { factorCounts, factorFinding, factorMatrix, isAssessed } from "../../../src/domain/charts/factor-matrix.ts";
import { appealCounts, appealFinding, appealItems, appealOutcome, appealOutcomes } from "../../../src/domain/charts/appeals.ts";
import { factorLetters } from "../../../src/domain/factors.ts";
import { chartDownloadName, chartIds } from "../../../src/domain/charts/index.ts";
import { toEur } from "../../../src/domain/money.ts";

const { cases, rates } = loadLibrary();
const record = (id: string) => cases.find((c) => c.id === id)!;

describe("chart 1: fines over time", () => {
  const points = finePoints(cases, rates);

  it("holds every decided fine above zero, once, oldest first, in euro at the rate of the decision's date", () => {
    const fined = cases.filter((c) => (c.amounts.final?.amount ?? 0) > 0);
    expect(points.map((p) => p.id).sort()).toEqual(fined.map((c) => c.id).sort());
    expect(points.length).toBe(132);
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
    const raelingen = points.find((p) => p.id === "raelingen-2020")!;
    expect(raelingen).toMatchObject({ sector: "public", authority: "no-datatilsynet", fine: { amount: 500_000, currency: "NOK", date: "2020-07-02" } });
    expect(raelingen.fine.eur).toBe(Math.round(toEur(rates, 500_000, "NOK", "2020-07-02")!.amount));
  });

  it("marks public bodies apart from companies", () => {
    expect(points.find((p) => p.id === "grindr-2021")?.sector).toBe("private");
    expect(points.find((p) => p.id === "nav-2024")?.sector).toBe("public");
  });

  it("finds the authority with the highest median fine on public bodies: Norway's Datatilsynet, ahead of IMY", () => {
    const finding = finesFinding(points);
    expect(finding).toMatchObject({ kind: "public-median", authority: "no-datatilsynet", cases: 23, runnerUp: { authority: "se-imy", cases: 14 } });
    if (finding.kind !== "public-median") throw new Error("unreachable");
    const norwegianPublic = points.filter((p) => p.authority === "no-datatilsynet" && p.sector === "public").map((p) => p.fine.eur);
    expect(finding.median).toBe(median(norwegianPublic));
  });

  it("says when too few public fines are left to compare (a filter to private companies)", () => {
    const privateOnly = points.filter((p) => p.sector === "private");
    expect(finesFinding(privateOnly)).toEqual({ kind: "too-few-public", cases: 0, minCases: 3 });
  });
});

describe("chart 2: notice → final", () => {
  const items = noticeToFinal(cases, rates);

  it("holds exactly the cases with a notice and a final amount", () => {
    const both = cases.filter((c) => c.amounts.notice && c.amounts.final).map((c) => c.id);
    expect(items.map((i) => i.id).sort()).toEqual(both.sort());
    expect(items.length).toBe(34);
  });

  it("gives the change in percent in the case's currency: Rælingen 800,000 → 500,000 NOK is −37.5 %", () => {
    const raelingen = items.find((i) => i.id === "raelingen-2020")!;
    expect(raelingen).toMatchObject({ currency: "NOK", notice: { amount: 800_000 }, final: { amount: 500_000 }, change: -37.5 });
    // Both ends at the decision date's rate: the slope in euro is the change itself.
    expect((raelingen.final.eur / raelingen.notice.eur - 1) * 100).toBeCloseTo(-37.5, 0);
    expect(items.find((i) => i.id === "grindr-2021")?.change).toBeCloseTo(-35, 10);
    expect(items.find((i) => i.id === "statens-vegvesen-2021")?.change).toBe(-75);
    expect(items.find((i) => i.id === "bergen-2019")?.change).toBe(0);
  });

  it("finds half the notified fines lowered, none raised, median change −8.3 %", () => {
    const finding = slopeFinding(items);
    expect(finding).toMatchObject({ kind: "median-change", cases: 34, lowered: 17, unchanged: 17, raised: 0 });
    expect(finding.median).toBeCloseTo(-8.33, 2);
    expect(slopeFinding([])).toMatchObject({ cases: 0, median: undefined });
  });
});

describe("chart 3: fine against people affected", () => {
  const points = fineVsPeople(cases, rates);

  it("holds the fined cases that state how many people were affected, with that count", () => {
    const expected = cases.filter((c) => (c.amounts.final?.amount ?? 0) > 0 && (c.dataSubjects.count ?? 0) > 0).map((c) => c.id);
    expect(points.map((p) => p.id).sort()).toEqual(expected.sort());
    expect(points.length).toBe(67);
    expect(points.find((p) => p.id === "nav-2024")).toMatchObject({ people: record("nav-2024").dataSubjects.count, fine: { amount: 20_000_000 } });
  });

  it("finds a strong rank correlation between people affected and the fine", () => {
    const finding = peopleFinding(points);
    expect(finding.cases).toBe(67);
    expect(finding.rho).toBeGreaterThan(0.7);
    expect(finding.rho).toBeLessThan(0.8);
  });
});

describe("rank correlation and median", () => {
  it("is 1 for any increasing pairing, −1 for a decreasing one, and in [−1, 1] always", () => {
    expect(rankCorrelation([1, 2, 3, 4], [10, 20, 30, 1000])).toBeCloseTo(1, 12);
    expect(rankCorrelation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(rankCorrelation([1, 1, 1], [1, 2, 3])).toBeUndefined();
    expect(rankCorrelation([1, 2], [1, 2])).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.integer()), { minLength: 3, maxLength: 40 }), (pairs) => {
        const rho = rankCorrelation(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        );
        return rho === undefined || (rho >= -1 - 1e-9 && rho <= 1 + 1e-9);
      }),
    );
  });

  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it("places dates on a year axis: a bare year at its end, 2 July 2020 at about half", () => {
    expect(decimalYear("2020-01-01")).toBe(2020);
    expect(decimalYear("2020-07-02")).toBeCloseTo(2020.5, 2);
    expect(decimalYear("2016")).toBeCloseTo(2017, 2);
  });
});

describe("chart 4: cases × factors", () => {
  const rows = factorMatrix(cases, ["no-datatilsynet", "se-imy"]);

  it("holds every case once with its eleven directions in letter order", () => {
    expect(rows.length).toBe(cases.length);
    const raelingen = rows.find((r) => r.id === "raelingen-2020")!;
    expect(raelingen.directions).toEqual(factorLetters.map((l) => record("raelingen-2020").factors[l].direction));
    // Grouped by the authority order given: Norway first, then Sweden.
    expect(rows[0]!.authority).toBe("no-datatilsynet");
    expect(rows.findIndex((r) => r.authority === "se-imy")).toBeGreaterThan(rows.findLastIndex((r) => r.authority === "no-datatilsynet"));
  });

  it("counts each factor's directions so they add up to the cases", () => {
    const counts = factorCounts(rows);
    for (const l of factorLetters) expect(Object.values(counts[l]).reduce((a, b) => a + b, 0)).toBe(cases.length);
    expect(counts.a.aggravating).toBe(cases.filter((c) => c.factors.a.direction === "aggravating").length);
  });

  it("finds (a) the factor most often aggravating and (k) the most often mitigating", () => {
    const finding = factorFinding(rows);
    expect(finding).toMatchObject({ kind: "most-weighed", aggravating: { letter: "a", count: 106 }, mitigating: { letter: "k", count: 38 } });
    expect(finding.kind === "most-weighed" && finding.withoutAssessment).toBe(rows.filter((r) => !isAssessed(r)).length);
    expect(factorFinding(rows.filter((r) => !isAssessed(r)))).toEqual({ kind: "none-assessed", cases: 28 });
  });
});

describe("chart 5: what happened on appeal", () => {
  const items = appealItems(cases);

  it("gives each case one outcome, by the appeal's amount against the decision's", () => {
    expect(items.length).toBe(cases.length);
    const { total } = appealCounts(items);
    expect(appealOutcomes.reduce((n, o) => n + total[o], 0)).toBe(cases.length);
    for (const c of cases.filter((c) => c.amounts.appeal && c.amounts.final)) {
      const { appeal, final } = c.amounts;
      const expected = appeal!.amount === 0 ? "annulled" : appeal!.amount < final!.amount ? "lowered" : appeal!.amount > final!.amount ? "raised" : "upheld";
      expect(appealOutcome(c), c.id).toBe(expected);
    }
    expect(total).toMatchObject({ upheld: 11, lowered: 4, annulled: 5, raised: 0, pending: 2, "not-appealed": 6 });
  });

  it("finds 9 of the 20 appeals ruled on lowered or annulled the fine", () => {
    expect(appealFinding(items)).toEqual({ kind: "appeal-lowered", cases: 145, appealed: 24, ruled: 20, lowered: 9 });
  });

  it("follows a filter: only the cases a filter leaves count", () => {
    const norwegian = new Set(cases.filter((c) => c.country === "NO").map((c) => c.id));
    const kept = onlyCases(items, norwegian);
    expect(kept.every((i) => i.country === "NO")).toBe(true);
    expect(appealFinding(kept).cases).toBe(norwegian.size);
  });
});

describe("chart files' saved names", () => {
  it("name the site, the chart and a language other than English, so the en and nb files never overwrite each other", () => {
    expect(chartDownloadName("fines", "csv", "en")).toBe("art83-fines.csv");
    expect(chartDownloadName("fines", "csv", "nb")).toBe("art83-fines-nb.csv");
    expect(chartDownloadName("slope", "svg", "nb")).toBe("art83-slope-nb.svg");
  });

  it("say which filter made an extract, in characters every file system takes", () => {
    expect(chartDownloadName("slope", "csv", "en", "?country=NO&type=public")).toBe("art83-slope-country-NO-type-public.csv");
    fc.assert(
      fc.property(fc.constantFrom(...chartIds), fc.constantFrom("en", "nb"), fc.string(), (id, locale, filter) => {
        expect(chartDownloadName(id, "csv", locale, filter)).toMatch(/^art83-[a-z]+(-[a-zA-Z0-9]+)*\.csv$/);
      }),
    );
  });
});
