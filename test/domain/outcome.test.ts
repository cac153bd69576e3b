import { describe, expect, it } from "vitest";
import { caseEnding, endingKinds, isFineEnding } from "../../src/domain/outcome.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const record = (id: string) => {
  const found = library.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case record ${id}`);
  return found;
};
const ending = (id: string) => caseEnding(record(id));

describe("how a case ended, on the real records", () => {
  it("NAV 2024: Personvernnemnda set the NOK 20,000,000 fee aside, so it ended at 0", () => {
    const e = ending("nav-2024");
    expect(e).toMatchObject({ kind: "annulled", stage: "appeal", date: "2024-12-17", recommendation: false });
    expect(e.amount).toMatchObject({ amount: 0, currency: "NOK" });
    expect(e.decision?.amount).toBe(20_000_000);
    expect(e.changeFromNotice).toBe(-100);
    expect(e.changeFromDecision).toBe(-100);
    expect(e.source?.document).toBe("finansavisen-2024-nav-slipper-gebyr");
  });

  it("Google 2020: the courts' SEK 50,000,000 replaces IMY's SEK 75,000,000", () => {
    const e = ending("google-2020");
    expect(e).toMatchObject({ kind: "fine-changed", stage: "appeal", date: "2021-11-30" });
    expect(e.amount).toMatchObject({ amount: 50_000_000, currency: "SEK" });
    expect(e.decision?.amount).toBe(75_000_000);
    expect(e.changeFromDecision).toBeCloseTo(-33.33, 2);
    expect(e.changeFromNotice).toBeUndefined();
  });

  it("Spotify 2023: the administrative court cut SEK 58,000,000 to SEK 40,000,000", () => {
    const e = ending("spotify-2023");
    expect(e).toMatchObject({ kind: "fine-changed", stage: "appeal", date: "2024-06-28" });
    expect(e.amount?.amount).toBe(40_000_000);
    expect(e.changeFromDecision).toBeCloseTo(-31.03, 2);
    expect(e.source).toMatchObject({ document: "fis-13539-23", paragraph: "p120" });
  });

  it("Coop Finnmark 2020: the notified and decided NOK 400,000 was waived on appeal", () => {
    const e = ending("coop-finnmark-2020");
    expect(e).toMatchObject({ kind: "annulled", stage: "appeal", date: "2021-08-31" });
    expect(e.amount?.amount).toBe(0);
    expect(e.notice?.amount).toBe(400_000);
    expect(e.changeFromNotice).toBe(-100);
  });

  it("Vejen 2024: a Danish recommendation to the police, no court fine known", () => {
    const e = ending("vejen-kommune-2024");
    expect(e).toMatchObject({ kind: "recommended", stage: "decision", recommendation: true, date: "2024-08-14" });
    expect(e.amount).toMatchObject({ amount: 200_000, currency: "DKK" });
    expect(e.appeal).toBeUndefined();
  });

  it("PrivatBo 2020: the recommended DKK 150,000 was never imposed (the police closed the case)", () => {
    const e = ending("privatbo-2020");
    expect(e).toMatchObject({ kind: "annulled", stage: "appeal", recommendation: true, date: "2020-12-14" });
    expect(e.amount?.amount).toBe(0);
    expect(e.decision?.amount).toBe(150_000);
  });

  it("Danish court fines: Østre Landsret's DKK 1,000,000 for Arp-Hansen, Retten i Roskilde's DKK 50,000 for Lejre", () => {
    expect(ending("arp-hansen-2020")).toMatchObject({ kind: "fine-changed", stage: "appeal", recommendation: true, amount: { amount: 1_000_000 } });
    expect(ending("lejre-kommune-2020")).toMatchObject({ kind: "fine", stage: "appeal", recommendation: true, amount: { amount: 50_000 }, changeFromDecision: 0 });
  });

  it("a plain fine: Rælingen 2020 ended at the decided NOK 500,000, 37.5 % below the notice", () => {
    const e = ending("raelingen-2020");
    expect(e).toMatchObject({ kind: "fine", stage: "decision", date: "2020-07-02", recommendation: false, changeFromDecision: 0 });
    expect(e.amount?.amount).toBe(500_000);
    expect(e.changeFromNotice).toBe(-37.5);
    expect(e.appealUnrecorded).toBeUndefined();
  });

  it("a fine upheld on appeal keeps its amount and rests on the appeal (Grindr 2021)", () => {
    expect(ending("grindr-2021")).toMatchObject({ kind: "fine", stage: "appeal", amount: { amount: 65_000_000 }, changeFromNotice: -35, changeFromDecision: 0 });
  });

  it("a reprimand in place of a notified fine: Disqus 2024, the notified NOK 25 million fell away", () => {
    const e = ending("disqus-2024");
    expect(e).toMatchObject({ kind: "reprimand", stage: "decision", date: "2024-10-28", changeFromNotice: -100 });
    expect(e.amount).toBeUndefined();
  });

  it("an appeal whose amount is not recorded is said so, not hidden (MedHelp, SL, Odin Flissenter)", () => {
    expect(ending("medhelp-2021")).toMatchObject({ kind: "fine", stage: "decision", appealUnrecorded: "decided" });
    expect(ending("sl-2021")).toMatchObject({ kind: "fine", appealUnrecorded: "pending" });
    expect(ending("odin-flissenter-2020")).toMatchObject({ kind: "fine", appealUnrecorded: "unknown" });
  });

  it("orders changed on appeal rest on the appeal ruling (Arendal 2019); an undecided record is unknown (Grue 2024)", () => {
    expect(ending("arendal-2019")).toMatchObject({ kind: "orders", stage: "appeal", date: "2020-11-09" });
    const grue = ending("grue-2024");
    expect(grue.kind).toBe("unknown");
    expect(grue.amount).toBeUndefined();
  });

  it("every record: one known kind, amounts consistent with it", () => {
    for (const r of library.cases) {
      const e = caseEnding(r);
      expect(endingKinds, r.id).toContain(e.kind);
      if (e.kind === "annulled") expect(e.amount?.amount, r.id).toBe(0);
      if (e.kind === "recommended") expect(r.country, r.id).toBe("DK");
      if (isFineEnding(e)) expect(e.amount!.amount, r.id).toBeGreaterThan(0);
      // The ending is the last stage recorded: never the decision when an appeal amount exists.
      if (r.amounts.appeal) expect(e.amount, r.id).toBe(r.amounts.appeal);
      if (e.amount) expect(e.date, r.id).toBe(e.amount.date);
    }
  });
});
