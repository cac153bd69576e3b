/**
 * Turns the headings of a table that carry `data-sort` into sort buttons with `aria-sort`, and calls
 * `sort` with the column and direction. Pressing a heading again reverses the order.
 */
export function addSortButtons(table: HTMLTableElement, sort: (th: HTMLTableCellElement, index: number, ascending: boolean) => void) {
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  headers.forEach((th, index) => {
    if (th.dataset.sort === undefined) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent?.trim() ?? "";
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      sort(th, index, ascending);
    });
  });
}
