/**
 * ?authority=<id> on /arguments/ and its kind pages (/arguments/<kind>/): on the overview it
 * recounts the table of kinds for the cases one authority decided (from each row's counts per
 * authority, data-by); on a kind page it shows only that authority's arguments. Either way the
 * links between these pages (the kind links, data-keep-filter) carry the filter along. The pages
 * are complete without this script; the filter only hides and recounts.
 */
import { writeQuery } from "./url-query.ts";

const form = document.querySelector<HTMLFormElement>("#argument-filter");
const status = document.querySelector<HTMLElement>("#argument-filter-status");

if (form && status) {
  const select = form.elements.namedItem("authority") as HTMLSelectElement;
  const number = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 0 });
  const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

  // The overview's table of kinds: each row's counts as built, and per authority.
  const kindRows = Array.from(document.querySelectorAll<HTMLTableRowElement>("#argument-kinds tbody tr"), (row) => ({
    row,
    // The counts' cells as built (not the first, the kind's link).
    built: Array.from(row.cells, (c) => c.textContent).slice(1),
    by: new Map((row.dataset.by ?? "").split(",").map((entry) => {
      const [id, ...counts] = entry.split(" ");
      return [id!, counts.map(Number)] as const;
    })),
  }));
  // A kind page's arguments.
  const items = Array.from(document.querySelectorAll<HTMLElement>(".argument-list > li[data-a]"));
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-keep-filter], #argument-kinds tbody a"), (a) => ({
    a,
    base: a.getAttribute("href")!.split("?")[0]!,
  }));

  // An old address of a kind's section on the one long page (/arguments/#kind-<id>) goes to its page.
  const old = /^#kind-(.+)$/.exec(location.hash);
  const moved = old && kindRows.find((k) => k.row.dataset.kind === decodeURIComponent(old[1]!));
  if (moved) location.replace(moved.row.querySelector("a")!.href + location.search);

  document.querySelector("#argument-filter-need-js")?.remove();
  form.hidden = false;

  const apply = (authority: string) => {
    for (const { row, built, by } of kindRows) {
      const cells = Array.from(row.cells);
      if (authority === "") {
        row.hidden = false;
        built.forEach((text, i) => (cells[i + 1]!.textContent = text));
        continue;
      }
      // accepted, partly, rejected, not answered: the table's order.
      const counts = by.get(authority) ?? [0, 0, 0, 0];
      const total = counts.reduce((n, x) => n + x, 0);
      row.hidden = total === 0;
      cells[1]!.textContent = number.format(total);
      counts.forEach((n, i) => (cells[2 + i]!.textContent = number.format(n)));
      cells[6]!.textContent = total ? `${number.format(Math.round((100 * (counts[0]! + counts[1]!)) / total))} %` : "—";
    }
    let shown = 0;
    for (const li of items) {
      const hide = authority !== "" && li.dataset.a !== authority;
      if (li.hidden !== hide) li.hidden = hide;
      if (!hide) shown += 1;
    }
    // On the overview, the authority's arguments are the first count of its row in the table of authorities.
    if (items.length === 0 && authority) shown = digits(document.querySelector(`#argument-authorities tr[data-authority="${CSS.escape(authority)}"] td`)?.textContent ?? "0");
    const query = authority ? `?authority=${encodeURIComponent(authority)}` : "";
    for (const { a, base } of links) a.setAttribute("href", base + query);
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
