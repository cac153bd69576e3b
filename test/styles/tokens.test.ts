/**
 * Contrast of the design tokens (src/styles/tokens.css), computed with WCAG 2's relative
 * luminance for every foreground/background pair the stylesheets use, in the light scheme, the
 * dark scheme and print. Text needs 4.5:1; borders of controls and the focus indicator 3:1.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(resolve(import.meta.dirname, "../../src/styles/tokens.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** Every custom property with the block preludes it sits in, e.g. ["@layer tokens", ":root"]. */
function parse(text: string): { context: string; name: string; value: string }[] {
  const found: { context: string; name: string; value: string }[] = [];
  const stack: string[] = [];
  let buffer = "";
  for (const ch of text) {
    if (ch === "{") {
      stack.push(buffer.trim().replace(/\s+/g, " "));
      buffer = "";
    } else if (ch === "}") {
      stack.pop();
      buffer = "";
    } else if (ch === ";") {
      const m = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(buffer);
      if (m) found.push({ context: stack.join(" > "), name: m[1]!, value: m[2]! });
      buffer = "";
    } else buffer += ch;
  }
  return found;
}

const declared = parse(css);
const tokensIn = (context: string) => new Map(declared.filter((d) => d.context === context).map((d) => [d.name, d.value]));
const light = tokensIn("@layer tokens > :root");
const schemes: Record<string, Map<string, string>> = {
  light,
  dark: new Map([...light, ...tokensIn("@layer tokens > @media screen and (prefers-color-scheme: dark) > :root")]),
  print: new Map([...light, ...tokensIn("@layer tokens > @media print > :root")]),
};

function resolveColour(scheme: Map<string, string>, name: string, seen: string[] = []): string {
  const value = scheme.get(name);
  if (value === undefined) throw new Error(`${name} is not defined (via ${seen.join(" → ") || "-"})`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (ref) return resolveColour(scheme, ref[1]!, [...seen, name]);
  if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) throw new Error(`${name}: expected a hex colour, found "${value}"`);
  return value;
}

/** WCAG 2 relative luminance of an sRGB hex colour. */
function luminance(hex: string): number {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = 4.5;
const NON_TEXT = 3;
const surfaces = ["--color-bg", "--color-surface", "--color-surface-raised"];
const textColours = [
  "--color-text",
  "--color-text-muted",
  "--color-link",
  "--color-brand",
  "--color-status-fine",
  "--color-status-reduced",
  "--color-status-annulled",
  "--color-status-recommended",
  "--color-status-reprimand",
  "--color-status-other",
  "--color-aggravating",
  "--color-mitigating",
  "--color-partly",
  "--color-neutral",
];
/** [foreground, background, minimum ratio] as the stylesheets pair them. */
const pairs: [string, string, number][] = [
  ...textColours.flatMap((fg) => surfaces.map((bg): [string, string, number] => [fg, bg, TEXT])),
  // Notices (verification, machine translation) and search-hit highlights.
  ["--color-text", "--color-notice-bg", TEXT],
  ["--color-link", "--color-notice-bg", TEXT],
  ["--color-text", "--color-mark-bg", TEXT],
  // Buttons: text on the brand fill.
  ["--color-on-brand", "--color-brand", TEXT],
  // Control and region boundaries, and the focus indicator on every background it can meet.
  ...surfaces.map((bg): [string, string, number] => ["--color-border", bg, NON_TEXT]),
  ...surfaces.map((bg): [string, string, number] => ["--focus-color", bg, NON_TEXT]),
  // The outline stands 2px off the element, so it meets the background around it, never the
  // fill of a button (global.css, :focus-visible).
  ["--focus-color", "--color-notice-bg", NON_TEXT],
  // Chart marks (/trends/) on the page and on panels; the sign in a heat-map cell on its fill.
  ...["1", "2", "3", "4", "5", "6", "up", "down"].flatMap((n) =>
    surfaces.map((bg): [string, string, number] => [`--color-chart-${n}`, bg, NON_TEXT]),
  ),
  ["--color-bg", "--color-chart-up", NON_TEXT],
  ["--color-bg", "--color-chart-down", NON_TEXT],
  ["--color-bg", "--color-neutral", NON_TEXT],
];
/** Semantic colours that pair with nothing because they carry no information on their own. */
const decorative = new Set(["--color-rule", "--color-notice-border"]);

describe("design tokens: contrast", () => {
  for (const [scheme, tokens] of Object.entries(schemes)) {
    describe(`${scheme} scheme`, () => {
      it.each(pairs)("%s on %s ≥ %s:1", (fg, bg, min) => {
        const ratio = contrast(resolveColour(tokens, fg), resolveColour(tokens, bg));
        expect(Number(ratio.toFixed(2)), `${fg} ${resolveColour(tokens, fg)} on ${bg} ${resolveColour(tokens, bg)}`).toBeGreaterThanOrEqual(min);
      });
    });
  }

  it("checks every semantic colour: none is added without a contrast pair", () => {
    const semantic = [...light.keys()].filter((k) => k.startsWith("--color-") || k === "--focus-color");
    const paired = new Set(pairs.flatMap(([fg, bg]) => [fg, bg]));
    expect(semantic.filter((k) => !paired.has(k) && !decorative.has(k))).toEqual([]);
    expect(semantic.length).toBeGreaterThan(20);
  });

  it("re-points the semantic colours in the dark scheme and in print", () => {
    for (const scheme of ["dark", "print"] as const) {
      const changed = textColours.filter((k) => resolveColour(schemes[scheme]!, k) !== resolveColour(light, k));
      expect(changed.length, scheme).toBeGreaterThan(scheme === "dark" ? 10 : 1);
    }
    // The dark scheme is for screens only, so print starts from the light tokens.
    expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\)/);
    expect(resolveColour(schemes.print!, "--color-text")).toBe("#000000");
    expect(resolveColour(schemes.print!, "--color-bg").toLowerCase()).toBe("#ffffff");
  });

  it("computes WCAG ratios: black on white is 21:1, a colour on itself 1:1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrast("#0a55a6", "#0a55a6")).toBe(1);
  });

  it("declares the cascade layers in order and both colour schemes", () => {
    expect(css).toMatch(/@layer tokens, reset, base, layout, components, utilities;/);
    expect(light.size).toBeGreaterThan(0);
    expect(css).toMatch(/color-scheme:\s*light dark/);
  });
});
