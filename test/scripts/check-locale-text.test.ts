import { describe, expect, it } from "vitest";
import { checkJson, checkPage, decodeEntities, englishTexts, recordTexts, standsAlone, textRuns, type RecordText } from "../../scripts/check-locale-text.ts";
import { loadLibrary } from "../../src/domain/sources/repository.ts";

const page = (body: string) => `<!doctype html><html lang="nb"><head><title>Rælingen kommune: pupils' health data in Showbie</title></head><body>${body}</body></html>`;

const texts: RecordText[] = [
  { caseId: "raelingen-2020", path: "title", english: "Rælingen kommune: pupils' health data in Showbie", nb: "Rælingen kommune: elevers helseopplysninger i Showbie" },
  { caseId: "imy-x", path: "title", english: "Region Dalarna: clinic names visible through envelopes", nb: undefined },
  // the same note in two records, one without bokmål: it may be shown in English, marked
  { caseId: "a", path: "factors.j", english: "The decision does not mention codes of conduct.", nb: "Vedtaket nevner ikke atferdsnormer." },
  { caseId: "b", path: "factors.j", english: "The decision does not mention codes of conduct.", nb: undefined },
  // a short note, also found inside longer English texts; and one only compared, never shown from data
  { caseId: "c", path: "dataSubjects.categories[1]", english: "personal identity numbers", nb: "personnumre" },
  { caseId: "c", path: "controller.sector", english: "education (municipal primary schools)", nb: "utdanning (kommunale grunnskoler)" },
];
const english = englishTexts(texts);

describe("check:locale on a Norwegian page", () => {
  it("reads the language in force at each text, from the nearest lang around it", () => {
    const runs = textRuns(`<html lang="nb"><body><p>norsk <span lang="en">English <b>bold</b></span> igjen</p><br><script>var x = "<span lang=en>"</script>slutt</body></html>`);
    expect(runs.filter((r) => r.text.trim()).map((r) => [r.text.trim(), r.lang])).toEqual([
      ["norsk", "nb"],
      ["English", "en"],
      ["bold", "en"],
      ["igjen", "nb"],
      ["slutt", "nb"],
    ]);
  });

  it("finds a record's English text where it has bokmål, even split by markup and escaped", () => {
    const found = checkPage("/nb/x/", page(`<p><a href="/nb/cases/raelingen-2020/">Rælingen kommune: <em>pupils&#39; health data</em> in Showbie</a></p>`), english);
    expect(found).toEqual([expect.objectContaining({ caseId: "raelingen-2020", path: "title", problem: "english-where-nb-exists" })]);
  });

  it("accepts English without bokmål when marked lang=\"en\", and reports it unmarked", () => {
    expect(checkPage("/nb/x/", page(`<h2 lang="en">Region Dalarna: clinic names visible through envelopes</h2>`), english)).toEqual([]);
    expect(checkPage("/nb/x/", page(`<h2>Region Dalarna: clinic names visible through envelopes</h2>`), english)).toEqual([
      expect.objectContaining({ caseId: "imy-x", problem: "english-not-marked" }),
    ]);
  });

  it("lets a note several records share stay English (marked) when one of them has no bokmål", () => {
    expect(checkPage("/nb/x/", page(`<p lang="en">The decision does not mention codes of conduct.</p>`), english)).toEqual([]);
  });

  it("reads the body only: the head's title is not text on the page", () => {
    expect(checkPage("/nb/x/", page("<p>Rælingen kommune: elevers helseopplysninger i Showbie</p>"), english)).toEqual([]);
  });

  it("finds English texts with bokmål in a data file the Norwegian pages load", () => {
    const json = JSON.stringify({ cases: [{ id: "raelingen-2020", title: "Rælingen kommune: pupils' health data in Showbie" }] });
    expect(checkJson("/varsel/data.json", json, english).map((f) => f.caseId)).toEqual(["raelingen-2020"]);
    expect(checkJson("/varsel/data.json", JSON.stringify({ t: "Rælingen kommune: elevers helseopplysninger i Showbie" }), english)).toEqual([]);
  });

  it("finds a short note shown on its own, not the same words inside a longer English text", () => {
    const note = (html: string) => checkPage("/nb/x/", page(html), english).map((f) => f.path);
    expect(note(`<dd><span lang="en">personal identity numbers</span>; <span>navn</span></dd>`)).toEqual(["dataSubjects.categories[1]"]);
    expect(note(`<p lang="en">Names and personal identity numbers of 300 patients were sent.</p>`)).toEqual([]);
    expect(note(`<dd lang="en">personal identity numbers, names, care unit</dd>`)).toEqual([]);
    // Unmarked on a Norwegian page it is reported wherever it stands.
    expect(note(`<p>De sendte personal identity numbers videre.</p>`)).toEqual(["dataSubjects.categories[1]"]);
    expect(standsAlone("Categories: personal identity numbers; names", "personal identity numbers")).toBe(true);
    expect(standsAlone("names and personal identity numbers", "personal identity numbers")).toBe(false);
  });

  it("does not read a decision's own text (class doc-text) as ours", () => {
    expect(checkPage("/nb/decisions/x/", page(`<div class="doc-text" lang="en"><p>incl. personal identity numbers, names</p></div>`), english)).toEqual([]);
    expect(checkPage("/nb/decisions/x/", page(`<div class="doc-text" lang="en"><p>x</p></div><p lang="en">personal identity numbers</p>`), english).map((f) => f.path)).toEqual([
      "dataSubjects.categories[1]",
    ]);
  });

  it("lets data files carry the sector's English words for comparing, but not a shown note", () => {
    expect(checkJson("/calculator/e.json", JSON.stringify([["x", "education (municipal primary schools)"]]), english)).toEqual([]);
    expect(checkJson("/compare/c.json", JSON.stringify([{ categories: ["personal identity numbers"] }]), english).map((f) => f.path)).toEqual(["dataSubjects.categories[1]"]);
  });

  it("decodes the character references the build writes", () => {
    expect(decodeEntities("a &amp; b &#39;c&#x27; &lt;d&gt; &quot;e&quot; &nbsp;&copy;")).toBe("a & b 'c' <d> \"e\" \u00a0&copy;");
  });
});

describe("the records' texts", () => {
  it("takes every text of a real record with its bokmål, skipping short ones", () => {
    const raelingen = loadLibrary().cases.find((c) => c.id === "raelingen-2020")!;
    const t = recordTexts(raelingen);
    expect(t.find((x) => x.path === "title")).toEqual({ caseId: "raelingen-2020", path: "title", english: raelingen.title, nb: raelingen.nb!.title });
    expect(t.some((x) => x.path.startsWith("arguments[") && x.nb !== undefined)).toBe(true);
    expect(t.every((x) => x.english.length >= 24)).toBe(true);
    // The other notes too, each with its bokmål.
    expect(t.find((x) => x.path === "timeline[0].label")).toEqual(expect.objectContaining({ english: raelingen.timeline[0]!.label, nb: raelingen.nb!.details!["timeline[0].label"] }));
  });
});
