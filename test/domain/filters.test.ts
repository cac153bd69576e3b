import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  caseFacets,
  caseFilterKeys,
  decodeFacets,
  encodeFacets,
  facetCounts,
  filterOptions,
  matchesFilter,
  parseFilter,
  sectorGroup,
  sectorGroups,
  serialiseFilter,
  type CaseFacets,
  type CaseFilter,
} from "../../src/domain/filters.ts";
import { factorLetters } from "../../src/domain/factors.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const facets = library.cases.map((r) => caseFacets(r, library.rates));
const options = filterOptions(facets);
const facet = (id: string) => facets.find((f) => f.id === id)!;
const ids = (filter: CaseFilter) => facets.filter((f) => matchesFilter(f, filter)).map((f) => f.id);

/** Any filter built from the options the case list offers. */
const filterArb: fc.Arbitrary<CaseFilter> = fc.record(
  Object.fromEntries(caseFilterKeys.map((k) => [k, fc.constantFrom(...options[k])])) as Record<keyof CaseFilter, fc.Arbitrary<string>>,
  { requiredKeys: [] },
);

describe("case facets from the real records", () => {
  it("NAV 2024 filters as annulled, at EUR 0, with a notice, its articles and weighed factors", () => {
    const nav = facet("nav-2024");
    expect(nav).toMatchObject({ country: "NO", authority: "no-datatilsynet", year: 2024, type: "public", sector: "social", outcome: "annulled", notice: true, eur: 0 });
    expect(nav.articles).toEqual(["5", "24", "32"]);
    expect(nav.factors).toContain("a-aggravating");
  });

  it("the ending amount in euro is the appeal's, not the decision's (Google 2020 at SEK 50 million)", () => {
    const google = facet("google-2020");
    expect(google.outcome).toBe("fine-changed");
    expect(google.eur).toBeGreaterThan(4_000_000);
    expect(google.eur).toBeLessThan(5_500_000);
  });

  it("groups free-text sectors: the head decides, a bare municipality by what it runs", () => {
    expect(sectorGroup("municipality (primary schools)")).toBe("education");
    expect(sectorGroup("municipal administration (all municipal services, including health and schools)")).toBe("public-administration");
    expect(sectorGroup("health care (regional university hospital)")).toBe("health");
    expect(sectorGroup("hotels and hospitality")).toBe("commerce");
    expect(sectorGroup("not stated (small limited company)")).toBe("other");
    expect(sectorGroup(undefined)).toBe("other");
    for (const f of facets) expect(sectorGroups).toContain(f.sector);
    // Rules, not a fallback, place the records: few land in "other".
    expect(facets.filter((f) => f.sector === "other").length).toBeLessThan(12);
  });

  it("encodes each case in one short attribute and decodes it unchanged", () => {
    for (const f of facets) expect(decodeFacets(f.id, encodeFacets(f))).toEqual(f);
    const facetArb: fc.Arbitrary<CaseFacets> = fc.record({
      id: fc.constant("x"),
      country: fc.constantFrom("NO", "SE", "DK"),
      authority: fc.constantFrom("no-datatilsynet", "se-imy"),
      year: fc.integer({ min: 2000, max: 2030 }),
      type: fc.constantFrom("public", "private"),
      sector: fc.constantFrom(...sectorGroups),
      outcome: fc.constantFrom("fine", "annulled", "no-fine"),
      notice: fc.boolean(),
      eur: fc.nat(),
      articles: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 6 }).map((a) => a.sort((x, y) => x - y).map(String)),
      factors: fc.subarray(factorLetters.map((l) => `${l}-aggravating`)),
    }, { requiredKeys: ["id", "country", "authority", "type", "sector", "outcome", "notice", "articles", "factors"] }) as fc.Arbitrary<CaseFacets>;
    fc.assert(
      fc.property(facetArb, (f) => {
        expect(decodeFacets(f.id, encodeFacets(f))).toEqual(f);
      }),
    );
  });
});

describe("matching and facet counts", () => {
  it("finds the Danish recommendations, and the amount range leaves out cases without a fine", () => {
    const recommended = ids({ country: "DK", outcome: "recommended" });
    expect(recommended).toContain("vejen-kommune-2024");
    expect(recommended).not.toContain("arp-hansen-2020");
    expect(ids({ outcome: "annulled" }).sort()).toEqual(["coop-finnmark-2020", "liikennevakuutuskeskus-2021", "nav-2024", "privatbo-2020", "reykjavikurborg-2022"]);
    const overMillion = ids({ min: "1000000" });
    expect(overMillion).toContain("google-2020");
    expect(overMillion).not.toContain("nav-2024");
    expect(ids({ min: "1000" })).not.toContain("disqus-2024");
    expect(ids({ factor: "e-aggravating", country: "NO" })).toContain("nav-2024");
  });

  it("each option's count is the number of cases the filter would match with it chosen", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const counts = facetCounts(facets, filter, options);
        expect(counts.matched).toBe(ids(filter).length);
        expect(counts.matches).toEqual(facets.map((f) => matchesFilter(f, filter)));
        for (const key of caseFilterKeys) {
          const { [key]: _, ...others } = filter;
          expect(counts.any[key]).toBe(ids(others).length);
          for (const value of options[key]) expect(counts.options[key][value], `${key}=${value}`).toBe(ids({ ...others, [key]: value }).length);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("with no filter every case counts, and the countries add up to all of them", () => {
    const counts = facetCounts(facets, {}, options);
    expect(counts.matched).toBe(facets.length);
    const byCountry = Object.values(counts.options.country).reduce((a, b) => a + b, 0);
    expect(byCountry).toBe(facets.length);
  });
});

describe("the filter in the URL", () => {
  it("round-trips every filter the form can express", () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const parsed = parseFilter(serialiseFilter(filter), options);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.filter).toEqual(filter);
      }),
    );
  });

  it("ignores values no option offers, says which, and never throws on any query", () => {
    const parsed = parseFilter("country=XX&outcome=annulled&min=123&utm_source=mail", options);
    expect(parsed.filter).toEqual({ outcome: "annulled" });
    expect(parsed.ignored).toEqual([
      { key: "country", value: "XX" },
      { key: "min", value: "123" },
    ]);
    fc.assert(
      fc.property(fc.string(), (query) => {
        const { filter } = parseFilter(query, options);
        expect(parseFilter(serialiseFilter(filter), options).filter).toEqual(filter);
      }),
    );
  });

  it("writes keys in form order and leaves the query empty without a filter", () => {
    expect(serialiseFilter({ outcome: "fine", country: "NO", from: "2020" })).toBe("country=NO&from=2020&outcome=fine");
    expect(serialiseFilter({})).toBe("");
  });
});
