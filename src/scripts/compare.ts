/**
 * /compare/: reads the cases and the currency from the address (?cases=a,b&currency=SEK), fetches
 * the case data file and builds the side-by-side table. Every word comes from the page's strings
 * block and every value is set as text. Without this script the page shows the picking form and
 * says the comparison needs JavaScript.
 */
import {
  compareRows,
  convertAmount,
  minCompared,
  parseCompareQuery,
  serialiseCompareQuery,
  type CompareAmount,
  type CompareCase,
  type CompareRowKey,
  type PickableCurrency,
} from "../domain/compare.ts";
import { factorLetters, type FactorLetter } from "../domain/factors.ts";
import { createFormatters } from "../domain/format.ts";
import type { CompareStrings } from "../lib/compare.ts";

const form = document.querySelector<HTMLFormElement>("#compare-form");
const result = document.querySelector<HTMLElement>("#compare-result");
const table = document.querySelector<HTMLTableElement>("#compare-table");
const messages = document.querySelector<HTMLElement>("#compare-messages");
const stringsEl = document.querySelector("#compare-strings");

const groups: [keyof CompareStrings["groups"], (k: CompareRowKey) => boolean][] = [
  ["facts", (k) => ["authority", "country", "type", "date", "regime"].includes(k)],
  ["amounts", (k) => ["notice", "final", "appeal", "ending"].includes(k)],
  ["data", (k) => ["articles", "count", "children", "special", "criminal", "categories"].includes(k)],
  ["factors", (k) => k.startsWith("factor-")],
  ["arguments", (k) => k === "arguments"],
];

if (form && result && table && messages && stringsEl) init(form, result, table, messages, stringsEl);

function init(form: HTMLFormElement, result: HTMLElement, table: HTMLTableElement, messages: HTMLElement, stringsEl: Element) {
  const s = JSON.parse(stringsEl.textContent!) as CompareStrings;
  const fmt = createFormatters(s.intl);
  const caseSelects = Array.from(form.querySelectorAll<HTMLSelectElement>("select[name=case]"));
  const currencySelect = form.querySelector<HTMLSelectElement>("select[name=currency]")!;
  const known = new Set(Array.from(caseSelects[0]!.options, (o) => o.value).filter(Boolean));
  let data: Promise<Map<string, CompareCase>> | undefined;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const link = (href: string, text: string) => {
    const a = el("a", text);
    a.href = href;
    return a;
  };
  const say = (lines: string[]) => {
    messages.replaceChildren(...lines.map((line) => el("p", line, "notice")));
  };

  const load = () =>
    (data ??= fetch(result.dataset.src!)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<CompareCase[]>;
      })
      .then((list) => new Map(list.map((c) => [c.id, c]))));

  function amountCell(td: HTMLElement, amount: CompareAmount | undefined, currency: PickableCurrency) {
    if (!amount) {
      td.textContent = "—";
      return;
    }
    td.append(el("span", fmt.money(amount.amount, amount.currency), "money"));
    // The rates are said once, under the last figure converted.
    const noteFor = currency === amount.currency ? "EUR" : currency;
    for (const target of ["EUR", currency] as const) {
      if (target === amount.currency) continue;
      const converted = convertAmount(amount, target);
      if (!converted) {
        td.append(el("span", s.noRate, "sub"));
        continue;
      }
      td.append(el("span", `≈ ${fmt.money(Math.round(converted.amount), target)}`, "sub"));
      if (target === noteFor) {
        const dates = [...new Set(converted.rates.map((r) => fmt.shortDate(r.rateDate)))].join(", ");
        const rates = converted.rates.map((r) => `${r.currency} ${fmt.rate(r.perEur)}`).join(", ");
        td.append(el("span", s.rate.replace("{rates}", rates).replace("{date}", dates), "sub"));
      }
    }
  }

  const yesNo = (v: boolean | undefined) => (v === undefined ? s.notStated : v ? s.yes : s.no);

  function cell(c: CompareCase, key: CompareRowKey, currency: PickableCurrency): HTMLTableCellElement {
    const td = el("td");
    if (key.startsWith("factor-")) {
      const direction = c.factors[factorLetters.indexOf(key.slice(7) as FactorLetter)]!;
      td.append(el("span", s.direction[direction], `badge dir-${direction}`));
      return td;
    }
    switch (key) {
      case "authority":
        td.append(link(s.authorityHref.replace("__ID__", c.authority), s.authorities[c.authority] ?? c.authority));
        break;
      case "country":
        td.textContent = s.countries[c.country];
        break;
      case "type":
        td.textContent = s.controllerType[c.type];
        break;
      case "date":
        td.textContent = c.date ? fmt.date(c.date) : "—";
        break;
      case "regime":
        td.textContent = s.regimes[c.regime];
        break;
      case "notice":
      case "final":
      case "appeal":
        amountCell(td, c.amounts[key], currency);
        break;
      case "ending":
        td.textContent = s.ending[c.ending];
        break;
      case "articles":
        td.textContent = c.articles.length ? c.articles.map((a) => `Art. ${a}`).join(" · ") : "—";
        break;
      case "count":
        td.textContent = c.subjects.count === undefined ? s.notStated : fmt.number(c.subjects.count);
        break;
      case "children":
      case "special":
      case "criminal":
        td.textContent = yesNo(c.subjects[key]);
        break;
      case "categories":
        td.textContent = c.subjects.categories.length ? c.subjects.categories.join("; ") : "—";
        // Categories not yet written in the page's language come in English, and say so.
        if (c.subjects.categoriesLang) td.lang = c.subjects.categoriesLang;
        break;
      case "arguments":
        if (c.arguments.length === 0) td.textContent = s.noArguments;
        else td.append(el("ul"));
        for (const [kind, res] of c.arguments) td.querySelector("ul")!.append(el("li", `${s.kinds[kind] ?? kind}: ${s.result[res]}`));
        break;
    }
    return td;
  }

  function render(cases: CompareCase[], currency: PickableCurrency) {
    const rows = compareRows(cases);
    const caption = table.caption!;
    const head = el("thead");
    const headRow = el("tr");
    headRow.append(el("th", s.caseColumn));
    headRow.firstElementChild!.setAttribute("scope", "col");
    for (const c of cases) {
      const th = el("th");
      th.scope = "col";
      th.append(link(s.caseHref.replace("__ID__", c.id), c.controller), el("span", c.reference, "sub"));
      headRow.append(th);
    }
    head.append(headRow);
    const bodies = groups.map(([group, inGroup]) => {
      const body = el("tbody");
      const groupRow = el("tr", undefined, "group");
      const th = el("th", s.groups[group]);
      th.colSpan = cases.length + 1;
      th.scope = "colgroup";
      groupRow.append(th);
      body.append(groupRow);
      for (const { key, differs } of rows.filter((r) => inGroup(r.key))) {
        const tr = el("tr", undefined, differs ? "differs" : undefined);
        tr.dataset.row = key;
        const label = el("th");
        label.scope = "row";
        const mark = el("span", differs ? "≠" : "", "diff-mark");
        mark.setAttribute("aria-hidden", "true");
        label.append(mark, s.rows[key as keyof typeof s.rows] ?? key);
        if (differs) label.append(el("span", ` (${s.differs})`, "visually-hidden"));
        tr.append(label, ...cases.map((c) => cell(c, key, currency)));
        body.append(tr);
      }
      return body;
    });
    table.dataset.n = String(cases.length);
    table.replaceChildren(caption, head, ...bodies);
    result.hidden = false;
  }

  async function show() {
    const query = parseCompareQuery(location.search, known);
    caseSelects.forEach((select, i) => (select.value = query.ids[i] ?? ""));
    currencySelect.value = query.currency;
    const notes: string[] = [];
    if (query.unknown.length) notes.push(s.unknown.replace("{ids}", query.unknown.join(", ")));
    if (query.dropped.length) notes.push(s.dropped.replace("{ids}", query.dropped.join(", ")));
    if (query.badCurrency) notes.push(s.badCurrency.replace("{value}", query.badCurrency));
    if (query.ids.length < minCompared) {
      result.hidden = true;
      say([...notes, s.tooFew]);
      return;
    }
    say([...notes, s.loading]);
    try {
      const byId = await load();
      render(query.ids.map((id) => byId.get(id)!), query.currency);
      say(notes);
    } catch {
      data = undefined;
      say([...notes, s.loadFailed]);
    }
    // The address the page now shows: ?cases=a,b (the form's case=a&case=b read the same).
    const canonical = serialiseCompareQuery(query.ids, query.currency);
    if (canonical !== location.search) history.replaceState(null, "", location.pathname + canonical + location.hash);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const ids = caseSelects.map((select) => select.value).filter(Boolean);
    const query = serialiseCompareQuery([...new Set(ids)], currencySelect.value as PickableCurrency);
    history.pushState(null, "", location.pathname + query);
    void show();
  });
  addEventListener("popstate", () => void show());
  void show();
}
export {};
