/**
 * Filters the case list in place: each change hides the rows that do not match, rewrites the counts
 * beside every option (how many cases that option would leave, given the other filters) and keeps
 * the filter in the URL query. The table is complete without this script; it only hides rows.
 */
import {
  caseFilterKeys,
  decodeFacets,
  facetCounts,
  parseFilter,
  serialiseFilter,
  type CaseFilter,
  type FilterOptions,
} from "../domain/filters.ts";
import { writeQuery } from "./url-query.ts";

const panel = document.querySelector<HTMLDetailsElement>("#case-filter-panel");
const form = document.querySelector<HTMLFormElement>("#case-filters");
const table = document.querySelector<HTMLTableElement>("#case-table");
const results = document.querySelector<HTMLElement>("#case-results");

if (panel && form && table && results) {
  const rows = Array.from(table.tBodies[0]!.rows);
  const facets = rows.map((row) => decodeFacets(row.dataset.case!, row.dataset.facets ?? ""));
  const selects = caseFilterKeys.map((key) => form.elements.namedItem(key) as HTMLSelectElement);
  const options = Object.fromEntries(
    selects.map((s) => [s.name, Array.from(s.options, (o) => o.value).filter((v) => v !== "")]),
  ) as FilterOptions;
  // Each option with its bare label and the text it shows, read from the DOM once.
  const optionSlots = selects.map((s) => ({
    key: s.name as keyof FilterOptions,
    entries: Array.from(s.options, (o) => ({ o, value: o.value, label: o.dataset.label ?? "", text: o.textContent ?? "" })),
  }));
  const notice = document.querySelector<HTMLElement>("#case-filter-notice");
  const seeCharts = document.querySelector<HTMLAnchorElement>("#case-see-charts");
  const chartsPath = seeCharts?.getAttribute("href") ?? "";

  document.querySelector("#case-filters-need-js")?.remove();
  panel.hidden = false;

  const { filter: initial, ignored } = parseFilter(location.search, options);
  for (const s of selects) s.value = initial[s.name as keyof CaseFilter] ?? "";
  if (ignored.length > 0 && notice) {
    notice.textContent = notice.dataset.template!.replace("{values}", ignored.map((i) => `${i.key}=${i.value}`).join(", "));
    notice.hidden = false;
  }
  // Open on wide screens and whenever the address carries a filter; on a phone the table comes first.
  if (matchMedia("(min-width: 48rem)").matches || Object.keys(initial).length > 0) panel.open = true;

  const current = (): CaseFilter => {
    const filter: CaseFilter = {};
    for (const s of selects) if (s.value) filter[s.name as keyof CaseFilter] = s.value;
    return filter;
  };

  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };

  const apply = () => {
    const filter = current();
    const counts = facetCounts(facets, filter, options);
    rows.forEach((row, i) => {
      const hide = !counts.matches[i];
      if (row.hidden !== hide) row.hidden = hide;
    });
    for (const { key, entries } of optionSlots) {
      for (const entry of entries) {
        const n = entry.value === "" ? counts.any[key] : (counts.options[key][entry.value] ?? 0);
        const text = `${entry.label} (${n})`;
        if (entry.text !== text) {
          entry.o.textContent = text;
          entry.text = text;
        }
      }
    }
    setText(results, results.dataset.template!.replace("{n}", String(counts.matched)).replace("{total}", String(rows.length)));
    const query = serialiseFilter(filter);
    // "See as charts" carries the same filter to /trends/.
    seeCharts?.setAttribute("href", query ? `${chartsPath}?${query}` : chartsPath);
    writeQuery(query);
  };

  form.addEventListener("change", apply);
  form.addEventListener("submit", (e) => e.preventDefault());
  document.querySelector("#case-filters-clear")?.addEventListener("click", () => {
    for (const s of selects) s.value = "";
    if (notice) notice.hidden = true;
    // Focus stays on the button, which remains in place.
    apply();
  });
  apply();
}
export {};
