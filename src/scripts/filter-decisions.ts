/**
 * The decision library with JavaScript: the page holds the first rows; this script loads every row
 * (a JSON file named by its content hash), filters by country, body, year and "has a fine", sorts,
 * and renders only the rows asked for ("show more"). The filters live in the URL query so a
 * filtered list can be shared; unknown values are ignored and the page says so. Without the script
 * the numbered pages under the table list every document.
 */
import {
  decodeDecisionRows,
  matchesDecision,
  parseDecisionFilter,
  serialiseDecisionFilter,
  sortDecisions,
  type DecisionCells,
  type DecisionFilter,
  type DecisionFilterOptions,
  type DecisionListData,
  type DecisionSortKey,
} from "../domain/decision-list.ts";
import { addSortButtons } from "./sort-buttons.ts";
import { writeQuery } from "./url-query.ts";

const form = document.querySelector<HTMLFormElement>("#decision-filters");
const table = document.querySelector<HTMLTableElement>("#decision-table");
const statusLine = document.querySelector<HTMLElement>("#filter-status");
const more = document.querySelector<HTMLElement>("#decision-more");

/** The same markup as src/components/DecisionRows.astro; all text goes in as text. */
function rowElement(r: DecisionCells): HTMLTableRowElement {
  const tr = document.createElement("tr");
  const cell = (text: string, className?: string) => {
    const td = tr.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  };
  cell(r.body);
  cell(r.countryName);
  cell(r.dateText);
  const ref = tr.insertCell();
  const a = document.createElement("a");
  a.href = r.href;
  a.textContent = r.reference;
  ref.append(a);
  for (const sub of [r.parties, r.kind]) {
    if (!sub) continue;
    const span = document.createElement("span");
    span.className = "sub";
    span.textContent = sub;
    ref.append(span);
  }
  cell(r.outcome);
  cell(r.fineText, "num");
  return tr;
}

if (form && table && statusLine && more && table.dataset.rows) {
  const body = table.tBodies[0]!;
  const pageSize = Number(table.dataset.pageSize) || 50;
  const selects = Array.from(form.querySelectorAll<HTMLSelectElement>("select"));
  const fineBox = form.querySelector<HTMLInputElement>("input[name=fine]")!;
  const notice = document.querySelector<HTMLElement>("#filter-notice");
  const [moreButton, allButton] = Array.from(more.querySelectorAll<HTMLButtonElement>("button"));
  const offered = (name: string) => Array.from(form.querySelector<HTMLSelectElement>(`select[name=${name}]`)?.options ?? [], (o) => o.value).filter(Boolean);
  const options: DecisionFilterOptions = { country: offered("country"), body: offered("body"), year: offered("year"), fine: ["1"] };
  form.hidden = false;

  const { filter: initial, ignored } = parseDecisionFilter(location.search, options);
  for (const s of selects) s.value = initial[s.name as keyof DecisionFilter] ?? "";
  fineBox.checked = initial.fine === "1";
  const say = (text: string) => {
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = false;
  };
  if (ignored.length > 0) say(notice!.dataset.template!.replace("{values}", ignored.map((i) => `${i.key}=${i.value}`).join(", ")));

  let order: DecisionCells[] = [];
  let matching: DecisionCells[] = [];
  let shown = 0;

  const current = (): DecisionFilter => {
    const filter: DecisionFilter = {};
    for (const s of selects) if (s.value) filter[s.name as keyof DecisionFilter] = s.value;
    if (fineBox.checked) filter.fine = "1";
    return filter;
  };

  const showUpTo = (count: number, fresh: boolean) => {
    const target = Math.min(count, matching.length);
    const rows = matching.slice(fresh ? 0 : shown, target).map(rowElement);
    if (fresh) body.replaceChildren(...rows);
    else body.append(...rows);
    shown = target;
    const rest = matching.length - shown;
    more.hidden = rest === 0;
    const label = rest <= pageSize ? more.dataset.rest! : more.dataset.more!;
    moreButton!.textContent = label.replace("{n}", String(pageSize)).replace("{rest}", String(rest));
    allButton!.textContent = more.dataset.all!.replace("{rest}", String(rest));
    allButton!.hidden = rest <= pageSize;
  };

  const apply = (keepShown = false) => {
    const filter = current();
    matching = order.filter((r) => matchesDecision(r, filter));
    showUpTo(keepShown ? Math.max(shown, pageSize) : pageSize, true);
    statusLine.textContent = statusLine.dataset.template!.replace("{n}", String(matching.length)).replace("{total}", String(order.length));
    writeQuery(serialiseDecisionFilter(filter));
  };

  form.addEventListener("submit", (e) => e.preventDefault());
  const showMore = (count: number) => {
    showUpTo(count, false);
    // With nothing left to show the buttons go away: keep focus in the table, not at the page top.
    if (more.hidden) table.closest<HTMLElement>("[tabindex]")?.focus();
  };
  moreButton!.addEventListener("click", () => showMore(shown + pageSize));
  allButton!.addEventListener("click", () => showMore(matching.length));

  fetch(table.dataset.rows)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<DecisionListData>;
    })
    .then((data) => {
      const all = decodeDecisionRows(data);
      order = all;
      document.querySelector<HTMLElement>("#decision-pager")?.setAttribute("hidden", "");
      document.querySelector<HTMLElement>("#decision-range")?.setAttribute("hidden", "");
      addSortButtons(table, (th, _index, ascending) => {
        order = sortDecisions(all, th.dataset.sort as DecisionSortKey, ascending);
        apply(true);
      });
      form.addEventListener("change", () => apply());
      apply();
      table.dataset.ready = "true";
    })
    .catch(() => {
      form.hidden = true;
      say(notice?.dataset.loadFailed ?? "");
    });
}
export {};
