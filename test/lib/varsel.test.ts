/**
 * The notice page's island data per language (src/lib/varsel.ts): our texts in the file's
 * language where the record has them, the language of each that falls back to English, and the
 * kinds' labels in that language.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VarselData } from "../../src/components/varsel/data.ts";
import { library } from "../../src/lib/library.ts";
import { varselData, varselDataFile } from "../../src/lib/varsel.ts";

let en: VarselData;
let nb: VarselData;
beforeAll(() => {
  en = varselData("en");
  nb = varselData("nb");
}, 120_000);
const record = (id: string) => library().cases.find((c) => c.id === id)!;

describe("varselData", () => {
  it("gives the Norwegian file Rælingen's bokmål title, arguments and answers, unmarked", () => {
    const r = record("raelingen-2020");
    const notice = nb.notices.find((n) => n.id === "raelingen-2020")!;
    expect(notice.title).toBe(r.nb!.title);
    expect(notice.titleLang).toBeUndefined();
    const args = nb.arguments.filter((a) => a.caseId === "raelingen-2020");
    expect(args.map((a) => a.answer)).toEqual(r.nb!.arguments.map((a) => a.answer));
    expect(args.every((a) => a.argumentLang === undefined && a.answerLang === undefined)).toBe(true);
  });

  it("gives an Icelandic notice case's title and arguments in bokmål in the Norwegian file; neither file has anything left to mark English", () => {
    const icelandic = nb.notices.find((n) => n.id === "creditinfo-lanstraust-2023")!;
    expect(icelandic.title).toBe(record("creditinfo-lanstraust-2023").nb!.title);
    expect(icelandic).not.toHaveProperty("titleLang");
    const args = nb.arguments.filter((a) => a.caseId === "creditinfo-lanstraust-2023");
    expect(args.length).toBeGreaterThan(0);
    expect(args.map((a) => a.argument)).toEqual(args.map((a) => record("creditinfo-lanstraust-2023").nb!.arguments[a.index]!.argument));
    // Every record has its texts in bokmål now: a "…Lang" mark would name an English fallback.
    expect(JSON.stringify(nb)).not.toMatch(/"(title|argument|answer)Lang"/);
    expect(JSON.stringify(en)).not.toMatch(/"(title|argument|answer)Lang"/);
  });

  it("names the kinds in the file's language, and keeps credited arguments to their place in the record", () => {
    expect(nb.kinds.find((k) => k.id === "quick-containment")!.label).toBe("Rask sletting eller skadebegrensning");
    expect(en.kinds.find((k) => k.id === "quick-containment")!.label).toBe("Quick deletion or containment");
    const credited = nb.notices.find((n) => n.id === "raelingen-2020")!.credited;
    expect(credited.map((c) => c.index)).toEqual([0, 2, 6]);
    expect(credited.every((c) => !("answer" in c) && !("argument" in c))).toBe(true);
  });

  it("names each language's file by its language and content", () => {
    expect(varselDataFile("nb").name).toMatch(/^varsel\.nb\.[0-9a-f]{10}$/);
    expect(varselDataFile("en").name).toMatch(/^varsel\.en\.[0-9a-f]{10}$/);
  });
});
