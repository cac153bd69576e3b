/**
 * Every UI string has a Norwegian value of the same kind: text for text, a list as long as the
 * English one, a function taking the same parameters and returning non-empty text. The type
 * checker already demands the keys; this catches what types cannot (blank strings, short lists,
 * a function that returns nothing, a value left in English by mistake where that is unlikely).
 */
import { describe, expect, it } from "vitest";
import { strings } from "../../src/i18n/strings.ts";

type Leaf = { path: string; en: unknown; other: unknown };

function walk(en: unknown, other: unknown, path: string, out: Leaf[]) {
  if (typeof en === "object" && en !== null) {
    expect(typeof other, `${path} should be ${Array.isArray(en) ? "a list" : "an object"}`).toBe("object");
    expect(other, path).not.toBeNull();
    if (Array.isArray(en)) {
      expect(Array.isArray(other), `${path} should be a list`).toBe(true);
      expect((other as unknown[]).length, `${path} length`).toBe(en.length);
    } else {
      expect(Object.keys(other as object).sort(), `${path} keys`).toEqual(Object.keys(en).sort());
    }
    for (const key of Object.keys(en)) walk((en as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
    return;
  }
  out.push({ path, en, other });
}

/** Sample arguments: "3" reads as a count in a template and as text in slice() or a detail object's field. */
const sample = (fn: (...args: never[]) => unknown) => Array.from({ length: fn.length }, () => "3") as never[];

describe("the Norwegian strings", () => {
  const leaves: Leaf[] = [];
  walk(strings.en, strings.nb, "", leaves);

  it("cover every English key with a value of the same kind", () => {
    expect(leaves.length).toBeGreaterThan(600);
    for (const { path, en, other } of leaves) {
      expect(typeof other, path).toBe(typeof en);
      if (typeof en === "string") expect((other as string).trim(), path).not.toBe("");
      if (typeof en === "function") {
        const f = other as (...args: never[]) => unknown;
        expect(f.length, `${path} parameters`).toBe((en as typeof f).length);
        const out = f(...sample(f));
        expect(typeof out, path).toBe("string");
        expect((out as string).trim(), path).not.toBe("");
      }
    }
  });

  it("are translated, not copied: most texts differ from the English", () => {
    // Templates made only of {placeholders} and punctuation read the same in every language.
    const words = (t: string) => t.replace(/\{[a-zA-Z]+\}/g, "").replace(/[^\p{L}]+/gu, "");
    const texts = leaves.filter((l) => typeof l.en === "string" && (l.en as string).length > 25 && words(l.en as string).length > 0);
    const same = texts.filter((l) => l.en === l.other).map((l) => l.path);
    // Long texts identical in both languages would be untranslated English.
    expect(same).toEqual([]);
  });

  it("use the legal terms of Norwegian law", () => {
    const nb = strings.nb;
    expect(nb.status.fine).toBe("Overtredelsesgebyr");
    expect(nb.status.reprimand).toBe("Irettesettelse");
    expect(nb.status.orders).toBe("Pålegg");
    expect(nb.case.stage.notice).toBe("Varsel om vedtak");
    expect(nb.cases.columns.controller).toBe("Behandlingsansvarlig");
    expect(nb.factorNames.a.label).toBe("Overtredelsens karakter, alvorlighetsgrad og varighet");
  });
});
