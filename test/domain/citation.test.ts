import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { caseCitation, caseDecisionDocument, citableReference, decisionSections, documentCitation, permalink } from "../../src/domain/citation.ts";
import { decisionDate } from "../../src/domain/cases.ts";
import { casePath, decisionPath } from "../../src/domain/paths.ts";
import { createFormatters } from "../../src/domain/format.ts";
import { t } from "../../src/i18n/strings.ts";
import { citationParts } from "../../src/lib/citation.ts";
import type { Paragraph } from "../../src/domain/text/clean.ts";

const library = loadLibrary();
const record = (id: string) => library.cases.find((c) => c.id === id)!;
const doc = (id: string) => library.documents.get(id)!;
const ui = t("en");
const fmt = createFormatters("en-GB");

describe("decisionSections: the decision's own numbered headings", () => {
  const alesund = library.text("datatilsynet-norway-20-02147").paragraphs;
  const sections = decisionSections(alesund);

  it("places a paragraph in the numbered section it lies in (Ålesund, Strava: ¶ 41 in 4, ¶ 16 in 3.1)", () => {
    expect(sections.get("p41")).toMatchObject({ number: "4", heading: "p28" });
    expect(sections.get("p16")).toMatchObject({ number: "3.1", title: "The responsibility for processing" });
    expect(sections.get("p15")?.number).toBe("3.1");
  });

  it("gives no section under a damaged number rather than a wrong one (\"23.2\" after 3.1, \"66.\" after 5)", () => {
    expect(sections.get("p22")).toBeUndefined();
    expect(sections.get("p67")).toBeUndefined();
    expect(sections.get("p24")?.number).toBe("3.3");
    expect(sections.get("p75")?.number).toBe("7");
  });

  it("gives nothing before the first numbered heading, and nothing for a text without numbered headings", () => {
    expect(sections.get("p2")).toBeUndefined();
    const plain: Paragraph[] = [
      { id: "p1", kind: "heading", text: "Decision" },
      { id: "p2", kind: "paragraph", text: "1. The fine is set at NOK 100 000." },
      { id: "p3", kind: "paragraph", text: "2. The order stands." },
    ];
    expect(decisionSections(plain).size).toBe(0);
  });

  it("never throws and only returns sections whose heading precedes the paragraph (property)", () => {
    const para = fc.record({ kind: fc.constantFrom("heading", "paragraph", "list-item" as const), text: fc.oneof(fc.string(), fc.stringMatching(/^\d{1,2}(\.\d)?\.? [A-Z][a-z]{2,12}$/)) });
    fc.assert(
      fc.property(fc.array(para, { maxLength: 40 }), (items) => {
        const paragraphs = items.map((p, i) => ({ ...p, id: `p${i + 1}` })) as Paragraph[];
        for (const [id, s] of decisionSections(paragraphs)) {
          expect(Number(s.heading.slice(1))).toBeLessThanOrEqual(Number(id.slice(1)));
          expect(paragraphs.find((p) => p.id === s.heading)?.kind).toBe("heading");
        }
      }),
    );
  });
});

describe("citations of real records", () => {
  it("cites a case: authority, kind, date, reference and the case page (Ålesund, 20/02147)", () => {
    const r = record("alesund-2021");
    const c = caseCitation({ record: r, documents: library.documents, authorities: library.authorities, path: casePath(r.id), date: decisionDate(r) });
    expect(c).toEqual({ body: "Datatilsynet", kind: "decision", date: "2021-03-15", reference: "20/02147", permalink: "/cases/alesund-2021/" });
    expect(citationParts(c, ui, fmt).text).toBe("Datatilsynet, decision 15 March 2021, ref. 20/02147, /cases/alesund-2021/.");
  });

  it("makes the permalink absolute against a configured site address only", () => {
    const r = record("raelingen-2020");
    const c = caseCitation({ record: r, documents: library.documents, authorities: library.authorities, path: casePath(r.id), site: "https://art83.no" });
    expect(c.permalink).toBe("https://art83.no/cases/raelingen-2020/");
    expect(permalink("/cases/x/")).toBe("/cases/x/");
  });

  it("cites a decision paragraph with our number, the decision's section and the original", () => {
    const d = doc("datatilsynet-norway-20-02147");
    const sections = decisionSections(library.text(d.id).paragraphs);
    const original = { url: "https://www.datatilsynet.no/example-for-test/", title: "t", language: "no", foundVia: "stored page" as const, checked: "2026-12-02" };
    const c = documentCitation({ doc: d, authorities: library.authorities, path: decisionPath(d.id, "p41"), paragraph: "p41", sections, original });
    expect(c.paragraph).toEqual({ number: 41, section: { number: "4", title: "Assessment of the Privacy Ordinance's rules on infringement fines", heading: "p28" } });
    const text = citationParts(c, ui, fmt).text;
    expect(text).toContain("Datatilsynet, decision");
    expect(text).toContain("ref. DT-20/02147, ¶ 41 (section 4, “Assessment of the Privacy Ordinance's rules on infringement fines”), /decisions/datatilsynet-norway-20-02147/#p41");
    expect(text.endsWith("(original: https://www.datatilsynet.no/example-for-test/).")).toBe(true);
  });

  it("names the deciding body's decision as the case's document, not a news article or the notice", () => {
    expect(caseDecisionDocument(record("bergen-2019"), library.documents)?.id).toBe("datatilsynet-norway-18-02140");
    expect(caseDecisionDocument(record("stortinget-2022"), library.documents)?.authority).toBe("no-datatilsynet");
  });

  it("leaves out a reference the record says is not known", () => {
    expect(citableReference("No reference known")).toBeUndefined();
    expect(citableReference("not known (investigation opened 2024)")).toBeUndefined();
    expect(citableReference("JobTeam indstillet til bøde (press release; no journal number in the text)")).toBeUndefined();
    expect(citableReference("DI-2019-3839")).toBe("DI-2019-3839");
    const r = record("grue-2024");
    expect(caseCitation({ record: r, documents: library.documents, authorities: library.authorities, path: casePath(r.id) }).reference).toBeUndefined();
  });

  it("gives every case a citation with body, kind and permalink", () => {
    for (const r of library.cases) {
      const c = caseCitation({ record: r, documents: library.documents, authorities: library.authorities, path: casePath(r.id), date: decisionDate(r) });
      expect(c.body.length, r.id).toBeGreaterThan(2);
      expect(c.permalink).toBe(`/cases/${r.id}/`);
      expect(citationParts(c, ui, fmt).text).not.toMatch(/undefined|\u0000/);
    }
  });
});

describe("decisionSections: what is not a section heading", () => {
  it("takes a long numbered line for an operative point, not a heading", () => {
    const paragraphs: Paragraph[] = [
      { id: "p1", kind: "heading", text: "1 Decision" },
      { id: "p2", kind: "heading", text: "2 Pursuant to Article 58 (2) (d) of the Regulation, the hospital is ordered to establish access control routines" },
      { id: "p3", kind: "paragraph", text: "Text." },
      { id: "p4", kind: "heading", text: "2 The facts" },
      { id: "p5", kind: "paragraph", text: "More text." },
    ];
    const sections = decisionSections(paragraphs);
    expect(sections.get("p3")).toMatchObject({ number: "1", title: "Decision" });
    expect(sections.get("p5")).toMatchObject({ number: "2", title: "The facts" });
  });
});

describe("the kind of ruling cited", () => {
  it("cites Personvernnemnda's ruling as a decision (vedtak), a court's as a judgment", () => {
    const id = "personvernnemnda-norway-pvn-2022-22";
    const pvn = documentCitation({ doc: doc(id), authorities: library.authorities, path: "/x/", original: library.originals.get(id) });
    expect(pvn).toMatchObject({ body: "Personvernnemnda", kind: "decision", reference: "PVN-2022-22", date: "2023-09-27", original: "https://personvernnemnda.no/pvn-2022-22" });
    const court = [...library.documents.values()].find((d) => d.kind === "judgment" && library.authorities.get(d.authority ?? "")?.kind === "court")!;
    expect(documentCitation({ doc: court, authorities: library.authorities, path: "/x/" }).kind).toBe("judgment");
  });
});
