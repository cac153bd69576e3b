import { describe, expect, it } from "vitest";
import type { Paragraph } from "../../../src/domain/text/clean.ts";
import {
  distinctiveTokens,
  isDistinctive,
  nameLeaks,
  redact,
  REDACTED,
  RedactionLeakError,
  type Redaction,
} from "../../../src/domain/text/redact.ts";

const doc = "datatilsynet-norway-20-01727";
const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, kind: "paragraph", text }));

// Sentences of the Ferde decision (Datatilsynet 20/01727), as cleaned.
const FERDE = paragraphs(
  "Ferde has entered into an agreement with Unitel Bratseth Services (hereinafter «UBS») on manual image processing.",
  "Ferde states that they have an agreement with UBS on manual image processing services.",
  "« There have been no risk assessments related to MIR in previous agreements with UBS / Bratseth E-commerce. »",
);
const ubs: Redaction = { document: doc, text: "Unitel Bratseth Services", reason: "a private person's sole proprietorship" };

describe("redact", () => {
  it("replaces the name and every variant, counting the matches per rule", () => {
    const { paragraphs: out, hits } = redact(FERDE, [{ ...ubs, variants: ["Bratseth E-commerce"] }]);
    expect(out.map((p) => p.text).join(" ")).not.toMatch(/Bratseth/);
    expect(out[0]!.text).toContain(`agreement with ${REDACTED} (hereinafter «UBS»)`);
    expect(out[2]!.text).toContain(`UBS / ${REDACTED}.`);
    expect(hits).toEqual([2]);
    expect(out[1]).toBe(FERDE[1]); // untouched paragraphs are the same objects
  });

  it("fails naming document, paragraph and token when another form of the name stays", () => {
    let error: unknown;
    try {
      redact(FERDE, [ubs]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RedactionLeakError);
    expect((error as RedactionLeakError).leaks).toEqual([
      expect.objectContaining({ document: doc, paragraph: "p3", token: "Bratseth", rule: "Unitel Bratseth Services" }),
    ]);
    expect((error as Error).message).toMatch(/datatilsynet-norway-20-01727 p3: "Bratseth".*UBS \/ Bratseth E-commerce/);
  });

  it("fails when a variant no longer occurs in the text (a stale variant)", () => {
    expect(() => redact(FERDE, [{ ...ubs, variants: ["Bratseth E-commerce", "Bratseth Holding"] }])).toThrow(
      /"Bratseth Holding" \(variant of "Unitel Bratseth Services", datatilsynet-norway-20-01727\)/,
    );
  });

  it("replaces a full form before a part of it, whatever the order of the variants", () => {
    const { paragraphs: out } = redact(paragraphs("Report by Eva Jarbekk; Jarbekk's report."), [
      { document: "d", text: "Jarbekk", variants: ["Eva Jarbekk"], reason: "test" },
    ]);
    expect(out[0]!.text).toBe(`Report by ${REDACTED}; ${REDACTED}'s report.`);
  });

  it("catches the name folded or in another case ('JORGENSEN', 'Jorgensen')", () => {
    const rule: Redaction = { document: "d", text: "Brede Hagen Jørgensen", reason: "complainant" };
    const leaks = nameLeaks(paragraphs("The complainant (JORGENSEN) wrote", "Mr Jorgensen's letter"), [rule]);
    expect(leaks.map((l) => [l.paragraph, l.token])).toEqual([
      ["p1", "JORGENSEN"],
      ["p2", "Jorgensen"],
    ]);
  });
});

describe("distinctive parts of a name", () => {
  it.each([
    ["Bratseth", true],
    ["Jørgensen", true],
    ["Jarbekk", true],
    ["Services", false], // a generic part of company names
    ["Eva", false], // too short to tell anyone apart
    ["UBS", false],
    ["bratseth", false], // written in lower case: a word, not a name
  ])("%s → %s", (word, distinctive) => {
    expect(isDistinctive(word)).toBe(distinctive);
  });

  it("treats a word the document uses in lower case as an ordinary word", () => {
    expect(isDistinctive("Hagen", new Set(["hagen"]))).toBe(false);
    const tokens = distinctiveTokens([{ document: "d", text: "Brede Hagen Jørgensen", reason: "r" }], paragraphs("Han gikk ut i hagen."));
    expect([...tokens.keys()]).toEqual(["jorgensen"]);
  });

  it("does not count the given name of a full name: others share it", () => {
    // Datatilsynet 18/02140 redacts a supplier's employee, "Erik Lithun"; its director Bjørn Erik Thon stays named.
    const rule: Redaction = { document: "datatilsynet-norway-18-02140", text: "Erik Lithun", reason: "r" };
    const text = paragraphs("Bjørn Erik Thon director Knut Kaspersen subject director");
    expect(nameLeaks(text, [rule])).toEqual([]);
    expect(nameLeaks(paragraphs("Lithun said so."), [rule])).toHaveLength(1);
  });

  it("counts a name given alone as a whole", () => {
    expect([...distinctiveTokens([{ document: "d", text: "Jarbekk", reason: "r" }], []).keys()]).toEqual(["jarbekk"]);
  });
});
