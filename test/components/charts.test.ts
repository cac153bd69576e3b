/**
 * The chart drawing shared by the build and the browser: every item becomes one labelled mark at
 * every width a reader may have, inside the drawing, and text never becomes markup.
 */
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { chartIds, trendsData } from "../../src/domain/charts/index.ts";
import { isAssessed } from "../../src/domain/charts/factor-matrix.ts";
import { chartViews } from "../../src/components/charts/index.ts";
import type { ChartContext } from "../../src/components/charts/frame.ts";
import { h, toMarkup, type El } from "../../src/components/charts/tree.ts";
import { standaloneSvg } from "../../src/components/charts/standalone.ts";
import { createFormatters } from "../../src/domain/format.ts";
import { factorCatalogue, factorLetters } from "../../src/domain/factors.ts";
import { t } from "../../src/i18n/strings.ts";

const { cases, rates, authorities } = loadLibrary();
const ui = t("en");
const order = [...new Set(cases.map((c) => c.authority))];
const ctx: ChartContext = {
  locale: "en-GB",
  fmt: createFormatters("en-GB"),
  t: ui.trends,
  directions: ui.direction,
  countries: ui.countries,
  authorities: order.map((id) => ({ id, name: authorities.get(id)!.name, country: authorities.get(id)!.country })),
  factors: factorLetters.map((letter) => ({ letter, label: factorCatalogue[letter].label })),
  caseBase: "/cases/",
  csvWords: false,
};
const data = trendsData(cases, rates, order);

const walk = (node: El, out: El[] = []): El[] => {
  out.push(node);
  for (const c of node.children) if (typeof c !== "string") walk(c, out);
  return out;
};

describe("chart drawing", () => {
  it.each([280, 360, 720, 1280])("draws every item as one labelled mark within the drawing at %ipx", (width) => {
    for (const id of chartIds) {
      const view = chartViews[id] as (typeof chartViews)["fines"];
      const items = data[id] as typeof data.fines;
      const svg = view.render(items, ctx, width, `chart-${id}`);
      const nodes = walk(svg);
      const marks = nodes.filter((n) => n.attrs["data-tip"] !== undefined);
      const expected =
        id === "factors" ? data.factors.filter(isAssessed).length * factorLetters.length : id === "appeals" ? 7 : items.length;
      expect(marks.length, id).toBe(expected);
      expect(new Set(marks.map((m) => String(m.attrs["data-tip"]))).size, `${id}: labels tell marks apart`).toBeGreaterThan(id === "factors" ? 3 : marks.length * 0.9);
      const height = Number(svg.attrs.height);
      for (const n of nodes) {
        for (const key of ["x", "y", "cx", "cy", "x1", "x2", "y1", "y2"]) {
          const v = n.attrs[key];
          if (v === undefined) continue;
          expect(Number.isFinite(Number(v)), `${id} ${n.tag} ${key}=${v}`).toBe(true);
          const limit = key.startsWith("x") || key === "cx" ? width : height;
          expect(Number(v), `${id} ${n.tag} ${key}`).toBeGreaterThanOrEqual(-20);
          expect(Number(v), `${id} ${n.tag} ${key}`).toBeLessThanOrEqual(limit);
        }
      }
    }
  });

  it("labels log axes with whole powers of ten in compact form, as the browser does: €1k … €10m", () => {
    const markup = toMarkup(chartViews.fines.render(data.fines, ctx, 720));
    const ticks = [...markup.matchAll(/class="tick-label"[^>]*>(€[^<]+)</g)].map((m) => m[1]);
    expect(ticks).toEqual(["€1k", "€10k", "€100k", "€1m", "€10m"]);
  });

  it("says so when a filter leaves a chart empty, and still gives a finding", () => {
    for (const id of chartIds) {
      const view = chartViews[id] as (typeof chartViews)["fines"];
      expect(toMarkup(view.render([], ctx, 360))).toContain(ui.trends.empty);
      expect(view.text([], ctx).length).toBeGreaterThan(20);
    }
  });

  it("writes text as text: a name with markup stays escaped, in the page and in the standalone file", () => {
    const node = h("svg", { class: "chart-svg" }, h("text", { "data-tip": `"><script>x</script>` }, "<b>A & B</b>"));
    const markup = toMarkup(node);
    expect(markup).not.toContain("<script>");
    expect(markup).toContain("&lt;b&gt;A &amp; B&lt;/b&gt;");
    expect(markup).toContain('data-tip="&quot;&gt;&lt;script&gt;');
    expect(standaloneSvg(node)).toContain("<title>&quot;&gt;&lt;script&gt;x&lt;/script&gt;</title>".replace("&quot;", '"'));
  });
});
