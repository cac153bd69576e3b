/**
 * The record texts a page shows (src/lib/case-text.ts): the Norwegian block where the record has
 * one, the English otherwise, each text marked with its language when it is not the page's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { caseText } from "../../src/lib/case-text.ts";
import { loadLibrary, type Library } from "../../src/domain/sources/repository.ts";

let library: Library;
beforeAll(() => {
  library = loadLibrary();
}, 60_000);
const record = (id: string) => library.cases.find((c) => c.id === id)!;

describe("caseText", () => {
  it("gives an English page the record's own texts, unmarked", () => {
    const t = caseText(record("raelingen-2020"), "en");
    expect(t.title).toEqual({ text: record("raelingen-2020").title, lang: undefined });
    expect(t.translated).toBe(true);
    expect(t.untranslated).toBe(false);
  });

  it("gives a Norwegian page the Norwegian block, unmarked", () => {
    const r = record("raelingen-2020");
    const t = caseText(r, "nb");
    expect(t.title.text).toBe(r.nb!.title);
    expect(t.title.lang).toBeUndefined();
    expect(t.factorNotes.a).toEqual({ text: r.nb!.factors.a, lang: undefined });
    expect(t.arguments).toHaveLength(r.arguments.length);
    expect(t.untranslated).toBe(false);
  });

  it("falls back to English, marked lang=en, for a record without Norwegian texts", () => {
    // A record without bokmål yet: a copy of one without its nb block.
    const r = structuredClone(library.cases[0]!);
    delete r.nb;
    const t = caseText(r, "nb");
    expect(t.title).toEqual({ text: r.title, lang: "en" });
    expect(t.summary.lang).toBe("en");
    expect(Object.values(t.factorNotes).every((n) => n.lang === "en")).toBe(true);
    expect(t.translated).toBe(false);
    expect(t.untranslated).toBe(true);
  });
});
