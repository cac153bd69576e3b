import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { caseJsonSchema, casesExportJsonSchema, casesExportSchema, casesToCsv, casesToJson } from "../../src/domain/export.ts";
import { factorLetters } from "../../src/domain/factors.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { caseOriginal } from "../../src/domain/citation.ts";

const library = loadLibrary();
const ctx = { rates: library.rates, authorities: library.authorities, caseUrl: (id: string) => `/cases/${id}/` };

describe("exports built from the case records", () => {
  it("carry the authority's own page of the decision where one was found, in JSON and CSV", () => {
    const withOriginals = {
      ...ctx,
      originalUrl: (id: string) => caseOriginal(library.cases.find((c) => c.id === id)!, library.documents, library.originals)?.url,
    };
    const json = casesToJson(library.cases, withOriginals);
    expect(json.cases.find((c) => c.id === "stockholm-utbildningsnamnden-2020")!.originalUrl).toBe("https://www.imy.se/tillsyner/utbildningsnamnden-i-stockholms-stad/");
    expect(json.cases.find((c) => c.id === "alesund-2021")!.originalUrl).toBeNull();
    expect(casesExportSchema.safeParse(json).success).toBe(true);
    const rows = csvParse(casesToCsv(library.cases, withOriginals));
    expect(rows.find((r) => r.id === "klarna-2022")!.original_url).toBe("https://www.imy.se/tillsyner/klarna-bank-ab/");
    expect(rows.filter((r) => r.original_url).length).toBe(json.cases.filter((c) => c.originalUrl).length);
  });

  it("CSV: one row per case, amounts in original currency and EUR, factors a–k", () => {
    const rows = csvParse(casesToCsv(library.cases, ctx));
    expect(rows).toHaveLength(library.cases.length);
    expect(rows.columns).toEqual(expect.arrayContaining(["final_amount", "final_currency", "final_eur", "final_eur_rate_date", ...factorLetters.map((l) => `factor_${l}`)]));
    const raelingen = rows.find((r) => r.id === "raelingen-2020")!;
    expect(raelingen.notice_amount).toBe("800000");
    expect(raelingen.final_amount).toBe("500000");
    expect(raelingen.final_currency).toBe("NOK");
    expect(Number(raelingen.final_eur)).toBeGreaterThan(40000);
    expect(raelingen.final_eur_rate_date).toMatch(/^2020-07-0\d$/);
  });

  it("JSON: every case, plain numbers, factors keyed a to k, EUR with its rate", () => {
    const json = casesToJson(library.cases, ctx);
    expect(json.cases).toHaveLength(library.cases.length);
    const bergen = json.cases.find((c) => c.id === "bergen-2019")!;
    expect(bergen.amounts.final).toMatchObject({ amount: 1_600_000, currency: "NOK" });
    expect(bergen.amounts.final!.eur).toMatchObject({ rate: expect.any(Number), rateDate: expect.stringMatching(/^2019-03/) });
    expect(Object.keys(bergen.factors).sort()).toEqual([...factorLetters]);
  });

  it("say how each case ended, with the amounts of every stage and the changes in percent", () => {
    const json = casesToJson(library.cases, ctx);
    const byId = (id: string) => json.cases.find((c) => c.id === id)!;
    expect(byId("nav-2024")).toMatchObject({
      endedAs: { kind: "annulled", amount: 0, currency: "NOK", eur: 0, stage: "appeal", date: "2024-12-17", recommendation: false },
      noticeAmount: 20_000_000,
      decisionAmount: 20_000_000,
      appealAmount: 0,
      changeFromNotice: -100,
      changeFromDecision: -100,
    });
    expect(byId("google-2020")).toMatchObject({ endedAs: { kind: "fine-changed", amount: 50_000_000, stage: "appeal" }, changeFromDecision: -33.33, changeFromNotice: null });
    expect(byId("vejen-kommune-2024").endedAs).toMatchObject({ kind: "recommended", amount: 200_000, currency: "DKK", recommendation: true, stage: "decision" });
    expect(byId("disqus-2024").endedAs).toMatchObject({ kind: "reprimand", amount: null, eur: null });
    const google = byId("google-2020").endedAs;
    expect(google.eur).toBeGreaterThan(4_000_000);
    expect(google.source?.document).toBe("kamr-goteborg-2232-21");

    const rows = csvParse(casesToCsv(library.cases, ctx));
    const spotify = rows.find((r) => r.id === "spotify-2023")!;
    expect(spotify).toMatchObject({ ended_as: "fine-changed", ended_amount: "40000000", ended_currency: "SEK", ended_stage: "appeal", final_amount: "58000000", appeal_amount: "40000000", change_from_decision_pct: "-31.03" });
    expect(rows.find((r) => r.id === "privatbo-2020")).toMatchObject({ ended_as: "annulled", ended_amount: "0", ended_recommendation: "yes" });
  });

  it("cases.json conforms to its published schema, which requires how each case ended", () => {
    const json = JSON.parse(JSON.stringify(casesToJson(library.cases, ctx)));
    const parsed = casesExportSchema.safeParse(json);
    expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
    const schema = casesExportJsonSchema() as unknown as { properties: { cases: { items: { required: string[]; properties: Record<string, any> } } } };
    const item = schema.properties.cases.items;
    expect(item.required).toEqual(expect.arrayContaining(["endedAs", "noticeAmount", "decisionAmount", "appealAmount", "changeFromNotice", "changeFromDecision"]));
    expect(item.properties.endedAs.required).toEqual(expect.arrayContaining(["kind", "amount", "currency", "eur", "stage", "date", "source"]));
    expect(item.properties.endedAs.properties.kind.enum).toContain("recommended");
    // The schema is no formality: an export without how a case ended fails it.
    const broken = structuredClone(json);
    delete broken.cases[0].endedAs;
    expect(casesExportSchema.safeParse(broken).success).toBe(false);
  });

  it("JSON Schema describes the same record the zod schema does", () => {
    const schema = caseJsonSchema() as { properties: Record<string, any>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(["id", "factors", "amounts", "verification"]));
    expect(Object.keys(schema.properties.factors.properties).sort()).toEqual([...factorLetters]);
    expect(schema.properties.factors.additionalProperties).toBe(false);
  });
});
