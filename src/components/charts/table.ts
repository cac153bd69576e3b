/** The data table under each chart: the same items, as text a reader can scan, copy and sort. */
import type { Currency } from "../../domain/schema/codes.ts";
import type { CaseMark } from "../../domain/charts/common.ts";
import type { ChartContext } from "./frame.ts";
import { h, type Child, type El } from "./tree.ts";

export type Column = string | { label: string; num?: boolean };
export type Cell = Child | { text: Child; num?: boolean; header?: boolean };

const isCellObject = (c: Cell): c is { text: Child; num?: boolean; header?: boolean } => typeof c === "object" && "text" in c;

export function dataTable(captionId: string, caption: string, columns: readonly Column[], rows: readonly Cell[][]): El {
  return h(
    "table",
    { class: "chart-table" },
    h("caption", { id: captionId }, h("span", {}, caption)),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        columns.map((c) => (typeof c === "string" ? h("th", { scope: "col" }, c) : h("th", { scope: "col", class: c.num ? "num" : undefined }, c.label))),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((cells) =>
        h(
          "tr",
          {},
          cells.map((cell, i) => {
            const { text, num, header } = isCellObject(cell) ? cell : { text: cell, num: false, header: i === 0 };
            return header ?? i === 0 ? h("th", { scope: "row", class: num ? "num" : undefined }, text) : h("td", { class: num ? "num" : undefined }, text);
          }),
        ),
      ),
    ),
  );
}

/** The first cell of a row: the case, linked to its page. */
export const caseCell = (mark: CaseMark, ctx: ChartContext): El => h("a", { href: `${ctx.caseBase}${mark.id}/` }, mark.name);

/** "NOK 500,000 (€46,785)", or the euro amount alone. */
export const moneyWithEur = (ctx: ChartContext, a: { amount: number; currency: Currency; eur: number }) =>
  a.currency === "EUR" ? ctx.fmt.money(a.amount, "EUR") : `${ctx.fmt.money(a.amount, a.currency)} (${ctx.fmt.money(a.eur, "EUR")})`;
