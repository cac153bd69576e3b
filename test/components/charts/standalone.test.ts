/**
 * A chart as a standalone SVG file in the page's language: /nb/trends/ files carry Norwegian
 * titles, axes and legends and numbers as nb-NO writes them.
 */
import { describe, expect, it } from "vitest";
import { chartIds } from "../../../src/domain/charts/index.ts";
import { chartSvgFile } from "../../../src/components/charts/standalone.ts";
import { textWidth } from "../../../src/components/charts/frame.ts";
import { allTrends, chartContext } from "../../../src/lib/trends.ts";
import { i18nFor } from "../../../src/lib/i18n.ts";

const data = allTrends();
const nbPage = i18nFor("nb");
const nb = chartContext(nbPage);
const en = chartContext(i18nFor("en"));
/** The text a reader sees in the file: every element's text, the markup gone. */
const texts = (svg: string) => [...svg.matchAll(/<(text|title|desc)\b[^>]*>([^<]*)</g)].map((m) => m[2]!.replace(/&amp;/g, "&"));

describe("chart SVG file in nb", () => {
  it.each(chartIds)("%s: the title, axes, legend and labels are Norwegian", (id) => {
    const svg = chartSvgFile(id, data, nb);
    const words = texts(svg);
    expect(svg.match(/class="file-title"[^>]*>([^<]*)</)?.[1]).toBe(nbPage.ui.trends.charts[id].title);
    expect(words.join("\n")).not.toContain(en.t.charts[id].title);
    // None of the English page's own words stand in the Norwegian file.
    const english = [...Object.values(en.t.axis), ...Object.values(en.t.legend), ...Object.values(en.t.appealOutcome), ...Object.values(en.countries), ...Object.values(en.directions)];
    const shared = new Set([...Object.values(nb.t.axis), ...Object.values(nb.t.legend), ...Object.values(nb.countries)]);
    for (const word of english.filter((w) => !shared.has(w))) expect(words.filter((w) => w === word || w.includes(`(${word})`))).toEqual([]);
  });

  it.each(["fines", "slope", "people"] as const)("%s: the axes' labels (\"10 mill. €\") fit inside the file", (id) => {
    const svg = chartSvgFile(id, data, nb);
    const width = Number(svg.match(/<svg [^>]*width="([\d.]+)"/)![1]);
    const ticks = [...svg.matchAll(/<text [^>]*class="tick-label" x="([\d.]+)"[^>]*text-anchor="(end|middle)"[^>]*>([^<]*)</g)];
    expect(ticks.map((m) => m[3])).toContain("10\u00a0mill.\u00a0€");
    for (const [, x, anchor, label] of ticks) {
      const w = textWidth(label!);
      const [from, to] = anchor === "end" ? [Number(x) - w, Number(x)] : [Number(x) - w / 2, Number(x) + w / 2];
      expect(from, label).toBeGreaterThanOrEqual(0);
      expect(to, label).toBeLessThanOrEqual(width);
    }
  });

  it("writes numbers as nb-NO does: the decision's change with a comma, amounts with a space", () => {
    const slope = texts(chartSvgFile("slope", data, nb)).join("\n");
    // Rælingen: 800 000 → 500 000 kr, −37,5 %.
    expect(slope).toMatch(/Rælingen kommune[^\n]*800\s000[^\n]*500\s000[^\n]*37,5\s%/);
    expect(texts(chartSvgFile("fines", data, nb))).toContain(nb.t.axis.eur);
    expect(texts(chartSvgFile("factors", data, nb)).join("\n")).toContain("Overtredelsens karakter, alvorlighetsgrad og varighet");
  });
});
