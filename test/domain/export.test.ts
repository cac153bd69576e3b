import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { caseJsonSchema, casesToCsv, casesToJson } from "../../src/domain/export.ts";
import { factorLetters } from "../../src/domain/factors.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const ctx = { rates: library.rates, authorities: library.authorities, caseUrl: (id: string) => `/cases/${id}/` };

describe("exports built from the case records", () => {
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

  it("JSON Schema describes the same record the zod schema does", () => {
    const schema = caseJsonSchema() as { properties: Record<string, any>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(["id", "factors", "amounts", "verification"]));
    expect(Object.keys(schema.properties.factors.properties).sort()).toEqual([...factorLetters]);
    expect(schema.properties.factors.additionalProperties).toBe(false);
  });
});
