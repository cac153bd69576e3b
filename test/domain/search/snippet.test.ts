import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, matchRanges, snippet, snippetHtml, snippetText } from "../../../src/domain/search/snippet.ts";

const keys = (...k: string[]) => new Set(k);

describe("snippet", () => {
  it("escapes the source text before it marks matches", () => {
    const html = snippetHtml(snippet('The app <img src=x onerror=alert(1)> & "Showbie"', keys("showbie", "img")));
    expect(html).toBe("The app &lt;<mark>img</mark> src=x onerror=alert(1)&gt; &amp; &quot;<mark>Showbie</mark>&quot;");
    expect(html).not.toMatch(/<img/);
  });

  it("marks words whatever their diacritics and case", () => {
    const segs = snippet("RÆLINGEN kommune and Rælingen", keys("ralingen"));
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(["RÆLINGEN", "Rælingen"]);
  });

  it("shows the stretch of a long passage with the most matches, cut at words", () => {
    const filler = "lorem ipsum dolor sit amet ".repeat(30);
    const text = `${filler}two-factor authentication was missing ${filler}`;
    const segs = snippet(text, keys("authentication", "twofactor"));
    const shown = snippetText(segs);
    expect(shown).toContain("two-factor authentication");
    expect(shown.startsWith("… ")).toBe(true);
    expect(shown.endsWith(" …")).toBe(true);
    expect(shown.length).toBeLessThan(300);
  });

  it("merges overlapping matches (a joined hyphen form and its parts)", () => {
    expect(matchRanges("two-factor login", keys("twofactor", "factor"))).toEqual([[0, 10]]);
  });

  it("never lets text become markup, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "a", "b", " ", "i", "m", "g") }), (text) => {
        const html = snippetHtml(snippet(text, keys("a", "img", "b")));
        const stripped = html.replace(/<\/?mark>/g, "");
        expect(stripped).not.toMatch(/[<>"']/);
        const unescaped = stripped.replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" })[e]!);
        expect(unescaped).toBe(snippetText(snippet(text, keys("a", "img", "b"))));
      }),
    );
  });

  it("escapes all five characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
