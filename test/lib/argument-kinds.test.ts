/**
 * An argument kind's words in a page's language (src/lib/argument-kinds.ts): the English fields
 * on English pages, the bokmål block on Norwegian ones, never one language for the other.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { kindLabels, kindText } from "../../src/lib/argument-kinds.ts";
import { loadLibrary, type Library } from "../../src/domain/sources/repository.ts";

let library: Library;
beforeAll(() => {
  library = loadLibrary();
}, 60_000);
const kind = (id: string) => library.argumentKinds.find((k) => k.id === id)!;

describe("kindText", () => {
  it("gives English pages the kind's own label and description", () => {
    expect(kindText(kind("fine-too-high"), "en")).toEqual({ label: "The amount is disproportionate", description: kind("fine-too-high").description });
  });

  it("gives Norwegian pages the bokmål label and description", () => {
    expect(kindText(kind("fine-too-high"), "nb")).toEqual({ label: "Beløpet er uforholdsmessig", description: kind("fine-too-high").nb.description });
    expect(kindText(kind("quick-containment"), "nb").label).toBe("Rask sletting eller skadebegrensning");
  });

  it("has a bokmål text for every kind, differing from the English, in Datatilsynet's terms", () => {
    for (const k of library.argumentKinds) {
      const nb = kindText(k, "nb");
      expect(nb.label, k.id).not.toBe(k.label);
      expect(nb.description, k.id).not.toBe(k.description);
      // No English connective words left over from the English text.
      expect(nb.description, k.id).not.toMatch(/\b(the|and|or|of|controller|authority|breach)\b/i);
    }
    const all = library.argumentKinds.map((k) => k.nb.description).join(" ");
    for (const term of ["behandlingsansvarlig", "databehandler", "overtredelsesgebyr", "pålegg", "irettesettelse", "personopplysningssikkerheten", "avvik"]) expect(all).toContain(term);
  });
});

describe("kindLabels", () => {
  it("maps every kind id to its label in the locale, in file order", () => {
    const nb = kindLabels("nb", library.argumentKinds);
    expect([...nb.keys()]).toEqual(library.argumentKinds.map((k) => k.id));
    expect(nb.get("self-reported")).toBe("Meldte avviket selv");
    expect(kindLabels("en", library.argumentKinds).get("self-reported")).toBe("Self-reported the breach");
  });
});
