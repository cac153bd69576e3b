import { describe, expect, it } from "vitest";
import { z } from "zod";
import { estimateFine } from "../../../src/domain/estimator/estimate.ts";
import { fineRegime, tierOfArticles } from "../../../src/domain/estimator/legal.ts";
import { seriousness } from "../../../src/domain/estimator/edpb.ts";
import { parseScenario, type Scenario } from "../../../src/domain/estimator/scenario.ts";
import { scenarioSchema } from "../../../src/domain/estimator/scenario-schema.ts";
import { context, makeCase } from "./synthetic.ts";
import { emptyModel } from "../../../src/domain/estimator/model.ts";

const issueExample = {
  country: "NO",
  controllerType: "public",
  sector: "education",
  currency: "NOK",
  articles: ["5(1)(f)", "32(1)(b)"],
  dataSubjects: 35000,
  children: true,
  specialCategories: false,
  factors: { a: "aggravating", b: "strongly-aggravating", c: "mitigating" },
};

describe("scenario validation", () => {
  it("accepts the issue's example and treats missing factors as not assessed", () => {
    const r = parseScenario(issueExample);
    expect(r.success).toBe(true);
    if (r.success) expect(r.scenario.factors).toEqual({ a: "aggravating", b: "strongly-aggravating", c: "mitigating" });
  });

  it("names the field of each error", () => {
    const r = parseScenario({
      ...issueExample,
      country: "SW",
      dataSubjects: -1,
      articles: ["5(1)(f)", "Art 32"],
      factors: { a: "aggravating", l: "neutral", b: "very" },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const fields = r.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["country", "dataSubjects", "articles[1]", "factors.l", "factors.b"]));
    expect(r.errors.find((e) => e.field === "country")!.message).toContain("NO, SE, DK, FI, IS");
    expect(r.errors.find((e) => e.field === "factors.l")!.message).toContain("a to k");
  });

  it("rejects unknown top-level fields and non-objects", () => {
    const r = parseScenario({ ...issueExample, turnover: 5 });
    expect(r.success === false && r.errors[0]!.field).toBe("turnover");
    expect(parseScenario(null).success).toBe(false);
  });

  it("has a JSON Schema generated from the zod schema", () => {
    const schema = z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }) as {
      required: string[];
      properties: Record<string, { enum?: string[]; additionalProperties?: boolean }>;
    };
    expect(schema.required).toEqual(["country", "controllerType"]);
    expect(schema.properties.currency!.enum).toEqual(["NOK", "SEK", "DKK", "ISK", "EUR"]);
    expect(schema.properties.factors!.additionalProperties).toBe(false);
  });
});

describe("legal maxima", () => {
  it("takes the tier from the articles", () => {
    expect(tierOfArticles(["32(1)(b)", "33"])).toBe("lower");
    expect(tierOfArticles(["32(1)(b)", "5(1)(f)"])).toBe("upper");
    expect(tierOfArticles(["58(2)"])).toBe("upper");
    expect(tierOfArticles(["24"])).toBeUndefined();
  });

  it("caps Swedish public authorities at SEK 5M / 10M", () => {
    const lower = fineRegime("SE", "public", "lower");
    const upper = fineRegime("SE", "public", "upper");
    expect(lower.fineable && [lower.maximum.amount, lower.maximum.currency]).toEqual([5_000_000, "SEK"]);
    expect(upper.fineable && [upper.maximum.amount, upper.maximum.currency]).toEqual([10_000_000, "SEK"]);
    const privateSe = fineRegime("SE", "private", "upper");
    expect(privateSe.fineable && [privateSe.maximum.amount, privateSe.maximum.currency, privateSe.maximum.turnoverMayRaise]).toEqual([20_000_000, "EUR", true]);
  });

  it("assumes the upper tier when no article fixes it, and says so", () => {
    const r = fineRegime("NO", "public", undefined);
    expect(r.fineable && r.maximum.amount).toBe(20_000_000);
    expect(r.notes).toContain("tier-assumed");
  });

  it("gives no estimate for a Finnish public authority, but still lists comparables", () => {
    const c = makeCase(0, { scenario: { ...(parseScenario(issueExample) as { scenario: Scenario }).scenario }, amount: 500_000, currency: "NOK", date: "2020-07-02" });
    const r = estimateFine({ country: "FI", controllerType: "public", articles: ["5(1)(f)"], factors: {} }, [c], emptyModel(), context);
    expect(r.fineable).toBe(false);
    expect(r.notFineable?.basis).toContain("24 §");
    expect(r.estimate).toBeNull();
    expect(r.comparables).toHaveLength(1);
  });

  it("notes that Danish fines are set by the courts", () => {
    expect(fineRegime("DK", "private", "upper").notes).toContain("dk-courts");
  });
});

describe("EDPB lens", () => {
  it("classes seriousness from (a), (b) and (g)", () => {
    const base: Scenario = { country: "NO", controllerType: "public", articles: [], factors: {} };
    expect(seriousness(base).level).toBe("low");
    expect(seriousness({ ...base, children: true }).level).toBe("medium");
    expect(seriousness({ ...base, factors: { a: "aggravating", b: "strongly-aggravating" } }).level).toBe("high");
    expect(seriousness({ ...base, factors: { a: "aggravating", g: "mitigating" }, specialCategories: true }).level).toBe("low");
  });
});
