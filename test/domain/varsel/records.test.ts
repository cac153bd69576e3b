import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../../src/domain/sources/repository.ts";
import { decidedCases, loadModel, ratesAt } from "../../../src/domain/estimator/node.ts";
import { noticeCases, daysBetween } from "../../../src/domain/varsel/cases.ts";
import { ratioBins, summariseNotices } from "../../../src/domain/varsel/summary.ts";
import { appealRecord, countOutcomes } from "../../../src/domain/varsel/appeals.ts";
import { timings } from "../../../src/domain/varsel/timing.ts";
import { argumentRecord } from "../../../src/domain/varsel/arguments.ts";
import { noticeContext } from "../../../src/domain/varsel/context.ts";
import { assessNotice } from "../../../src/domain/varsel/assess.ts";
import { todayContext } from "../../../src/domain/estimator/node.ts";

const library = loadLibrary();
const notices = noticeCases(library.cases, library.rates);
const byId = new Map(notices.map((c) => [c.id, c]));
const bodies = {
  documentAuthority: (id: string) => library.documents.get(id)?.authority,
  isAppealBody: (id: string) => ["appeal-board", "court"].includes(library.authorities.get(id)?.kind ?? ""),
};

describe("notice cases on the real records", () => {
  it("has Rælingen's NOK 800,000 notice lowered to 500,000, with the prompt deletion it credited pinpointed", () => {
    const r = byId.get("raelingen-2020")!;
    expect(r).toMatchObject({ currency: "NOK", authority: "no-datatilsynet", change: "reduced", notice: { amount: 800_000, date: "2020-02-26" }, final: { amount: 500_000, date: "2020-07-02" } });
    expect(r.ratio).toBeCloseTo(0.625);
    expect(r.days).toBe(daysBetween("2020-02-26", "2020-07-02"));
    const containment = r.credited.find((a) => a.kinds[0] === "quick-containment")!;
    expect(containment.result).toBe("partly");
    expect(containment.pinpoint).toMatchObject({ document: "datatilsynet-norway-20-02191", paragraph: "p100" });
    // The rejected arguments are not among the reasons for the reduction.
    expect(r.credited.map((a) => a.kinds[0])).not.toContain("self-reported");
  });

  it("counts 34 notices (31 Norwegian, 3 Icelandic), 17 unchanged and 17 reduced by 17–75 %, median decision 0.92 of the notice", () => {
    const s = summariseNotices(notices);
    expect(s.n).toBe(34);
    expect(notices.filter((c) => c.country === "NO")).toHaveLength(31);
    expect(notices.filter((c) => c.country === "IS")).toHaveLength(3);
    expect(s).toMatchObject({ unchanged: 17, reduced: 17, raised: 0 });
    expect(s.reduction!.min).toBeCloseTo(1 / 6);
    expect(s.reduction!.max).toBeCloseTo(0.75);
    expect(s.medianRatio).toBeCloseTo(0.9167, 3);
    // Unchanged means the same amount: NAV's 20 million stood at the decision, whatever the appeal did after.
    expect(byId.get("nav-2024")).toMatchObject({ change: "unchanged", appeal: { amount: 0 } });
    expect(notices.filter((c) => c.change === "unchanged").every((c) => c.notice.amount === c.final.amount)).toBe(true);
    const bins = ratioBins(notices);
    expect(bins.reduce((n, b) => n + b.ids.length, 0)).toBe(34);
    expect(bins.find((b) => b.from === 1 && b.to === 1)!.ids).toHaveLength(17);
  });

  it("leaves out a notice the authority closed without a fine (no decided amount)", () => {
    expect(byId.has("disqus-2024")).toBe(false);
  });
});

describe("appeals and timings on the real records", () => {
  const appeals = appealRecord(library.cases, bodies);
  const pvn = appeals.filter((a) => a.body === "no-personvernnemnda");

  it("gives Personvernnemnda's record on fines: Coop Finnmark annulled, 20/02178 reduced, Grindr upheld", () => {
    const outcome = (id: string) => appeals.find((a) => a.id === id)?.outcome;
    expect(outcome("coop-finnmark-2020")).toBe("annulled");
    expect(outcome("no-20-02178")).toBe("reduced");
    expect(outcome("grindr-2021")).toBe("upheld");
    expect(outcome("nav-2024")).toBe("annulled");
    expect(pvn.map((a) => a.id)).toEqual(expect.arrayContaining(["coop-finnmark-2020", "no-20-02178", "grindr-2021", "ultra-technology-2021", "nav-2024"]));
    const counts = countOutcomes(pvn);
    expect(counts.upheld + counts.reduced + counts.annulled).toBe(pvn.length);
    // Other bodies' appeals are there too, named by their documents.
    expect(appeals.find((a) => a.id === "spotify-2023")).toMatchObject({ body: "se-forvaltningsratten-stockholm", outcome: "reduced" });
  });

  it("measures the days from notice to decision and decision to appeal on full dates only", () => {
    const t = timings(notices, appeals);
    expect(t.noticeToDecision.ids).toContain("raelingen-2020");
    expect(t.noticeToDecision.ids).not.toContain("lillestrom-2022"); // its notice is dated to the year only
    expect(t.noticeToDecision.median).toBeGreaterThan(60);
    expect(t.noticeToDecision.median).toBeLessThan(365);
    const coop = appeals.find((a) => a.id === "coop-finnmark-2020")!;
    expect(coop.days).toBe(daysBetween("2020-12-22", "2021-08-31"));
    expect(t.decisionToAppeal.n).toBeGreaterThan(5);
  });

  it("records Rælingen's partly accepted amount argument in the argument record of the notice cases", () => {
    const record = argumentRecord(library.cases, new Set(notices.map((c) => c.id)), library.argumentKinds);
    expect(record).toHaveLength(library.argumentKinds.length);
    const tooHigh = record.find((g) => g.kind.id === "fine-too-high")!;
    expect(tooHigh.arguments.find((a) => a.id === "raelingen-2020#0")?.argument.result).toBe("partly");
    // Only notice cases count.
    expect(record.every((g) => g.arguments.every((a) => notices.some((c) => c.id === a.caseId)))).toBe(true);
  });
});

describe("a forecast for a notice", () => {
  const decided = decidedCases(library);
  const model = loadModel();
  const ctx = noticeContext(library.cases, library.authorities.values(), decided, model, todayContext(library.rates), library.rates);

  it("keeps the notice as the upper figure and gives ordered ranges; Rælingen's facts find Rælingen first", () => {
    const scenario = decided.find((c) => c.id === "raelingen-2020")!.scenario;
    const a = assessNotice({ notice: 800_000, scenario }, ctx);
    expect(a.authority).toBe("no-datatilsynet");
    expect(a.closest[0]!.id).toBe("raelingen-2020");
    const f = a.forecast;
    expect(f.p10).toBeLessThanOrEqual(f.p25);
    expect(f.p25).toBeLessThanOrEqual(f.estimate);
    expect(f.estimate).toBeLessThanOrEqual(f.p75);
    expect(f.p75).toBeLessThanOrEqual(f.p90);
    expect(f.p90).toBe(800_000);
    // Datatilsynet lowered 14 of its 31 notices; shrunk toward 17 of 34.
    expect(f.pReduced).toBeGreaterThan(0.4);
    expect(f.pReduced).toBeLessThan(0.5);
    expect(a.noticeToComparable).toBeGreaterThan(0);
  });

  it("gives an Icelandic notice Personuvernd's record, where every notice came down", () => {
    const a = assessNotice({ notice: 15_000_000, scenario: { country: "IS", controllerType: "private", articles: [], factors: {} } }, ctx);
    expect(a.authority).toBe("is-personuvernd");
    expect(a.currency).toBe("ISK");
    expect(a.forecast.pReduced).toBeGreaterThan(0.6);
    expect(a.forecast.estimate).toBeLessThan(15_000_000);
  });
});
