/**
 * /trends/ in the browser: applies the case list's filters from the address to every chart (the
 * same parsing and matching as /cases/, the same drawing as the build), redraws each chart at the
 * width it has, and shows a mark's label on hover and on keyboard focus. Without this script the
 * page shows every case, drawn at build time.
 */
import { decodeFacets, filterOptions, matchesFilter, parseFilter, serialiseFilter, type CaseFilterKey } from "../domain/filters.ts";
import { createFormatters } from "../domain/format.ts";
import { chartDownloadName, chartIds, filterTrends, type ChartId, type TrendsData } from "../domain/charts/index.ts";
import { chartCsvText } from "../components/charts/csv.ts";
import { chartViews } from "../components/charts/index.ts";
import type { ChartContext, ChartText } from "../components/charts/frame.ts";
import { fill, tipText, toDom } from "../components/charts/tree.ts";

interface Payload {
  data: TrendsData;
  text: ChartText;
  facets: [string, string][];
  filterNames: Record<CaseFilterKey, string>;
  optionLabels: Record<CaseFilterKey, Record<string, string>>;
  casesHref: string;
}

const source = document.getElementById("trends-data");
if (source?.textContent) {
  const payload = JSON.parse(source.textContent) as Payload;
  const ctx: ChartContext = { ...payload.text, fmt: createFormatters(payload.text.locale) };
  const t = ctx.t;
  const facets = payload.facets.map(([id, encoded]) => decodeFacets(id, encoded));
  const { filter, ignored } = parseFilter(location.search, filterOptions(facets));
  const keys = Object.keys(filter) as CaseFilterKey[];
  const kept = facets.filter((f) => matchesFilter(f, filter));
  const data = keys.length ? filterTrends(payload.data, new Set(kept.map((f) => f.id))) : payload.data;

  const line = document.getElementById("trends-filter");
  if (keys.length && line) {
    const described = keys.map((k) => `${payload.filterNames[k]}: ${payload.optionLabels[k][filter[k]!] ?? filter[k]}`).join("; ");
    keepHeight(line.querySelector<HTMLElement>("[data-filter-text]")!).textContent = fill(t.filtered, { filter: described, n: kept.length, total: facets.length });
    line.querySelector<HTMLAnchorElement>("[data-filter-cases]")!.href = `${payload.casesHref}?${serialiseFilter(filter)}`;
    line.querySelector<HTMLElement>("[data-filter-clear]")?.removeAttribute("data-off");
  }
  const notice = document.getElementById("trends-ignored");
  if (ignored.length && notice) {
    notice.textContent = fill(t.ignored, { values: ignored.map((i) => `${i.key}=${i.value}`).join(", ") });
    notice.hidden = false;
  }

  for (const section of document.querySelectorAll<HTMLElement>("section[data-chart]")) {
    const id = section.dataset.chart as ChartId;
    if (!chartIds.includes(id)) continue;
    setUp(section, id, data[id] as TrendsData["fines"], keys.length > 0);
  }

  function setUp(section: HTMLElement, id: ChartId, items: TrendsData["fines"], filtered: boolean) {
    const view = chartViews[id] as (typeof chartViews)["fines"];
    const frame = section.querySelector<HTMLElement>("[data-frame]")!;
    const tip = section.querySelector<HTMLElement>("[data-tip-box]")!;
    const live = section.querySelector<HTMLElement>("[data-tip-live]")!;
    let drawnWidth = Number(frame.querySelector("svg")?.getAttribute("width") ?? 0);
    let current = -1;

    const marks = () => Array.from(frame.querySelectorAll<SVGElement>("[data-tip]"));
    const draw = () => {
      const width = Math.max(280, Math.floor(frame.clientWidth));
      drawnWidth = width;
      current = -1;
      frame.replaceChildren(toDom(view.render(items, ctx, width, `chart-${id}`), document));
      frame.dataset.fit = "";
    };

    if (filtered) {
      keepHeight(section.querySelector<HTMLElement>("[data-finding]")!).textContent = view.text(items, ctx);
      const table = section.querySelector("table");
      table?.replaceWith(toDom(view.table(items, ctx, `${id}-caption`), document));
      // The build's CSV holds every case; the filtered rows are made here, by the same function.
      const downloads = section.querySelector(".chart-downloads");
      if (downloads) {
        const csv = chartCsvText(id, data, ctx);
        const link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
        link.download = chartDownloadName(id, "csv", document.documentElement.lang, serialiseFilter(filter));
        link.textContent = fill(t.csvFiltered, { n: items.length });
        link.dataset.filteredCsv = "";
        downloads.append(" · ", link);
      }
    }
    if (filtered || Math.abs(frame.clientWidth - drawnWidth) > 24) draw();
    let resizing = 0;
    new ResizeObserver(() => {
      cancelAnimationFrame(resizing);
      resizing = requestAnimationFrame(() => {
        if (Math.abs(frame.clientWidth - drawnWidth) > 24) draw();
      });
    }).observe(frame);

    const show = (mark: SVGElement, announce: boolean) => {
      for (const m of frame.querySelectorAll(".active")) m.classList.remove("active");
      mark.classList.add("active");
      tip.textContent = tipText(mark.dataset.tip ?? "", mark.closest<SVGElement>("[data-tip-prefix]")?.dataset.tipPrefix);
      tip.hidden = false;
      const box = section.querySelector<HTMLElement>(".chart")!.getBoundingClientRect();
      const at = mark.getBoundingClientRect();
      const left = Math.min(Math.max(0, at.left - box.left + at.width / 2 - tip.offsetWidth / 2), box.width - tip.offsetWidth);
      tip.style.left = `${Math.max(0, left)}px`;
      tip.style.top = `${Math.max(0, at.top - box.top - tip.offsetHeight - 8)}px`;
      if (announce) live.textContent = tip.textContent;
    };
    const hide = () => {
      tip.hidden = true;
      for (const m of frame.querySelectorAll(".active")) m.classList.remove("active");
    };

    frame.addEventListener("pointerover", (e) => {
      const mark = (e.target as Element).closest<SVGElement>("[data-tip]");
      if (mark) show(mark, false);
    });
    frame.addEventListener("pointerleave", hide);
    frame.addEventListener("focusin", () => {
      const all = marks();
      if (all.length === 0) return;
      current = Math.max(0, Math.min(current, all.length - 1));
      show(all[current]!, true);
    });
    frame.addEventListener("focusout", hide);
    frame.addEventListener("keydown", (e) => {
      const all = marks();
      if (all.length === 0) return;
      const step = Number(frame.querySelector("svg")?.dataset.step ?? 1) || 1;
      const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: step, ArrowUp: -step, Home: -all.length, End: all.length };
      if (e.key === "Escape") {
        hide();
        return;
      }
      const move = moves[e.key];
      if (move === undefined) return;
      e.preventDefault();
      current = Math.max(0, Math.min(all.length - 1, current + move));
      const mark = all[current]!;
      mark.scrollIntoView?.({ block: "nearest", inline: "nearest" });
      show(mark, true);
    });
  }
}
export {};

/**
 * A filtered sentence is usually shorter than the build's: the element keeps the height it was
 * built with, so what follows does not move up as the script starts (Lighthouse CLS on a phone).
 */
function keepHeight<T extends HTMLElement>(el: T): T {
  el.style.minHeight = `${el.offsetHeight}px`;
  return el;
}
