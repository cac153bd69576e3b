/**
 * The fine calculator: the one stateful part of the page. It holds the scenario, the weights and
 * what the reader is doing; the parts it draws only render what they are given.
 *
 * First render (at build time, and again when the browser hydrates it): the default scenario with
 * the figures the build computed (props.view), controls disabled. After hydration: the controls
 * come alive, the scenario in the address is read, and the estimator's data is fetched; from then
 * on every change is estimated in the browser.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { estimateFine } from "../../domain/estimator/estimate.ts";
import { readWeight } from "../../domain/estimator/model.ts";
import { unpackEstimatorData, type EstimatorData } from "../../domain/estimator/pack.ts";
import { currencyOf, parseScenario, readAmount, readArticles, readPeople, type FieldError, type Scenario, type ScenarioLevel } from "../../domain/estimator/scenario.ts";
import type { Currency } from "../../domain/schema/codes.ts";
import { memoMarkdown, type TextContext } from "./text.ts";
import { decodeState, defaultState, encodeState, normaliseState, type CalculatorState, type UrlNotice } from "../../domain/estimator/url-state.ts";
import { estimateView } from "../../domain/estimator/view.ts";
import type { FactorLetter } from "../../domain/factors.ts";
import ComparablesTable from "./ComparablesTable.tsx";
import { closestComparables, type CalculatorProps } from "./data.ts";
import EstimateChart from "./EstimateChart.tsx";
import FactorControls from "./FactorControls.tsx";
import { calculatorLabels, LabelsContext } from "./labels.ts";
import Lens from "./Lens.tsx";
import PrintSummary from "./PrintSummary.tsx";
import ResultBar from "./ResultBar.tsx";
import ResultSummary from "./ResultSummary.tsx";
import ScenarioForm, { type DraftField, type Drafts } from "./ScenarioForm.tsx";
import StartFrom from "./StartFrom.tsx";

const draftsOf = (s: Scenario): Drafts => ({
  articles: s.articles.join(", "),
  people: s.dataSubjects === undefined ? "" : String(s.dataSubjects),
  sector: s.sector ?? "",
  turnover: s.annualTurnover === undefined ? "" : String(s.annualTurnover.amount),
  turnoverCurrency: s.annualTurnover?.currency ?? "",
});

const defaultQuery = encodeState(defaultState());

/** Today in the reader's time zone, YYYY-MM-DD (read after hydration, never in the first render). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function loadEstimator(url: string): Promise<EstimatorData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return unpackEstimatorData(await response.json());
}

export default function Calculator(props: CalculatorProps) {
  const labels = calculatorLabels(props.locale, props.strings);
  const { ui, c, fmt, percent, factor, href, caseHref, moneyIn } = labels;
  const pagePath = href("/calculator/");
  const [state, setState] = useState<CalculatorState>(() => normaliseState(defaultState()));
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(defaultState().scenario));
  const [errors, setErrors] = useState<Partial<Record<DraftField, FieldError[]>>>({});
  const [chosen, setChosen] = useState("");
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [interactive, setInteractive] = useState(false);
  const [estimator, setEstimator] = useState<EstimatorData | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [printRequested, setPrintRequested] = useState(false);
  const [copy, setCopy] = useState<"" | "copied" | "failed">("");
  const [memoOpen, setMemoOpen] = useState(false);
  const [date, setDate] = useState(props.builtOn);
  // Citations carry the address the page was served from: relative in the build's render, absolute once hydrated.
  const [servedFrom, setServedFrom] = useState<string | null>(null);
  const bar = useRef<HTMLAnchorElement>(null);
  const loading = useRef<Promise<EstimatorData>>();
  /** The scenario the page opened with (the address's): its estimate is not announced; once it changes, every estimate is. */
  const loadedQuery = useRef<string>();
  const announcing = useRef(false);

  const byId = useMemo(() => new Map(props.cases.map((k) => [k.id, k])), [props.cases]);
  // Cases are named from the page's own list, in its language (an English title on a Norwegian page says so).
  const text: TextContext = useMemo(
    () => ({ ui, fmt, percent, factor, caseName: (id: string) => byId.get(id)?.title ?? id, caseLang: (id: string) => byId.get(id)?.titleLang }),
    [byId, labels],
  );
  const query = encodeState(state);
  // The build's figures are those of the default scenario's closest comparables: estimate in the
  // browser only for another scenario or for the whole list.
  const needsEstimate = query !== defaultQuery || showAll || printing;
  const pending = needsEstimate && estimator === null && !loadFailed;
  const estimated = useMemo(
    () =>
      needsEstimate && estimator
        ? estimateView(estimateFine(state.scenario, estimator.cases, estimator.model, estimator.context, { weights: state.weights, exclude: state.exclude }))
        : null,
    [needsEstimate, estimator, state],
  );
  const view = estimated ?? props.view;
  const absolute = (path: string) => (servedFrom ? new URL(path, servedFrom).href : path);
  const pageUrl = absolute(`${pagePath}?${query}`);
  const memo = useMemo(
    () => memoMarkdown({ state, result: view, measured: props.measured, caseUrl: (id) => absolute(caseHref(id)), pageUrl }, text),
    [state, view, text, pageUrl],
  );

  // The handlers the parts get never change, so a part renders again only when its data does;
  // they read the state of the latest render.
  const latest = useRef({ state, drafts, errors, chosen, memo });
  latest.current = { state, drafts, errors, chosen, memo };
  const on = useMemo(() => {
    const setScenario = (patch: Partial<Scenario>, field?: DraftField) => {
      const { state, errors } = latest.current;
      const candidate: Record<string, unknown> = { ...state.scenario, ...patch };
      for (const [k, v] of Object.entries(candidate)) if (v === undefined) delete candidate[k];
      const parsed = parseScenario(candidate);
      if (parsed.success) {
        setState({ ...state, scenario: parsed.scenario });
        if (field) setErrors({ ...errors, [field]: [] });
      } else if (field) {
        setErrors({ ...errors, [field]: parsed.errors });
      }
    };
    const load = (next: CalculatorState) => {
      setState(normaliseState(next));
      setDrafts(draftsOf(next.scenario));
      setErrors({});
      setShowAll(false);
    };
    return {
      change: (patch: Partial<Scenario>) => setScenario(patch),
      text: (field: DraftField, value: string) => {
        setDrafts({ ...latest.current.drafts, [field]: value });
        if (field === "sector") setScenario({ sector: value.trim() === "" ? undefined : value.trim() }, field);
        else if (field === "articles") setScenario({ articles: readArticles(value) }, field);
        else if (field === "people") setScenario({ dataSubjects: readPeople(value) }, field);
        else {
          // The turnover: its amount as typed, in the currency picked beside it (else the scenario's).
          const drafts = { ...latest.current.drafts, [field]: value };
          const amount = readAmount(drafts.turnover);
          const currency = (drafts.turnoverCurrency || currencyOf(latest.current.state.scenario)) as Currency;
          setScenario({ annualTurnover: amount === undefined ? undefined : { amount, currency } }, "turnover");
        }
      },
      level: (letter: FactorLetter, level: ScenarioLevel) => setScenario({ factors: { ...latest.current.state.scenario.factors, [letter]: level } }),
      weight: (kind: "step" | "similarity", letter: FactorLetter, value: string) => {
        const v = readWeight(value);
        const { state } = latest.current;
        if (v !== undefined) setState({ ...state, weights: { ...state.weights, [kind]: { ...state.weights[kind], [letter]: v } } });
      },
      resetWeights: () => setState({ ...latest.current.state, weights: { step: {}, similarity: {} } }),
      choose: setChosen,
      // A case's scenario is in the estimator's data (loading since hydration).
      loadCase: () => {
        const { chosen } = latest.current;
        void loading.current?.then((data) => {
          const k = data.cases.find((e) => e.id === chosen);
          if (k) load({ scenario: k.scenario, weights: latest.current.state.weights, from: k.id, exclude: [] });
        });
      },
      blank: () => {
        setChosen("");
        load(defaultState());
      },
      leaveOut: (leaveOut: boolean) => {
        const { state } = latest.current;
        if (state.from) setState({ ...state, exclude: leaveOut ? [state.from] : [] });
      },
      showAll: setShowAll,
      copy: async () => {
        try {
          await navigator.clipboard.writeText(latest.current.memo);
          setCopy("copied");
        } catch {
          setCopy("failed");
          setMemoOpen(true);
        }
      },
      // The print button prints once the table has all its rows (see the effect below).
      print: () => {
        setPrinting(true);
        setPrintRequested(true);
      },
      memoToggle: setMemoOpen,
    };
  }, []);

  // After hydration: enable the controls, read the address, load the estimator's data.
  useEffect(() => {
    setInteractive(true);
    setDate(today());
    setServedFrom(location.href);
    if (location.search) {
      const decoded = decodeState(location.search, (id) => byId.has(id));
      setState(normaliseState(decoded.state));
      setDrafts(draftsOf(decoded.state.scenario));
      setChosen(decoded.state.from ?? "");
      setNotices(decoded.notices);
    }
    loading.current = loadEstimator(props.dataUrl);
    loading.current.then(setEstimator, () => setLoadFailed(true));
    // The printout carries the whole comparables table.
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    addEventListener("beforeprint", before);
    addEventListener("afterprint", after);
    return () => {
      removeEventListener("beforeprint", before);
      removeEventListener("afterprint", after);
    };
  }, []);

  useEffect(() => {
    if (!interactive) return;
    loadedQuery.current ??= query;
    const next = `${pagePath}?${query}`;
    if (`${location.pathname}${location.search}` !== next) history.replaceState(null, "", next);
  }, [query, interactive]);

  useEffect(() => {
    if (!printRequested) return;
    setPrintRequested(false);
    print();
  }, [printRequested]);

  // The bar at the bottom of a phone's screen steps aside while the result's figures are in view.
  useEffect(() => {
    const figures = document.querySelector(".calc-result .figures-block");
    if (!figures || !bar.current || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => bar.current?.toggleAttribute("data-covered", entry?.isIntersecting ?? false));
    observer.observe(figures);
    return () => observer.disconnect();
  }, []);

  if (loadedQuery.current !== undefined && query !== loadedQuery.current) announcing.current = true;
  const started = state.from ? byId.get(state.from) : undefined;
  const rows = showAll || printing ? Infinity : closestComparables;
  const money = moneyIn(view.currency);

  return (
    <LabelsContext.Provider value={labels}>
    <div class="calculator" data-ready={interactive && (estimator !== null || loadFailed) ? "true" : undefined}>
      {/* One fieldset: every control waits for hydration, and the parts need not know. */}
      <fieldset class="calc-controls" disabled={!interactive}>
        <PrintSummary state={state} url={pageUrl} date={date} cases={byId} text={text} />
        {notices.length > 0 && (
          <div class="notice url-notice" role="alert" data-testid="url-notice">
            <p>{c.url.notice}</p>
            <ul>
              {notices.map((n, i) => (
                <li key={i}>
                  {n.param ? <code>{n.param}</code> : null}
                  {n.value ? (
                    <>
                      {" = "}
                      <code>{n.value}</code>
                    </>
                  ) : null}
                  {` (${c.url.reasons[n.reason]})`}
                </li>
              ))}
            </ul>
          </div>
        )}

        <StartFrom
          cases={props.cases}
          chosen={chosen}
          started={started}
          text={text}
          leftOut={started ? state.exclude.includes(started.id) : false}
          onChoose={on.choose}
          onLoad={on.loadCase}
          onBlank={on.blank}
          onLeaveOut={on.leaveOut}
        />

        <div class="calc-grid">
          <ScenarioForm scenario={state.scenario} drafts={drafts} errors={errors} onChange={on.change} onText={on.text} />
          <ResultSummary
            view={view}
            measured={props.measured}
            text={text}
            pending={pending}
            loadFailed={loadFailed}
            memo={memo}
            memoOpen={memoOpen}
            copy={copy}
            onCopy={on.copy}
            onPrint={on.print}
            onMemoToggle={on.memoToggle}
          />
          <FactorControls
            factors={state.scenario.factors}
            weights={state.weights}
            fitted={props.fitted}
            examples={props.factorExamples}
            onLevel={on.level}
            onWeight={on.weight}
            onResetWeights={on.resetWeights}
          />
          <ResultBar view={view} pending={pending} barRef={bar} />
        </div>
        <p class="varsel-link">
          {/* One text node before the link: the server render merges adjacent text, hydration must find the same. */}
          {`${c.result.varselLead} `}
          <a href={`${href("/varsel/")}?${encodeState({ ...state, weights: { step: {}, similarity: {} }, exclude: [] })}`} data-testid="varsel-link">
            {c.result.varselLink}
          </a>
        </p>
        <p class="visually-hidden" aria-live="polite" data-testid="live">
          {announcing.current && !pending && view.estimate !== null ? `${c.result.estimate}: ${money(view.estimate)}` : null}
        </p>

        {view.comparables.length > 0 && <EstimateChart view={view} text={text} />}
        <ComparablesTable view={view} text={text} rows={rows} showAll={showAll} onShowAll={on.showAll} />
        <Lens view={view} />
      </fieldset>
    </div>
    </LabelsContext.Provider>
  );
}
