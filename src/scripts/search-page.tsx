/**
 * The search page: a search box, filters and results that follow the typing. Queries run in a
 * Web Worker (search-worker.ts) so the page never waits for one; the query and filters live in
 * the URL (/search/?q=…&country=NO), so a search can be shared and reloaded. Everything shown is
 * text: the query and the snippets are rendered as text nodes, never as HTML.
 */
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { localeOr } from "../i18n/locales.ts";
import type { SearchStrings } from "../i18n/islands.ts";
import { createPathFormatter } from "../domain/paths.ts";
import { words } from "../domain/search/tokenize.ts";
import type { SearchFilters, SearchHit, SearchResult } from "../domain/search/engine.ts";
import type { WorkerRequest, WorkerResponse } from "./search-worker.ts";

const root = document.getElementById("search-root");
// The page says its locale (data-locale); only its strings are loaded, before the app renders.
let ui: SearchStrings;
let s: SearchStrings["search"];
/** Results shown at first, and added by "Show more". */
const PAGE = 10;

interface UrlState {
  q: string;
  filters: SearchFilters;
}

const FILTER_KEYS = ["country", "body", "year", "article"] as const;

function readUrl(): UrlState {
  const params = new URLSearchParams(location.search);
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  if (params.get("fine") === "1") filters.fine = true;
  return { q: params.get("q") ?? "", filters };
}

function urlFor(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of FILTER_KEYS) {
    const v = state.filters[key];
    if (v) params.set(key, v);
  }
  if (state.filters.fine) params.set("fine", "1");
  const search = params.toString();
  return search ? `${location.pathname}?${search}` : location.pathname;
}

type Facets = Extract<WorkerResponse, { type: "ready" }>["facets"];

/**
 * The index holds the records' and decisions' English texts. On a page in another language a case
 * is named by its title in that language where the page lists one (#search-case-titles), and what
 * stays English says so (lang="en").
 */
const localTitles = new Map<string, string>(Object.entries(JSON.parse(document.getElementById("search-case-titles")?.textContent || "{}") as Record<string, string>));
const pageInEnglish = document.documentElement.lang.startsWith("en");
const englishHere = pageInEnglish ? undefined : "en";
/** A case's title for this page, and its language when it is not the page's. */
const caseName = (id: string, english: string): { text: string; lang?: string } => {
  const local = localTitles.get(id);
  return local ? { text: local } : { text: english, lang: englishHere };
};

function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <p class="hit-snippet" lang={englishHere}>
      {hit.snippet.map((seg) => (seg.hit ? <mark>{seg.text}</mark> : seg.text))}
    </p>
  );
}

/** Words searched for besides those typed: corrections, completions, other languages. */
function Understood({ result }: { result: SearchResult }) {
  const typed = new Set(words(result.query).map((w) => w.key));
  const extra = [...new Set(result.understood.flatMap((c) => c.terms.flatMap((t) => t.split("|"))))].filter((t) => t && !typed.has(t) && !t.includes(" "));
  if (extra.length === 0) return null;
  return (
    <p class="sub search-understood">
      {s.understood}: {extra.slice(0, 12).join(", ")}
      {extra.length > 12 && " …"}
    </p>
  );
}

function SearchApp({ indexBase, siteBase }: { indexBase: string; siteBase: string }) {
  const href = createPathFormatter(siteBase);
  const initial = readUrl();
  const [query, setQuery] = useState(initial.q);
  const [filters, setFilters] = useState<SearchFilters>(initial.filters);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const w = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.type === "ready") setFacets(msg.facets);
      else if (msg.type === "results") {
        if (msg.id !== lastId.current) return; // overtaken by newer typing
        setResult(msg.result);
        setPending(false);
        setError("");
      } else if (msg.type === "error") {
        if (msg.id !== undefined && msg.id !== lastId.current) return;
        setError(msg.message);
        setPending(false);
      }
    };
    w.onerror = (e) => {
      setError(e.message || "worker failed");
      setPending(false);
    };
    w.postMessage({ type: "init", indexBase } satisfies WorkerRequest);
    return () => w.terminate();
  }, []);

  // Every change of query, filters or length: ask the worker, and keep the URL in step.
  useEffect(() => {
    history.replaceState(null, "", urlFor({ q: query, filters }));
    if (!query.trim()) {
      lastId.current++;
      setResult(null);
      setPending(false);
      return;
    }
    const id = ++lastId.current;
    setPending(true);
    worker.current?.postMessage({ type: "search", id, query, filters, limit } satisfies WorkerRequest);
  }, [query, filters, limit]);

  // A new query or filter starts again from the first results (one render, one search).
  const changeQuery = (q: string) => {
    setQuery(q);
    setLimit(PAGE);
  };

  const links = () => Array.from(list.current?.querySelectorAll<HTMLAnchorElement>("a.hit-link") ?? []);
  const onInputKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === "Enter") {
      // Enter opens the best result: the decision of a reference typed exactly, else the top-ranked hit.
      const first = links()[0];
      if (!first) return;
      e.preventDefault();
      first.click();
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (e.key === "ArrowDown" && at < all.length - 1) {
      e.preventDefault();
      all[at + 1]!.focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (at === 0) input.current?.focus();
      else all[at - 1]!.focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      input.current?.focus();
    }
  };

  const setFilter = (key: keyof SearchFilters, value: string | boolean) => {
    setLimit(PAGE);
    setFilters((f) => {
      const next = { ...f };
      if (value === "" || value === false) delete next[key];
      else (next as Record<string, unknown>)[key] = value;
      return next;
    });
  };
  const select = (key: "country" | "body" | "year" | "article", label: string, options: { value: string; label: string }[]) => (
    <label>
      {label}
      <select name={key} value={filters[key] ?? ""} onChange={(e) => setFilter(key, (e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{s.any}</option>
        {options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
        {filters[key] && !options.some((o) => o.value === filters[key]) && <option value={filters[key]}>{filters[key]}</option>}
      </select>
    </label>
  );

  const statusText = error
    ? s.failed(error)
    : !facets
      ? s.loading
      : !query.trim()
        ? s.empty
        : pending && !result
          ? s.searching
          : result && result.total === 0
            ? s.none(result.query)
            : result
              ? s.count(result.hits.length, result.total, result.query)
              : s.searching;

  const onSubmit = (e: Event) => {
    e.preventDefault();
    changeQuery(input.current?.value ?? "");
  };

  return (
    <div class="search-app">
      <form role="search" class="search-form" action="" method="get" onSubmit={onSubmit} aria-label={s.title}>
        <label for="search-q">{s.label}</label>
        <div class="search-row">
          <input
            id="search-q"
            ref={input}
            name="q"
            type="search"
            value={query}
            autocomplete="off"
            spellcheck={false}
            data-search-primary
            aria-describedby="search-keys"
            onInput={(e) => changeQuery((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={onInputKey}
          />
        </div>
        <p id="search-keys" class="sub">{s.keys}</p>
      </form>
      <div class="search-layout">
        <aside class="search-filters" aria-label={s.filters}>
          <h2>{s.filters}</h2>
          {facets && (
            <>
              {select("country", s.country, facets.countries.map((c) => ({ value: c, label: ui.countries[c as keyof typeof ui.countries] ?? c })))}
              {select("body", s.body, facets.bodies.map((b) => ({ value: b.id, label: b.name })))}
              {select("year", s.year, facets.years.map((y) => ({ value: y, label: y })))}
              {select("article", s.article, facets.articles.map((a) => ({ value: a, label: s.articleOption(a) })))}
              <label class="check">
                <input type="checkbox" name="fine" checked={Boolean(filters.fine)} onChange={(e) => setFilter("fine", (e.currentTarget as HTMLInputElement).checked)} />
                {s.fine}
              </label>
              {Object.keys(filters).length > 0 && (
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    setLimit(PAGE);
                    setFilters({});
                    // The button goes away with the filters: keep the reader at the query, not <body>.
                    input.current?.focus();
                  }}
                >
                  {s.clear}
                </button>
              )}
            </>
          )}
        </aside>
        <section class="search-results" aria-labelledby="search-results-heading" aria-busy={pending ? "true" : "false"}>
          <h2 id="search-results-heading" class="visually-hidden">{s.results}</h2>
          <p class="search-status" role="status" aria-live="polite">
            {statusText}
          </p>
          {result && result.hits.length > 0 && (
            <ol class="hits" ref={list} onKeyDown={onListKey}>
              {result.hits.map((hit) => (
                <li class={`hit hit-kind-${hit.kind}`} key={`${hit.kind}:${hit.id}`}>
                  {hit.kind === "case" ? (
                    <a class="hit-link" href={href(hit.path)} lang={caseName(hit.id, hit.title).lang}>
                      {caseName(hit.id, hit.title).text}
                    </a>
                  ) : (
                    <a class="hit-link" href={href(hit.path)}>
                      {hit.title}
                    </a>
                  )}
                  <p class="hit-meta">
                    <span class="badge">{s.kind[hit.kind]}</span> {hit.subtitle}
                    {hit.matches > 1 && <> · {s.matches(hit.matches)}</>}
                    {hit.byReference && <> · {s.byReference}</>}
                  </p>
                  <Snippet hit={hit} />
                  {hit.kind === "decision" && hit.caseId && (
                    <p class="hit-case">
                      {s.partOfCase}:{" "}
                      <a href={href(`/cases/${hit.caseId}/`)} lang={hit.caseTitle ? caseName(hit.caseId, hit.caseTitle).lang : undefined}>
                        {hit.caseTitle ? caseName(hit.caseId, hit.caseTitle).text : hit.caseId}
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
          {result && result.hits.length < result.total && (
            <button type="button" class="more" onClick={() => setLimit((n) => n + PAGE)}>
              {s.more}
            </button>
          )}
          {result && result.hits.length > 0 && <Understood result={result} />}
        </section>
      </div>
    </div>
  );
}

if (root) {
  const indexBase = root.dataset.index ?? "/search-index/";
  const siteBase = root.dataset.site ?? "/";
  void (localeOr(root.dataset.locale) === "nb" ? import("../i18n/islands/search.nb.ts") : import("../i18n/islands/search.en.ts")).then(({ strings }) => {
    ui = strings;
    s = strings.search;
    root.replaceChildren();
    render(<SearchApp indexBase={indexBase} siteBase={siteBase} />, root);
  });
}
