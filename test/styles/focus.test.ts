/**
 * The focus indicator is one :focus-visible rule in src/styles/global.css drawn in `--focus-color`,
 * and that colour keeps a contrast of at least 3:1 (WCAG 1.4.11) against every background the
 * site paints, in the light scheme and, where the stylesheet defines one, the dark scheme.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../../src/styles/global.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** Backgrounds a focused control can sit on: page, tinted panels, site header, notices. */
const BACKGROUNDS = ["--paper", "--tint", "--accent", "--warn-bg"];

/** The custom properties declared in `:root { … }` blocks of `source` (not nested deeper). */
function rootTokens(source: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const m of source.matchAll(/(?:^|[}\s]):root\s*\{([^}]*)\}/g)) {
    for (const d of m[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) tokens.set(d[1]!, d[2]!.trim());
  }
  return tokens;
}

/** The bodies of `@media (prefers-color-scheme: dark) { … }` blocks. */
function darkBlocks(source: string): string {
  let out = "";
  for (const m of source.matchAll(/@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/g)) {
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    while (i < source.length && depth > 0) {
      if (source[i] === "{") depth++;
      else if (source[i] === "}") depth--;
      i++;
    }
    out += " " + source.slice(start, i - 1);
  }
  return out;
}

function srgb(value: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join("") : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgb\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)$/i.exec(value.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`cannot read the colour "${value}": write it as #rrggbb or rgb(r g b)`);
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(srgb(a)), luminance(srgb(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = rootTokens(css.replace(/@media[^{]*\{[\s\S]*?\}\s*\}/g, ""));
const dark = new Map([...light, ...rootTokens(darkBlocks(css))]);

describe("focus indicator", () => {
  it("is one :focus-visible rule with a 3 px outline in --focus-color", () => {
    const rules = [...css.matchAll(/([^{}]*:focus-visible[^{}]*)\{([^}]*)\}/g)];
    const outlines = rules.filter((r) => /outline\s*:/.test(r[2]!));
    expect(outlines.map((r) => r[1]!.trim())).toEqual([":focus-visible"]);
    expect(outlines[0]![2]).toMatch(/outline\s*:\s*3px solid var\(--focus-color\)/);
  });

  it("computes contrast ratios as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#f4a100", "#ffffff")).toBeCloseTo(2.11, 2); // the old ring: too faint
  });

  for (const [scheme, tokens] of [["light", light], ["dark", dark]] as const) {
    it(`keeps at least 3:1 against every background in the ${scheme} scheme`, () => {
      const focus = tokens.get("--focus-color");
      expect(focus, "--focus-color is declared in :root").toBeDefined();
      const ratios = Object.fromEntries(BACKGROUNDS.map((bg) => [bg, Number(contrast(focus!, tokens.get(bg)!).toFixed(2))]));
      for (const [bg, ratio] of Object.entries(ratios)) expect(ratio, `${focus} on ${bg} (${tokens.get(bg)})`).toBeGreaterThanOrEqual(3);
    });
  }
});
