import { describe, expect, it } from "vitest";
import { factorLetters } from "../../src/domain/factors.ts";
import { detailTexts, isSchoolCase, localeGaps, localizeCase, requiresLocale } from "../../src/domain/localize.ts";
import { localisedCaseTextSchema } from "../../src/domain/schema/case.ts";
import type { CaseRecord } from "../../src/domain/schema/case.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const library = loadLibrary();
const record = (id: string) => {
  const found = library.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case record ${id}`);
  return found;
};
/** A copy of a translated record with part of its nb block taken away. */
/** A copy of a record as it would be before its bokmål was written (no nb block). */
const untranslated = (id: string): CaseRecord => {
  const copy = structuredClone(record(id));
  delete copy.nb;
  return copy;
};
const without = (id: string, edit: (nb: NonNullable<CaseRecord["nb"]>) => void): CaseRecord => {
  const copy = structuredClone(record(id));
  edit(copy.nb!);
  return copy;
};

describe("localizeCase: a record's texts in the reader's language", () => {
  it("gives a translated record wholly in Norwegian (Ålesund: Strava in PE)", () => {
    const nb = localizeCase(record("alesund-2021"), "nb");
    expect(nb.title).toEqual({ text: expect.stringContaining("treningsappen Strava"), locale: "nb" });
    expect(nb.summary.text).toContain("50 000 kroner");
    expect(nb.factors.b).toEqual({ text: expect.stringContaining("grovt uaktsomt"), locale: "nb" });
    expect(nb.appeal).toEqual({ text: expect.stringContaining("Personvernnemnda"), locale: "nb" });
    expect(nb.complete).toBe(true);
    expect(nb.inEnglish).toEqual([]);
  });

  it("keeps every argument and answer in the record's order (Aquateknikk: six arguments)", () => {
    const nb = localizeCase(record("aquateknikk-2021"), "nb");
    expect(nb.arguments).toHaveLength(6);
    expect(nb.arguments[5]!.argument.text).toContain("PVN-2019-15");
    expect(nb.arguments[3]!.answer).toEqual({ text: expect.stringContaining("fra 300 000 til 100 000 kroner"), locale: "nb" });
  });

  it("gives the English texts of a record not yet written in Norwegian, each marked as English", () => {
    const nb = localizeCase(untranslated("bonnier-news-2023"), "nb");
    expect(nb.title).toEqual({ text: record("bonnier-news-2023").title, locale: "en" });
    expect(nb.complete).toBe(false);
    expect(nb.inEnglish).toEqual(expect.arrayContaining(["title", "summary", "factors.a", "factors.k"]));
    expect(Object.values(nb.factors).every((f) => f.locale === "en")).toBe(true);
  });

  it("falls back text by text: an nb block without a factor note or appeal note shows those in English", () => {
    const partial = without("aquateknikk-2021", (nb) => {
      delete nb.factors.c;
      delete nb.appeal;
    });
    const nb = localizeCase(partial, "nb");
    expect(nb.factors.c).toEqual({ text: partial.factors.c.note, locale: "en" });
    expect(nb.factors.d.locale).toBe("nb");
    expect(nb.appeal).toEqual({ text: partial.appeal!.note, locale: "en" });
    expect(nb.inEnglish).toEqual(["factors.c", "appeal"]);
    expect(nb.complete).toBe(false);
  });

  it("gives the other notes (facts, timeline, measures, sources' roles) in Norwegian by their path (Rælingen)", () => {
    const raelingen = record("raelingen-2020");
    const nb = localizeCase(raelingen, "nb");
    expect(nb.details["timeline[0].label"]).toEqual({ text: expect.stringContaining("Showbie"), locale: "nb" });
    expect(nb.details["timeline[0].label"]!.text).not.toBe(raelingen.timeline[0]!.label);
    expect(nb.details["controller.context"]!.text).toContain("Marikollen ungdomsskole");
    expect(Object.values(nb.details).every((t) => t.locale === "nb")).toBe(true);
    expect(Object.keys(nb.details)).toEqual(detailTexts(raelingen).map((d) => d.path));
    expect(nb.complete).toBe(true);
  });

  it("falls back to the English note where a block has no details yet, and is then not complete", () => {
    const older = without("raelingen-2020", (nb) => {
      delete nb.details;
    });
    const nb = localizeCase(older, "nb");
    expect(nb.details["dataSubjects.note"]).toEqual({ text: older.dataSubjects.note, locale: "en" });
    expect(nb.inEnglish).toContain("timeline[0].label");
    expect(nb.complete).toBe(false);
  });

  it("gives English as English, complete, even for a translated record", () => {
    const en = localizeCase(record("arbeidstilsynet-2022"), "en");
    expect(en.title).toEqual({ text: record("arbeidstilsynet-2022").title, locale: "en" });
    expect(en.arguments.map((a) => a.answer?.locale)).toEqual(["en", "en"]);
    expect(en.complete).toBe(true);
  });
});

describe("localeGaps: an nb block must mirror the English texts", () => {
  it("finds nothing in the translated records", () => {
    const translated = library.cases.filter((c) => c.nb);
    expect(translated.length).toBeGreaterThanOrEqual(3);
    expect(translated.flatMap((c) => localeGaps(c, "nb").map((g) => `${c.id}: ${g.path}`))).toEqual([]);
  });

  it("names a missing factor note, a missing answer and a wrong number of arguments", () => {
    const broken = without("aquateknikk-2021", (nb) => {
      delete nb.factors.g;
      delete nb.arguments[1]!.answer;
      nb.arguments.pop();
    });
    expect(localeGaps(broken, "nb")).toEqual([
      { path: "nb.factors.g", kind: "missing" },
      { path: "nb.arguments", kind: "count", expected: 6, found: 5 },
      { path: "nb.arguments[1].answer", kind: "missing" },
    ]);
  });

  it("names an appeal note the English lacks", () => {
    const broken = structuredClone(record("alesund-2021"));
    delete broken.appeal;
    expect(localeGaps(broken, "nb")).toEqual([{ path: "nb.appeal", kind: "extra" }]);
  });

  it("names a note missing from the details and one the record does not have", () => {
    const broken = without("raelingen-2020", (nb) => {
      delete nb.details!["timeline[1].label"];
      nb.details!["timeline[99].label"] = "Et notat uten engelsk forelegg";
    });
    expect(localeGaps(broken, "nb")).toEqual([
      { path: "nb.details.timeline[1].label", kind: "missing" },
      { path: "nb.details.timeline[99].label", kind: "extra" },
    ]);
  });

  it("takes as details only the paths of notes we write, never a source's quote", () => {
    const parse = (details: Record<string, string>) => localisedCaseTextSchema.safeParse({ ...record("raelingen-2020").nb, details }).success;
    expect(parse({ "timeline[0].label": "x", "sources[2].role": "vedtak", "verification.unverified[0]": "y" })).toBe(true);
    expect(parse({ "timeline[0].source.quote": "x" })).toBe(false);
    expect(parse({ title: "x" })).toBe(false);
    // The list of a record's notes holds no quotes either.
    expect(detailTexts(record("raelingen-2020")).some((d) => /quote/.test(d.path))).toBe(false);
  });

  it("asks nothing of a record without an nb block", () => {
    expect(localeGaps(untranslated("bonnier-news-2023"), "nb")).toEqual([]);
  });
});

describe("which records must have Norwegian texts", () => {
  it("every Norwegian case and every school case, not universities", () => {
    expect(requiresLocale(record("universitetet-i-agder-2024"), "nb")).toBe(true); // Norwegian
    expect(requiresLocale(record("aspudden-skola-2023"), "nb")).toBe(true); // Swedish school
    expect(requiresLocale(record("gardabaer-2023"), "nb")).toBe(true); // municipality (primary schools)
    expect(requiresLocale(record("infomentor-2021"), "nb")).toBe(true); // processor for schools
    expect(isSchoolCase(record("umea-universitet-2020"))).toBe(false);
    expect(isSchoolCase(record("fi-3843-163-20"))).toBe(false); // higher education
    expect(requiresLocale(record("bonnier-news-2023"), "nb")).toBe(false);
    const norwegian = library.cases.filter((c) => c.country === "NO");
    expect(norwegian.length).toBeGreaterThanOrEqual(53);
    expect(norwegian.filter((c) => !requiresLocale(c, "nb")).map((c) => c.id)).toEqual([]);
    const schools = library.cases.filter((c) => c.country !== "NO" && requiresLocale(c, "nb"));
    expect(schools.length).toBeGreaterThanOrEqual(20);
    expect(schools.filter((c) => !isSchoolCase(c)).map((c) => c.id)).toEqual([]);
  });

  it("has an nb block in every required record: every Norwegian case and every school case", () => {
    const missing = library.cases.filter((c) => requiresLocale(c, "nb") && !c.nb).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it("has every other note in Norwegian in every translated record (facts, timeline, measures, sources, verification)", () => {
    expect(library.cases.filter((c) => c.nb && !c.nb.details).map((c) => c.id)).toEqual([]);
  });

  it("has a Norwegian note for every factor in every translated record", () => {
    for (const c of library.cases.filter((r) => r.nb)) {
      expect(factorLetters.filter((l) => !c.nb!.factors[l]), c.id).toEqual([]);
    }
  });
});
