import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, stripContactDetails, type CleanedText, type Paragraph } from "../../../src/domain/text/clean.ts";
import { corpusDir, corpusDirPath, rawCorpusPresent, seedsDir } from "../../../src/domain/sources/paths.ts";

// These tests read the raw texts, which are not in the repository: they run where the raw inputs
// are (CI has ../shared), and are skipped with one line saying so on a bare clone.
const rawPresent = rawCorpusPresent();
if (!rawPresent) console.log(`clean.test.ts: raw corpus not found at ${corpusDirPath()}: the tests on real raw texts are skipped.`);
const describeRaw = (rawPresent ? describe : (name: string) => describe.skip(name, () => it("needs the raw corpus", () => {}))) as (
  name: string,
  fn: () => void,
) => void;

const texts = () => join(corpusDir(), "texts");
const corpus = (file: string) => cleanText(readFileSync(join(texts(), file), "utf8"), "gdprhub-mt");
const seed = (file: string, format: "transcript-pages" | "web-page") =>
  cleanText(readFileSync(join(seedsDir(), file), "utf8"), format);

const all = (r: CleanedText) => r.paragraphs.map((p) => p.text).join("\n");
const find = (r: CleanedText, needle: string) => r.paragraphs.filter((p) => p.text.includes(needle));
const idsConsecutive = (ps: Paragraph[]) => ps.every((p, i) => p.id === `p${i + 1}`);

const PHONE = /(?:\+\d{2,3} ?)?\b(?:\d{2} ){3}\d{2}\b|\b\d{3}-\d{2} \d{2} \d{2}\b|\b0\d{1,3}-\d{2,3} ?\d{2} ?\d{2}\b|\b\d{3} \d{2} \d{3}\b/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
// Written out: "(at)", "[at]", "(ät)", or an at-sign with spaces before a domain.
const WRITTEN_EMAIL = /\((?:at|ät)\)|\[at\] ?[\w-]+\.[a-z]{2}|\w\(a\)[\w-]+\.[a-z]{2}|\w ?@ ?\w+\.[a-z]{2}/i;

describe("stripContactDetails", () => {
  it.each([
    ["Ring +47 62 94 20 00 i dag", "Ring [contact details removed] i dag"],
    ["Telefon: 063-14 34 66 E-post: Lars.torin@ostersund.se", "[contact details removed]"],
    ["sentralbord 62 94 20 00.", "sentralbord [contact details removed]."],
    ["skriv til post@grue.kommune.no", "skriv til [contact details removed]"],
    ["på 468 88 911 eller via e-post haavard.elvbakken@grue.kommune.no.", "på [contact details removed] eller via [contact details removed]."],
    ["Tel. 33 19 32 00", "[contact details removed]"],
    ["T +45 21604635", "[contact details removed]"],
    ["Phone: 08-657 61 00Datainspektionen", "[contact details removed]Datainspektionen"],
    ["These numbers were 02 4334000, 02 4334001 and 02 433400", "These numbers were [contact details removed]"],
    // Addresses written out, as the Finnish decisions print them (the corpus's own sentences) …
    [
      "The decision-making was attended by Data Protection Commissioner Anu Talus, anu.talus(at)om.fi, tel. 029 566 6766",
      "The decision-making was attended by Data Protection Commissioner Anu Talus, [contact details removed]",
    ],
    ["Assistant Data Protection Officer Anu Talus, 029 566 6766, anu.talus (at) om.fi", "Assistant Data Protection Officer Anu Talus, [contact details removed]"],
    [
      "he sent an e-mail on 26 October 2018 to the data controller (tietosuoja-asiat(at)otavamedia.fi) regarding the rights",
      "he sent an e-mail on 26 October 2018 to the data controller [contact details removed] regarding the rights",
    ],
    [
      "by sending a scanned and signed deletion request form to the address tietosuo-asiat(at)otavamedia.fi. 7 May 2020.",
      "by sending a scanned and signed deletion request form to the address [contact details removed]. 7 May 2020.",
    ],
    // … with the local part machine-translated into words: the address goes, the words stay.
    ["sent as an email to the data protection affairs(at)otavamedia.fi email address", "sent as an email to the data protection [contact details removed] email address"],
    // … and the other ways of writing one.
    ["kirjoita nimi[at]virasto.fi", "kirjoita [contact details removed]"],
    ["skriv till namn(ät)myndighet.se", "skriv till [contact details removed]"],
    ["skriv til navn(a)styrelse.dk", "skriv til [contact details removed]"],
    ["write to name at domain dot no", "write to [contact details removed]"],
    ["write to name @ domain . fi", "write to [contact details removed]"],
    ["skriv till namn snabel-a domän punkt se", "skriv till [contact details removed]"],
  ])("removes %j", (input, expected) => {
    expect(stripContactDetails(input)).toBe(expected);
  });

  it.each([
    "case 20/02191",
    "DI-2019-3839",
    "journal number 2018-32-0232",
    "a fine of NOK 1 600 000",
    "NOK 500 000",
    "SEK 1,600,000",
    "decided 2020-07-02",
    "on 01.08.2020 - 31.12.2023",
    "Article 32(1)(b) GDPR",
    "Article 6 (1) (f) of Regulation 2016/679",
    "report 13/00941",
    "org. no. 974 761 467",
    "in 2018 2019 2020",
    "Act of 15 June 2018 no. 38",
    "HSLF-FS 2016: 40",
    // "at" in the corpus's prose, before web sites, and "(a)" of a provision.
    "The University Hospital, which at the time of the inspection was close to 18,000.",
    "he tried to delete his customer account online at cdon.dk by",
    "log into his customer account at Otavamedia.fi/kirjaudu (the data subject's contact information",
    "as follows from the overview above GPs at helsenorge.no (the public health portal)",
    "At Legelisten.no you can enter anonymous assessments of",
    "as a password for reading Secure @ Mail on a web server.",
    "Article 9 (1) (a) and Article 9 (1) 2, letter a.",
    "in accordance with Article 6(1)(a) GDPR.",
    // An editor's insertion in a Persónuvernd decision.
    "referred to an attachment with the decision of the dean [at] the University of Iceland in a case",
  ])("keeps %j", (input) => {
    expect(stripContactDetails(input)).toBe(input);
  });

  it("keeps prose with 'at' and 'dot' words in it", () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), word, word, (before, place, site) => {
        const text = `${before.join(" ")} at the ${place}, at ${site}.com and at ${place} (${site}.no).`;
        expect(stripContactDetails(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describeRaw("gdprhub-mt: Rælingen (Datatilsynet 20/02191)", () => {
  const r = corpus("MT_Datatilsynet_Norway_-_20_02191.md");

  it("drops the letterhead and the reference/date block", () => {
    const text = all(r);
    for (const gone of ["PO Box 100", "2025 FJERDINGBY", "Our reference", "Their reference", "02191-1 KBK"]) {
      expect(text).not.toContain(gone);
    }
    expect(r.removed).toEqual(expect.arrayContaining(["letterhead", "reference/date header block"]));
  });

  it("joins lines wrapped mid-sentence into whole paragraphs", () => {
    const [p] = find(r, "two days after the actual circumstances became");
    expect(p?.text).toContain("discovered");
    expect(p?.kind).toBe("paragraph");
    expect(find(r, "Årdal").some((q) => q.text.includes("PVN-2016-14"))).toBe(true);
    // "…neither material nor non-\nmaterial damage": the hyphen of a prefix stays.
    expect(all(r)).toContain("neither material nor non-material damage");
  });

  it("finds numbered headings and bullets", () => {
    expect(r.paragraphs).toContainEqual(expect.objectContaining({ kind: "heading", text: "10. Right of appeal" }));
    expect(r.paragraphs).toContainEqual(expect.objectContaining({ kind: "heading", text: "1 Introduction" }));
    const bullet = find(r, "Inadequate security when logging in to Showbie")[0];
    expect(bullet?.kind).toBe("list-item");
    expect(bullet?.text.startsWith("•")).toBe(false);
  });

  it("numbers paragraphs p1…pN, the same way every time", () => {
    expect(idsConsecutive(r.paragraphs)).toBe(true);
    expect(corpus("MT_Datatilsynet_Norway_-_20_02191.md")).toEqual(r);
    expect(r.hasDecisionText).toBe(true);
  });
});

describeRaw("gdprhub-mt: Bergen (Datatilsynet 18/02140)", () => {
  const r = corpus("MT_Datatilsynet_Norway_-_18_02140.md");

  it("drops Datatilsynet's letterhead, also where it is glued to body text", () => {
    const text = all(r);
    for (const gone of ["Postal address", "Tollbugt", "974 761 467", "www.datatilsynet.no", "5020 BERGEN", "PO Box 7700", "0105 OSLO"]) {
      expect(text).not.toContain(gone);
    }
    // "0105 OSLOUt from the information …": the postcode goes, the sentence stays.
    expect(find(r, "from the information in the case, the Data Inspectorate believes")).toHaveLength(1);
  });

  it("keeps the decision and its structure", () => {
    expect(find(r, "NOK 1,600,000")).not.toHaveLength(0);
    const headings = r.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(["1.2 Decision on infringement fines", "3.2 The rules in the Privacy Ordinance", "5 Concluding remarks"]));
    // The line "83." ends a sentence ("…Regulation Article 83."); it is not a heading number.
    expect(headings.some((h) => h.startsWith("83."))).toBe(false);
    const letters = r.paragraphs.filter((p) => /^[a-f]\) /.test(p.text));
    expect(letters.length).toBeGreaterThanOrEqual(6);
    expect(letters.every((p) => p.kind === "list-item")).toBe(true);
  });
});

describeRaw("gdprhub-mt: Datainspektionen DI-2019-3840 (paginated PDF)", () => {
  const r = corpus("MT_Datainspektionen_-_DI-2019-3840.md");

  it("drops page markers, running headers, the letterhead and the table of contents", () => {
    for (const p of r.paragraphs) {
      expect(p.text).not.toMatch(/^Page \d+$|^\d+ \(34\)$/);
      expect(p.text).not.toMatch(/Postal address|datainspektionen@|Box 8114|www\.datainspektionen\.se/);
      expect(p.text).not.toMatch(/\.{5,}/);
    }
    expect(r.paragraphs.filter((p) => p.text === "DI-2019-3840" || p.text === "The Data Inspectorate")).toHaveLength(0);
    expect(r.removed).toEqual(expect.arrayContaining(["page numbers", "running headers/footers", "table of contents"]));
  });

  it("rejoins a sentence split by a page break and sets the footnote apart", () => {
    const [p] = find(r, "Cape. § 9 (item 1) HSLF-FS 2016: 40.");
    expect(p?.text).toContain("This means that Sahlgrenska The University Hospital has not taken appropriate");
    expect(p?.text).not.toContain("Regulation (EU) 2016/679");
    const [note] = find(r, "1 Regulation (EU) 2016/679 of the European Parliament");
    expect(note?.text).toMatch(/General Data Protection Regulation\)\.$/);
  });

  it("finds headings that open a page", () => {
    expect(r.paragraphs).toContainEqual(expect.objectContaining({ kind: "heading", text: "The Data Inspectorate's decision" }));
  });
});

describeRaw("gdprhub-mt: line-break hyphenation", () => {
  // A letter with the authority's address in a right-hand column: "not provid-" / "VAT No." / "ing a copy".
  const r = corpus("MT_Datatilsynet_Denmark_-_2019-31-2071.md");

  it("joins a hyphenated word without its hyphen, keeps prefixes, and drops the address column", () => {
    const text = all(r);
    expect(text).toContain("reprimanding Reto Moto for not providing a copy of in-game chat messages");
    expect(text).toContain("in violation of Reto Moto’s terms"); // "viola-\ntion"
    expect(text).toContain("containing anti-cheat related information"); // "anti-\ncheat"
    expect(text).not.toMatch(/provid- |viola-tion|VAT No\.|2500 ?Valby|datatilsynet\.dk/);
  });
});

describeRaw("gdprhub-mt: GDPRhub's own page text", () => {
  it("keeps only the machine translation of the Finnish multi-case page", () => {
    const file = readdirSync(texts()).find((f) => f.startsWith("MT_Tietosuojavaltuutetun_toimisto_Finland_-_3425_157_2019_3578"))!;
    const r = corpus(file);
    expect(r.paragraphs).toEqual([]);
    expect(r.hasDecisionText).toBe(false);
    expect(r.removed).toEqual(expect.arrayContaining(["GDPRhub page (navigation, English summary, comments)", "GDPRhub footer"]));
  });

  it("drops the notice and footer around a real decision", () => {
    const r = corpus("MT_Persónuvernd_-_2020010598.md");
    expect(r.hasDecisionText).toBe(true);
    expect(all(r)).not.toMatch(/Machine translation|Google Translate/);
    expect(r.paragraphs[0]?.text).toMatch(/^"?Intended processing of personal data by Siminn/);
  });
});

describeRaw("transcript-pages: seed 001 (Møhlenpris report 13/00941)", () => {
  const r = seed("001_7d30c2d97373dc49.txt", "transcript-pages");
  const text = all(r);

  it("keeps only the report: nothing before the transcript, nothing after page 19", () => {
    for (const gone of ["Save this PDF", "Download", "Transkript", "Detaljer", "Drammen kommune, Aronsløkka", "Minibuss"]) {
      expect(text).not.toContain(gone);
    }
    expect(text).not.toMatch(/\bav 19\b/);
    expect(r.paragraphs[0]?.text).toMatch(/^Saksnummer: 13\/00941/);
    expect(r.paragraphs.at(-1)?.text).toMatch(/faktisk registreres som avvik fra regler om atferd\.$/);
  });

  it("strips the page number that leads each page", () => {
    expect(r.paragraphs).toContainEqual(expect.objectContaining({ kind: "heading", text: "3 Oversendelse av informasjon" }));
    expect(r.paragraphs).toContainEqual(expect.objectContaining({ kind: "heading", text: "5.2.2 Sikkerhetsledelse" }));
  });

  it("splits page blobs at section headings and the recurring sub-headings", () => {
    const headings = r.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(["Faktiske forhold", "Vurdering", "Konklusjon", "Delkonklusjon", "5.1 Internkontroll", "6.5 Konklusjon"]));
    expect(headings.filter((h) => h === "Vurdering").length).toBeGreaterThanOrEqual(8);
    // A footnote that looks like "2 Avtale mellom …" does not continue the numbering after 5.3.
    expect(headings.some((h) => h.startsWith("2 Avtale"))).toBe(false);
    expect(find(r, "SWIS").length).toBeGreaterThan(10);
    expect(idsConsecutive(r.paragraphs)).toBe(true);
  });

  it("joins text that runs across a page break", () => {
    // Page 3 ends "… som Datatilsynet refererte til", page 4 goes on "under kontrollen. Her fremkommer …".
    expect(find(r, "som Datatilsynet refererte til under kontrollen. Her fremkommer")).toHaveLength(1);
  });
});

describeRaw("web-page: seeds 002 and 003", () => {
  const ostersund = seed("002_4286effe70c2edea.txt", "web-page");
  const grue = seed("003_f1eac79b46a9fa17.txt", "web-page");

  it("removes phone numbers and e-mail addresses", () => {
    for (const r of [ostersund, grue]) {
      for (const p of r.paragraphs) {
        expect(p.text).not.toMatch(PHONE);
        expect(p.text).not.toMatch(EMAIL);
      }
      expect(r.removed).toContain("contact details");
    }
  });

  it("keeps the text, the municipality and the date line", () => {
    expect(find(ostersund, "Östersunds kommun").length).toBeGreaterThan(2);
    expect(ostersund.paragraphs[0]?.text).toBe("Publicerad 2023-11-30");
    expect(find(ostersund, "300 000 kronor")).toHaveLength(1);
    expect(all(ostersund)).not.toContain("Prenumerera");
    expect(find(grue, "Grue kommune").length).toBeGreaterThan(1);
    expect(all(grue)).not.toMatch(/Kontaktperson/);
  });

  it("turns bullets into list items and short lines into headings", () => {
    const items = ostersund.paragraphs.filter((p) => p.kind === "list-item");
    expect(items).toHaveLength(6);
    expect(items[0]?.text).toMatch(/^Extern genomlysning\./);
    expect(grue.paragraphs).toContainEqual(expect.objectContaining({ kind: "heading", text: "Berørte data" }));
    expect(ostersund.hasDecisionText && grue.hasDecisionText).toBe(true);
  });
});

describeRaw("the whole corpus", () => {
  const files = readdirSync(texts()).filter((f) => f.endsWith(".md"));
  // How long cleaning takes is measured by `npm run import:corpus`, which prints it; not timed here.
  const results = new Map(files.map((f) => [f, corpus(f)] as const));

  it("cleans every file", () => {
    expect(files).toHaveLength(558);
    expect(results.size).toBe(558);
  });

  it("finds no decision text in the empty file, the placeholders and the bare notices", () => {
    const none = files.filter((f) => !results.get(f)!.hasDecisionText);
    // The README counts 1 empty + 3 placeholders + 23 notice-and-footer files = 27. Reading them
    // gives one more: the Kammarrätten file holds the court web site's "Judgments and decisions"
    // blurb instead of a judgment. The Finnish multi-case page holds only GDPRhub's summary.
    expect(none).toEqual(
      expect.arrayContaining([
        "MT_Datatilsynet_Norway_-_21_01164.md", // "."
        "MT_Datatilsynet_Denmark_-_2018-7320-0166.md", // "Journal number: …"
        "MT_Datatilsynet_Norway_-_19_02985.md", // "Not available due to the format of the linked pdf."
        "MT_Datatilsynet_Norway_-_20_02059.md", // "This decision was not made publicly available." + footer
        "MT_Kammarrätten_i_Stockholm_-_Mål_nr_4413-22.md",
      ]),
    );
    const noticeOnly = files.filter((f) => /^The decision below is a machine translation/.test(readFileSync(join(texts(), f), "utf8")));
    expect(noticeOnly).toHaveLength(22);
    expect(none).toEqual(expect.arrayContaining(noticeOnly));
    expect(none).toHaveLength(28);
    for (const f of none) expect(results.get(f)!.paragraphs.map((p) => p.text).join(" ").split(/\s+/).length).toBeLessThan(40);
  });

  it("never lets GDPRhub's page text through", () => {
    const gdprhub =
      /Share your comments|Share blogs or news|is a machine translation of the|Machine translation by Google|Retrieved from "|gdprhub\.eu|GDPRhub|index\.php\?title=|Powered by MediaWiki|Creative Commons Attribution|This page was last edited|English Summary|Privacy policy\]|\[Disclaimers\]/;
    for (const [f, r] of results) {
      const leaks = r.paragraphs.filter((p) => gdprhub.test(p.text));
      expect(leaks, f).toEqual([]);
    }
  });

  it("numbers every file's paragraphs p1…pN and leaves no empty paragraph", () => {
    for (const [f, r] of results) {
      expect(idsConsecutive(r.paragraphs), f).toBe(true);
      expect(r.paragraphs.every((p) => p.text.trim() === p.text && p.text.length > 0), f).toBe(true);
    }
  });

  it("leaves no e-mail address, in any written form", () => {
    for (const [f, r] of results) {
      expect(all(r), f).not.toMatch(EMAIL);
      expect(all(r), f).not.toMatch(WRITTEN_EMAIL);
    }
  });
});
