import { describe, expect, it } from "vitest";
import {
  applyAllowList,
  decodeEntities,
  globToRegExp,
  htmlText,
  jsonText,
  namePattern,
  scanHtml,
  scanText,
  type FileHit,
} from "../../../src/domain/privacy/scan.ts";
import type { Redaction } from "../../../src/domain/text/redact.ts";

const kinds = (hits: { kind: string; text: string }[]) => hits.map((h) => [h.kind, h.text]);

const RULES: Redaction[] = [
  { document: "datatilsynet-norway-20-01727", text: "Unitel Bratseth Services", variants: ["Bratseth E-commerce"], reason: "r" },
  { document: "datatilsynet-norway-21-02504", text: "Brede Hagen Jørgensen", reason: "r" },
  { document: "datatilsynet-norway-18-02140", text: "Erik Lithun", reason: "r" },
];

describe("scanText", () => {
  it("finds each kind once, with a little context", () => {
    const text =
      "Contact anu.talus(at)om.fi or +47 22 39 69 00. The complainant's personnummer 19811228-9874 was shown.";
    expect(kinds(scanText(text))).toEqual([
      ["email", "anu.talus(at)om.fi"],
      ["phone", "+47 22 39 69 00"],
      ["identity-number", "19811228-9874"],
    ]);
    expect(scanText(text)[2]).toMatchObject({ countries: ["SE"], context: expect.stringContaining("personnummer 19811228-9874 was shown") });
  });

  it("does not report the digits of an address as a phone number as well", () => {
    expect(kinds(scanText("Write to 22396900@sms.example.no today"))).toEqual([["email", "22396900@sms.example.no"]]);
  });

  it("finds nothing in a decision's ordinary sentences", () => {
    const text =
      "On 27 September 2021 Datatilsynet imposed a fine of NOK 5 000 000 on Ferde AS (org. no. 974 761 467), " +
      "case 20/01727, under Article 83(2)(a) GDPR. Ferde had an agreement with UBS at the time.";
    expect(scanText(text, { names: namePattern(RULES) })).toEqual([]);
  });
});

describe("redacted names", () => {
  const names = namePattern(RULES);

  it("finds the distinctive parts of a redacted name, folded too, as whole words only", () => {
    const text = "Bratseth and JORGENSEN and jorgensen wrote; Hagenberg and Bratsethgården did not.";
    expect(kinds(scanText(text, { names }))).toEqual([
      ["redacted-name", "Bratseth"],
      ["redacted-name", "JORGENSEN"],
      ["redacted-name", "jorgensen"],
    ]);
  });

  it("leaves given names and generic words alone: Bjørn Erik Thon stays named", () => {
    expect(scanText("Director Bjørn Erik Thon; Services; Unitel; Brede", { names })).toEqual([]);
  });
});

describe("pages", () => {
  it("reads text split by inline tags whole, and table cells apart", () => {
    const html = `<p>Write to anu.talus<span class="x">(at)</span>om.fi</p>
      <table><tr><td>22</td><td>39</td><td>69</td><td>00</td></tr></table>`;
    expect(kinds(scanHtml(html))).toEqual([["email", "anu.talus(at)om.fi"]]);
  });

  it("reads attribute values, comments and JSON data blocks, and decodes entities", () => {
    const html = `<a href="mailto:post&#64;example.no" title="ring 22 39 69 00">mail us</a>
      <!-- kennitala 120174-3399 -->
      <script type="application/json" id="d">{"cpr": "070761-4285"}</script>
      <script type="module" src="/_astro/app.js"></script>
      <style>.a{content:"131052-308T"}</style>`;
    expect(kinds(scanHtml(html))).toEqual([
      ["email", "post@example.no"],
      ["phone", "22 39 69 00"],
      ["identity-number", "070761-4285"],
      ["identity-number", "120174-3399"],
    ]);
  });

  it("keeps text and separates blocks", () => {
    expect(htmlText("<h1>Ferde</h1><p>A <b>fine</b> of NOK&nbsp;5 000 000</p>")).toBe("\nFerde\n\nA fine of NOK 5 000 000\n\n");
    expect(decodeEntities("a&#x40;b&period;fi &amp; &unknown;")).toBe("a@b.fi & &unknown;");
  });
});

describe("JSON", () => {
  it("reads the strings, so escapes hide nothing", () => {
    const text = jsonText(JSON.parse(String.raw`{"t": "mail anu.talus\u0040om.fi", "a": [1, "070761-4285"]}`));
    expect(kinds(scanText(text))).toEqual([
      ["email", "anu.talus@om.fi"],
      ["identity-number", "070761-4285"],
    ]);
  });
});

describe("the allow-list", () => {
  const hit = (file: string, text: string): FileHit => ({ file, hit: { kind: "identity-number", text, context: text } });

  it("excuses a listed text in the listed files only, and reports entries that excuse nothing", () => {
    const hits = [
      hit("search-index/v1/d/16.json", "1604572939"),
      hit("decisions/x/index.html", "1604572939"),
      hit("search-index/v1/d/ja.json", "jarbekk"),
    ];
    const entries = [
      { text: "1604572939", files: ["search-index/**"], reason: "a timestamp" },
      { text: "Jarbekk", reason: "an author" },
      { text: "0101010101", reason: "gone" },
    ];
    const { reported, allowed, stale } = applyAllowList(hits, entries);
    expect(reported).toEqual([hits[1]]);
    expect(allowed).toEqual([1, 1, 0]);
    expect(stale).toEqual([entries[2]]);
  });

  it.each([
    ["search-index/**", "search-index/v1/d/16.json", true],
    ["search-index/**", "decisions/search-index/index.html", false],
    ["decisions/*/index.html", "decisions/imy-sweden-di-2020-11370/index.html", true],
    ["decisions/*/index.html", "decisions/a/b/index.html", false],
    ["data/cases.??v", "data/cases.csv", true],
  ])("glob %s matches %s: %s", (glob, file, matches) => {
    expect(globToRegExp(glob).test(file)).toBe(matches);
  });
});
