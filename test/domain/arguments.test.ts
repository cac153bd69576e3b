import { describe, expect, it } from "vitest";
import { amountChange, argumentsByAuthority, argumentsByKind, mostArguedFirst, mostArgumentsFirst } from "../../src/domain/arguments.ts";
import { argumentAnchor, argumentKindPath } from "../../src/domain/paths.ts";
import { argumentResults } from "../../src/domain/schema/case.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const groups = argumentsByKind(library.cases, library.argumentKinds);
const allArguments = library.cases.flatMap((c) => c.arguments);
const group = (id: string) => groups.find((g) => g.kind.id === id)!;
const record = (id: string) => library.cases.find((c) => c.id === id)!;

describe("arguments grouped by kind, on the real records", () => {
  it("counts Rælingen's 'disproportionately high' argument as partly accepted under the amount kind, with the fee cut from 800,000 to 500,000", () => {
    const entry = group("fine-too-high").arguments.find((a) => a.id === "raelingen-2020#0")!;
    expect(entry.argument.argument).toContain("disproportionately high");
    expect(entry).toMatchObject({ main: true, caseId: "raelingen-2020", authority: "no-datatilsynet", country: "NO" });
    expect(entry.argument.result).toBe("partly");
    expect(entry.amountChange).toMatchObject({ currency: "NOK", notice: 800_000, final: 500_000, noticeToFinal: -37.5 });
    expect(entry.amountChange?.finalToAppeal).toBeUndefined();
  });

  it("counts every argument once under its main kind: the main counts add up to all arguments in the records", () => {
    expect(allArguments.length).toBe(456);
    const mainTotal = groups.reduce((n, g) => n + g.mainResults.total, 0);
    expect(mainTotal).toBe(allArguments.length);
    for (const result of argumentResults) {
      expect(groups.reduce((n, g) => n + g.mainResults[result], 0)).toBe(allArguments.filter((a) => a.result === result).length);
    }
  });

  it("lists an argument under each kind it names and under no other", () => {
    const listed = groups.reduce((n, g) => n + g.arguments.length, 0);
    expect(listed).toBe(allArguments.reduce((n, a) => n + a.kinds.length, 0));
    const apoteket = groups.filter((g) => g.arguments.some((a) => a.id === "apoteket-2024#2")).map((g) => g.kind.id);
    expect(apoteket.sort()).toEqual([...record("apoteket-2024").arguments[2]!.kinds].sort());
  });

  it("keeps per-kind counts consistent: by result and by authority both add up to the kind's arguments", () => {
    for (const g of groups) {
      expect(g.results.total).toBe(g.arguments.length);
      expect(argumentResults.reduce((n, r) => n + g.results[r], 0)).toBe(g.results.total);
      expect(Object.values(g.byAuthority).reduce((n, c) => n + c.total, 0)).toBe(g.results.total);
      expect(g.mainResults.total).toBe(g.arguments.filter((a) => a.main).length);
    }
  });

  it("follows the order of content/argument-kinds.json and keeps every kind, used or not", () => {
    expect(groups.map((g) => g.kind.id)).toEqual(library.argumentKinds.map((k) => k.id));
    expect(argumentsByKind([], library.argumentKinds).every((g) => g.results.total === 0)).toBe(true);
  });

  it("counts per authority: self-reporting argued before Datatilsynet (Norway) was credited in part more often than not", () => {
    const norway = group("self-reported").byAuthority["no-datatilsynet"]!;
    expect(norway).toEqual({ total: 6, accepted: 1, partly: 4, rejected: 1, "not-answered": 0 });
    // The one acceptance is Personvernnemnda's on appeal (Coop Finnmark); Rælingen's self-report earned nothing.
    const results = Object.fromEntries(group("self-reported").arguments.map((a) => [a.id, a.argument.result]));
    expect(results).toMatchObject({ "coop-finnmark-2020#11": "accepted", "raelingen-2020#3": "rejected" });
  });

  it("fails loudly when an argument names a kind it was not given", () => {
    expect(() => argumentsByKind(library.cases, library.argumentKinds.slice(1))).toThrow(/names the unknown kind "self-reported"/);
  });
});

describe("the amount change of a case", () => {
  it("runs notice → final → appeal: the notified NOK 400,000 kept, then cut on appeal", () => {
    expect(amountChange(record("no-20-02178"))).toEqual({
      currency: "NOK",
      notice: 400_000,
      final: 400_000,
      appeal: 250_000,
      noticeToFinal: 0,
      finalToAppeal: -37.5,
    });
  });

  it("gives no notice-to-final change when the notice amount is not known", () => {
    const google = amountChange(record("google-2020"))!;
    expect(google.notice).toBeUndefined();
    expect(google.noticeToFinal).toBeUndefined();
    expect(google.finalToAppeal).toBeCloseTo(-33.33, 2);
  });

  it("records a fine annulled on appeal as a change of -100 %", () => {
    expect(amountChange(record("liikennevakuutuskeskus-2021"))).toMatchObject({ final: 52_000, appeal: 0, finalToAppeal: -100 });
  });
});

describe("arguments by authority, on the real records", () => {
  it("counts every argument once, under the authority that decided its case", () => {
    const byAuthority = argumentsByAuthority(library.cases);
    expect([...byAuthority.values()].reduce((n, r) => n + r.total, 0)).toBe(allArguments.length);
    const norway = library.cases.filter((c) => c.authority === "no-datatilsynet").flatMap((c) => c.arguments);
    const no = byAuthority.get("no-datatilsynet")!;
    expect(no.total).toBe(norway.length);
    for (const result of argumentResults) expect(no[result]).toBe(norway.filter((a) => a.result === result).length);
  });
});

describe("the order of the kind pages and of the authorities", () => {
  it("puts the most-argued kinds first, ties in the kinds' file order, without changing the groups given", () => {
    const ordered = mostArguedFirst(groups);
    expect(ordered.map((g) => g.kind.id).sort()).toEqual(groups.map((g) => g.kind.id).sort());
    ordered.slice(1).forEach((g, i) => {
      const before = ordered[i]!;
      expect(before.results.total).toBeGreaterThanOrEqual(g.results.total);
      if (before.results.total === g.results.total) expect(groups.indexOf(before)).toBeLessThan(groups.indexOf(g));
    });
    expect(groups.map((g) => g.kind.id)).toEqual(library.argumentKinds.map((k) => k.id));
  });

  it("puts the authorities with the most arguments first, ties by id", () => {
    const counts = (total: number) => ({ accepted: 0, partly: 0, rejected: total, "not-answered": 0, total });
    expect(mostArgumentsFirst([["b", counts(2)], ["c", counts(5)], ["a", counts(2)]]).map(([id]) => id)).toEqual(["c", "a", "b"]);
  });

  it("gives each kind a page and each argument on it an id from its place in the record, from 1", () => {
    expect(argumentKindPath("fine-too-high")).toBe("/arguments/fine-too-high/");
    expect(argumentAnchor("raelingen-2020", 0)).toBe("raelingen-2020-1");
  });
});
