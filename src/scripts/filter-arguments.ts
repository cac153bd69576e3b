/**
 * /arguments/?authority=<id>: shows only the arguments of cases one authority decided, and
 * recounts the table of kinds for them. The page is complete without this script (every argument,
 * and each authority's page); the filter only hides what does not match.
 */
import { writeQuery } from "./url-query.ts";

const form = document.querySelector<HTMLFormElement>("#argument-filter");
const status = document.querySelector<HTMLElement>("#argument-filter-status");
const kindTable = document.querySelector<HTMLTableElement>("#argument-kinds");

if (form && status && kindTable) {
  const select = form.elements.namedItem("authority") as HTMLSelectElement;
  const sections = Array.from(document.querySelectorAll<HTMLElement>("section.argument-kind")).map((section) => ({
    section,
    kind: section.getAttribute("aria-labelledby")!.replace(/^kind-/, ""),
    items: Array.from(section.querySelectorAll<HTMLElement>("li[data-a]")),
  }));
  const rows = new Map(Array.from(kindTable.tBodies[0]!.rows, (row) => [row.dataset.kind!, row]));
  const results = ["accepted", "partly", "rejected", "not-answered"];
  const number = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 0 });
  // The unfiltered counts as the page was built, to put back.
  const built = new Map(Array.from(rows, ([kind, row]) => [kind, Array.from(row.cells, (c) => c.textContent)]));

  document.querySelector("#argument-filter-need-js")?.remove();
  form.hidden = false;

  const apply = (authority: string) => {
    let shown = 0;
    for (const { section, kind, items } of sections) {
      const counts: Record<string, number> = {};
      let total = 0;
      for (const li of items) {
        const hide = authority !== "" && li.dataset.a !== authority;
        if (li.hidden !== hide) li.hidden = hide;
        if (hide) continue;
        total += 1;
        counts[li.dataset.r!] = (counts[li.dataset.r!] ?? 0) + 1;
        if (!li.classList.contains("argument-ref")) shown += 1;
      }
      section.hidden = total === 0;
      const row = rows.get(kind);
      if (!row) continue;
      row.hidden = total === 0;
      const cells = Array.from(row.cells);
      if (authority === "") {
        built.get(kind)!.forEach((text, i) => (cells[i]!.textContent = text));
        continue;
      }
      const credited = (counts.accepted ?? 0) + (counts.partly ?? 0);
      cells[1]!.textContent = number.format(total);
      results.forEach((r, i) => (cells[2 + i]!.textContent = number.format(counts[r] ?? 0)));
      cells[6]!.textContent = total ? `${number.format(Math.round((100 * credited) / total))} %` : "—";
    }
    const option = Array.from(select.options).find((o) => o.value === authority);
    status.textContent = authority ? status.dataset.filtered!.replace("{n}", number.format(shown)).replace("{name}", option?.textContent ?? authority) : "";
  };

  const wanted = new URLSearchParams(location.search).get("authority") ?? "";
  const known = Array.from(select.options).some((o) => o.value === wanted);
  select.value = known ? wanted : "";
  apply(select.value);
  if (!known) status.textContent = status.dataset.unknown!.replace("{value}", wanted);

  select.addEventListener("change", () => {
    apply(select.value);
    writeQuery(select.value ? `authority=${encodeURIComponent(select.value)}` : "");
  });
  form.addEventListener("submit", (e) => e.preventDefault());
}
export {};
