/**
 * Turns the headings of every `table[data-sortable]` into sort buttons. The table is complete
 * and readable without this script; it only adds sorting. Cells may carry `data-sort-value`
 * (numbers, ISO dates) so that "NOK 1,600,000" sorts by its euro value, not as text.
 */
import { addSortButtons } from "./sort-buttons.ts";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? "";
}

function compare(a: string, b: string, numeric: boolean): number {
  // Empty cells (no amount, no date) always sink to the bottom.
  if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
  if (numeric) return Number(a) - Number(b);
  return collator.compare(a, b);
}

function enhance(table: HTMLTableElement) {
  const body = table.tBodies[0];
  if (!body) return;
  addSortButtons(table, (th, index, ascending) => {
    const numeric = th.dataset.sort === "number";
    const rows = Array.from(body.rows);
    rows.sort((r1, r2) => {
      const v1 = cellValue(r1, index);
      const v2 = cellValue(r2, index);
      if (v1 === "" || v2 === "") return compare(v1, v2, numeric);
      return ascending ? compare(v1, v2, numeric) : compare(v2, v1, numeric);
    });
    body.append(...rows);
  });
}

document.querySelectorAll<HTMLTableElement>("table[data-sortable]").forEach(enhance);
export {};
