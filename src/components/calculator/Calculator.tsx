import { useEffect, useMemo, useState } from "preact/hooks";
import { estimateFine, type ComparableResult, type EstimateResult } from "../../domain/estimator/estimate.ts";
import type { Comparison } from "../../domain/estimator/similarity.ts";
import type { AdjustmentPart } from "../../domain/estimator/adjustment.ts";
import { maxUserWeight } from "../../domain/estimator/model.ts";
import {
  currencyOf,
  parseScenario,
  scenarioLevels,
  controllerTypes,
  type FieldError,
  type Scenario,
  type ScenarioLevel,
} from "../../domain/estimator/scenario.ts";
import { defaultState, encodeState, normaliseState, type CalculatorState, type UrlNotice } from "../../domain/estimator/url-state.ts";
import {
  createPercent,
  describeMeasured,
  describeNote,
  describeWarning,
  formatFactor,
  memoMarkdown,
  roundSignificant,
  type TextContext,
} from "../../domain/estimator/text.ts";
import { factorCatalogue, factorLetters, type FactorLetter } from "../../domain/factors.ts";
import { createFormatters } from "../../domain/format.ts";
import { countries, countryCurrency, currencies, type Currency } from "../../domain/schema/primitives.ts";
import { t } from "../../i18n/strings.ts";
import type { CalculatorData } from "./data.ts";
import EstimateChart from "./EstimateChart.tsx";
import Lens from "./Lens.tsx";

interface Props {
  data: CalculatorData;
  initial: CalculatorState;
  notices?: UrlNotice[];
  /** False for the build-time render: controls are shown but disabled. */
  interactive: boolean;
}

const ui = t();
const fmt = createFormatters("en-GB");
const percent = createPercent("en-GB");
const c = ui.calculator;

interface Drafts {
  articles: string;
  people: string;
  sector: string;
}

const draftsOf = (s: Scenario): Drafts => ({
  articles: s.articles.join(", "),
  people: s.dataSubjects === undefined ? "" : String(s.dataSubjects),
  sector: s.sector ?? "",
});

const triState = (v: boolean | undefined) => (v === undefined ? "" : v ? "yes" : "no");
const fromTriState = (v: string) => (v === "" ? undefined : v === "yes");

export default function Calculator({ data, initial, notices = [], interactive }: Props) {
  const [state, setState] = useState<CalculatorState>(() => normaliseState(initial));
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(initial.scenario));
  const [errors, setErrors] = useState<Partial<Record<keyof Drafts, FieldError[]>>>({});
  const [chosen, setChosen] = useState(initial.from ?? "");
  const [showAll, setShowAll] = useState(false);
  const [copy, setCopy] = useState<"" | "copied" | "failed">("");
  const [memoOpen, setMemoOpen] = useState(false);

  const byId = useMemo(() => new Map(data.cases.map((k) => [k.id, k])), [data]);
  const text: TextContext = useMemo(
    () => ({ ui, fmt, percent, caseName: (id: string) => byId.get(id)?.title ?? id }),
    [byId],
  );
  const result: EstimateResult = useMemo(
    () => estimateFine(state.scenario, data.cases, data.model, data.context, { weights: state.weights, exclude: state.exclude }),
    [state, data],
  );
  const query = encodeState(state);
  // Citations carry the address the page was served from (relative while rendering at build time).
  const absolute = (path: string) => (typeof location === "undefined" ? path : new URL(path, location.href).href);
  const pageUrl = absolute(`${data.pageUrl}?${query}`);
  const memo = useMemo(
    () => memoMarkdown({ state, result, measured: data.measured, caseUrl: (id) => absolute(data.urls[id] ?? id), pageUrl }, text),
    [state, result, text, pageUrl],
  );

  useEffect(() => {
    if (!interactive) return;
    const next = `${data.pagePath}?${query}`;
    if (`${location.pathname}${location.search}` !== next) history.replaceState(null, "", next);
  }, [query, interactive]);

  const setScenario = (patch: Partial<Scenario>, field?: keyof Drafts) => {
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

  const currency = currencyOf(state.scenario);
  const money = (v: number | null) => (v === null ? "–" : fmt.money(roundSignificant(v), currency));
  const started = state.from ? byId.get(state.from) : undefined;
  const shown = showAll ? result.comparables : result.comparables.slice(0, 10);
  const fieldErrors = Object.values(errors).flat() as FieldError[];
  const staleWeights =
    data.model.meta.n !== data.libraryFines || data.model.meta.caseIds.some((id) => !byId.has(id));

  const weightOf = (kind: "step" | "similarity", letter: FactorLetter) =>
    state.weights[kind][letter] ?? data.model.factors[letter][kind];
  const setWeight = (kind: "step" | "similarity", letter: FactorLetter, raw: string) => {
    const v = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(v) || v < 0 || v > maxUserWeight) return;
    setState({ ...state, weights: { ...state.weights, [kind]: { ...state.weights[kind], [letter]: v } } });
  };

  const copyMemo = async () => {
    try {
      await navigator.clipboard.writeText(memo);
      setCopy("copied");
    } catch {
      setCopy("failed");
      setMemoOpen(true);
    }
  };

  return (
    <div class="calculator" data-ready={interactive ? "true" : undefined}>
      {notices.length > 0 && (
        <div class="notice url-notice" role="alert" data-testid="url-notice">
          <p>{c.url.notice}</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>
                {n.param ? <code>{n.param}</code> : null}
                {n.value ? <> = <code>{n.value}</code></> : null} ({c.url.reasons[n.reason]})
              </li>
            ))}
          </ul>
        </div>
      )}

      <section class="calc-start" aria-labelledby="calc-start-h">
        <h2 id="calc-start-h">{c.start.heading}</h2>
        <fieldset disabled={!interactive} class="start-row">
          <legend class="visually-hidden">{c.start.heading}</legend>
          <label>
            {c.start.fromCase}
            <select id="start-case" value={chosen} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{c.start.choose}</option>
              {data.cases.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.controllerName}, {k.date.slice(0, 4)} ({k.scenario.country}): {fmt.money(k.fine.amount, k.fine.currency)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            id="load-case"
            disabled={!chosen}
            onClick={() => {
              const k = byId.get(chosen);
              if (k) load({ scenario: k.scenario, weights: state.weights, from: k.id, exclude: [] });
            }}
          >
            {c.start.load}
          </button>
          <button type="button" id="start-blank" onClick={() => { setChosen(""); load(defaultState()); }}>
            {c.start.blank}
          </button>
        </fieldset>
        {started && (
          <p class="started" data-testid="started-from">
            {c.start.startedFrom(started.title)}; {c.start.decided(fmt.money(started.fine.amount, started.fine.currency))}.{" "}
            <label class="check">
              <input
                type="checkbox"
                id="leave-out"
                disabled={!interactive}
                checked={state.exclude.includes(started.id)}
                onChange={(e) =>
                  setState({ ...state, exclude: (e.currentTarget as HTMLInputElement).checked ? [started.id] : [] })
                }
              />{" "}
              {c.start.leaveOut}
            </label>
          </p>
        )}
      </section>

      <div class="calc-grid">
        <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="calc-scenario-h">
          <h2 id="calc-scenario-h">{c.scenario.heading}</h2>
          {fieldErrors.length > 0 && (
            <div class="notice form-errors" role="alert" data-testid="form-errors">
              <p>{c.scenario.errors}</p>
              <ul>
                {fieldErrors.map((e, i) => (
                  <li key={i}>
                    <code>{e.field}</code>: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <fieldset disabled={!interactive} class="scenario-fields">
            <legend class="visually-hidden">{c.scenario.heading}</legend>
            <label>
              {c.scenario.country}
              <select id="f-country" value={state.scenario.country} onChange={(e) => setScenario({ country: (e.currentTarget as HTMLSelectElement).value as Scenario["country"] })}>
                {countries.map((k) => (
                  <option key={k} value={k}>
                    {ui.countries[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {c.scenario.controllerType}
              <select
                id="f-type"
                value={state.scenario.controllerType}
                onChange={(e) => setScenario({ controllerType: (e.currentTarget as HTMLSelectElement).value as Scenario["controllerType"] })}
              >
                {controllerTypes.map((k) => (
                  <option key={k} value={k}>
                    {c.scenario.controllerTypes[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {c.scenario.currency}
              <select
                id="f-currency"
                value={state.scenario.currency ?? ""}
                onChange={(e) => {
                  const v = (e.currentTarget as HTMLSelectElement).value;
                  setScenario({ currency: v === "" ? undefined : (v as Scenario["currency"]) });
                }}
              >
                <option value="">{c.scenario.currencyDefault(countryCurrency[state.scenario.country])}</option>
                {currencies.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <label class="wide">
              {c.scenario.sector}
              <input
                id="f-sector"
                type="text"
                value={drafts.sector}
                aria-describedby="f-sector-hint"
                onInput={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  setDrafts({ ...drafts, sector: v });
                  setScenario({ sector: v.trim() === "" ? undefined : v.trim() }, "sector");
                }}
              />
              <span class="hint" id="f-sector-hint">{c.scenario.sectorHint}</span>
            </label>
            <label class="wide">
              {c.scenario.articles}
              <input
                id="f-articles"
                type="text"
                value={drafts.articles}
                aria-describedby="f-articles-hint"
                aria-invalid={errors.articles?.length ? "true" : undefined}
                onInput={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  setDrafts({ ...drafts, articles: v });
                  setScenario({ articles: v.split(",").map((a) => a.trim().replace(/^art(icle)?\.?\s*/i, "")).filter(Boolean) }, "articles");
                }}
              />
              <span class="hint" id="f-articles-hint">{c.scenario.articlesHint}</span>
            </label>
            <label>
              {c.scenario.people}
              <input
                id="f-people"
                type="text"
                inputMode="numeric"
                value={drafts.people}
                aria-invalid={errors.people?.length ? "true" : undefined}
                onInput={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  setDrafts({ ...drafts, people: v });
                  const cleaned = v.replace(/[\s,]/g, "");
                  setScenario({ dataSubjects: cleaned === "" ? undefined : /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : (Number.NaN as number) }, "people");
                }}
              />
            </label>
            <label>
              {c.scenario.children}
              <select id="f-children" value={triState(state.scenario.children)} onChange={(e) => setScenario({ children: fromTriState((e.currentTarget as HTMLSelectElement).value) })}>
                <option value="">{c.scenario.unknown}</option>
                <option value="yes">{c.scenario.yes}</option>
                <option value="no">{c.scenario.no}</option>
              </select>
            </label>
            <label>
              {c.scenario.special}
              <select
                id="f-special"
                value={triState(state.scenario.specialCategories)}
                onChange={(e) => setScenario({ specialCategories: fromTriState((e.currentTarget as HTMLSelectElement).value) })}
              >
                <option value="">{c.scenario.unknown}</option>
                <option value="yes">{c.scenario.yes}</option>
                <option value="no">{c.scenario.no}</option>
              </select>
            </label>
          </fieldset>

          <h2 id="calc-factors-h">{c.factors.heading}</h2>
          <p class="hint">{c.factors.lead}</p>
          <fieldset disabled={!interactive} class="factor-fields">
            <legend class="visually-hidden">{c.factors.heading}</legend>
            {factorLetters.map((letter) => {
              const examples = data.factorExamples[letter];
              const level = state.scenario.factors[letter] ?? "not-assessed";
              return (
                <div class="factor" key={letter} data-factor={letter}>
                  <label for={`f-factor-${letter}`} class="factor-label">
                    ({letter}) {factorCatalogue[letter].label}
                  </label>
                  <select
                    id={`f-factor-${letter}`}
                    value={level}
                    aria-describedby={`f-factor-${letter}-help`}
                    onChange={(e) => {
                      const v = (e.currentTarget as HTMLSelectElement).value as ScenarioLevel;
                      setScenario({ factors: { ...state.scenario.factors, [letter]: v } });
                    }}
                  >
                    {scenarioLevels.map((l) => (
                      <option key={l} value={l}>
                        {c.factors.levels[l]}
                      </option>
                    ))}
                  </select>
                  <div class="factor-help" id={`f-factor-${letter}-help`}>
                    <p>{factorCatalogue[letter].explanation}</p>
                    <ExampleList label={c.factors.aggravatingIn} items={examples.aggravating} />
                    <ExampleList label={c.factors.mitigatingIn} items={examples.mitigating} />
                  </div>
                </div>
              );
            })}
          </fieldset>

          <details class="weights">
            <summary>{c.weights.heading}</summary>
            <p class="hint">{c.weights.lead}</p>
            <p class="hint">
              {c.weights.fitted(data.model.meta.n, data.model.meta.fitted ? fmt.date(data.model.meta.fitted.slice(0, 10)) : "–")}{" "}
              {staleWeights && <strong>{c.weights.stale(data.model.meta.n, data.libraryFines)}</strong>}
            </p>
            <fieldset disabled={!interactive}>
              <legend class="visually-hidden">{c.weights.heading}</legend>
              <table class="weights-table">
                <thead>
                  <tr>
                    <th scope="col">{c.weights.columns.factor}</th>
                    <th scope="col">{c.weights.columns.step}</th>
                    <th scope="col">{c.weights.columns.similarity}</th>
                  </tr>
                </thead>
                <tbody>
                  {factorLetters.map((letter) => (
                    <tr key={letter}>
                      <th scope="row">
                        ({letter}) {factorCatalogue[letter].label}
                      </th>
                      <td>
                        <input
                          id={`w-step-${letter}`}
                          type="number"
                          min={0}
                          max={maxUserWeight}
                          step={0.05}
                          aria-label={c.weights.step(letter)}
                          value={roundWeight(weightOf("step", letter))}
                          onChange={(e) => setWeight("step", letter, (e.currentTarget as HTMLInputElement).value)}
                        />{" "}
                        <span class="sub">{c.weights.perLevel(Math.exp(weightOf("step", letter)).toFixed(2))}</span>
                      </td>
                      <td>
                        <input
                          id={`w-sim-${letter}`}
                          type="number"
                          min={0}
                          max={maxUserWeight}
                          step={0.25}
                          aria-label={c.weights.similarity(letter)}
                          value={roundWeight(weightOf("similarity", letter))}
                          onChange={(e) => setWeight("similarity", letter, (e.currentTarget as HTMLInputElement).value)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="button" id="reset-weights" onClick={() => setState({ ...state, weights: { step: {}, similarity: {} } })}>
                {c.weights.reset}
              </button>
            </fieldset>
          </details>
        </form>

        <section class="calc-result" aria-labelledby="calc-result-h">
          <h2 id="calc-result-h">{c.result.heading}</h2>
          <Figures result={result} money={money} />
          <p class="visually-hidden" aria-live="polite" data-testid="live">
            {interactive && result.estimate !== null ? `${c.result.estimate}: ${money(result.estimate)}` : ""}
          </p>
          {data.measured && result.estimate !== null && (
            <p class="measured" data-testid="measured">
              {describeMeasured(data.measured.all, text)}{" "}
              {data.measured.publicBodies.n > 0 &&
                c.result.measuredPublic(data.measured.publicBodies.n, formatFactor(data.measured.publicBodies.medianFactor), percent(data.measured.publicBodies.coverage80))}{" "}
              <a href={data.methodHref}>{ui.calculator.methodLink}</a>
            </p>
          )}
          {result.warnings.length > 0 && (
            <div class="notice warnings" data-testid="warnings">
              <h3>{c.warnings.heading}</h3>
              <ul>
                {result.warnings.map((w, i) => (
                  <li key={i} data-code={w.code}>
                    {describeWarning(w, text)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.notes.length > 0 && (
            <div class="legal-notes">
              <h3>{c.notes.heading}</h3>
              <ul>
                {result.notes.map((n) => (
                  <li key={n} data-code={n}>
                    {describeNote(n, ui)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p class="disclaimer">{c.disclaimer}</p>
          <div class="memo-actions">
            <button type="button" id="copy-memo" disabled={!interactive} onClick={copyMemo}>
              {c.memo.button}
            </button>{" "}
            <button type="button" id="print" disabled={!interactive} onClick={() => window.print()}>
              {c.memo.print}
            </button>
            <p role="status" class="copy-status">
              {copy === "copied" ? c.memo.copied : copy === "failed" ? c.memo.failed : ""}
            </p>
          </div>
          <details class="memo" open={memoOpen} onToggle={(e) => setMemoOpen((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>{c.memo.show}</summary>
            <label for="memo-text">{c.memo.label}</label>
            <textarea id="memo-text" readOnly rows={18} value={memo} />
          </details>
        </section>
      </div>

      {result.comparables.length > 0 && (
        <EstimateChart result={result} ui={ui} fmt={fmt} percent={percent} links={data.links} />
      )}

      <section class="comparables" aria-labelledby="calc-comparables-h">
        <h2 id="calc-comparables-h">{c.comparables.heading}</h2>
        <p class="hint">{c.comparables.lead}</p>
        <div class="table-wrap">
          <table class="comparables-table" data-testid="comparables">
            <thead>
              <tr>
                <th scope="col">{c.comparables.columns.case}</th>
                <th scope="col" class="num">{c.comparables.columns.fine}</th>
                <th scope="col" class="num">{c.comparables.columns.adjusted}</th>
                <th scope="col" class="num">{c.comparables.columns.similarity}</th>
                <th scope="col" class="num">{c.comparables.columns.weight}</th>
                <th scope="col">{c.comparables.columns.differences}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((k) => (
                <ComparableRow key={k.id} k={k} currency={currency} link={data.links[k.id] ?? "#"} />
              ))}
            </tbody>
          </table>
        </div>
        {result.comparables.length > 10 && (
          <button type="button" id="show-all" disabled={!interactive} aria-expanded={showAll ? "true" : "false"} onClick={() => setShowAll(!showAll)}>
            {showAll ? c.comparables.showFewer : c.comparables.showAll(result.comparables.length)}
          </button>
        )}
      </section>

      <Lens result={result} cases={data.cases} ui={ui} fmt={fmt} percent={percent} />
    </div>
  );
}

const roundWeight = (v: number) => String(Math.round(v * 1000) / 1000);

function ExampleList({ label, items }: { label: string; items: { id: string; label: string; href: string }[] }) {
  const shown = items.slice(0, 4);
  return (
    <p class="examples">
      {label}:{" "}
      {shown.length === 0
        ? ui.calculator.factors.noCases
        : shown.map((item, i) => (
            <span key={item.id}>
              {i > 0 ? "; " : ""}
              <a href={item.href}>{item.label}</a>
            </span>
          ))}
      {items.length > shown.length ? ` ${ui.calculator.factors.more(items.length - shown.length)}` : ""}
    </p>
  );
}

function Figures({ result, money }: { result: EstimateResult; money: (v: number | null) => string }) {
  const r = c.result;
  if (!result.fineable) {
    return (
      <p class="not-fineable notice" data-testid="not-fineable">
        {r.notFineable(result.notFineable?.basis ?? "")}
      </p>
    );
  }
  return (
    <>
      {result.estimate === null ? (
        <p data-testid="no-estimate">{r.none}</p>
      ) : (
        <dl class="figures">
          <dt>{r.estimate}</dt>
          <dd class="central" data-testid="estimate">
            {money(result.estimate)}
          </dd>
          <dt>{r.likely}</dt>
          <dd data-testid="likely">
            {money(result.low)} – {money(result.high)}
          </dd>
          <dt>{r.wide}</dt>
          <dd data-testid="wide">
            {money(result.p10)} – {money(result.p90)}
          </dd>
          {result.legalMaximum && (
            <>
              <dt>{r.maximum}</dt>
              <dd data-testid="maximum">
                {fmt.money(result.legalMaximum.amount, result.legalMaximum.currency)}
                <span class="sub">{r.maximumBasis(result.legalMaximum.basis, fmt.date(result.legalMaximum.rateDate))}</span>
              </dd>
            </>
          )}
        </dl>
      )}
      {result.estimate !== null && <p class="sub">{r.rounded}</p>}
    </>
  );
}

function valueLabel(comparison: Comparison, side: "scenario" | "case"): string {
  const v = comparison[side];
  const cc = c.comparables;
  if (v === undefined || v === "") return c.memo.notStated;
  switch (comparison.key) {
    case "country":
      return ui.countries[v as keyof typeof ui.countries] ?? String(v);
    case "controllerType":
      return c.scenario.controllerTypes[v as "public"] ?? String(v);
    case "tier":
      return cc.tiers[v as "lower" | "upper"] ?? String(v);
    case "dataSubjects":
      return fmt.number(Number(v));
    case "children":
    case "specialCategories":
      return v ? c.scenario.yes : c.scenario.no;
    case "preGdpr":
      return v ? cc.law.old : cc.law.gdpr;
    case "factor":
      return c.factors.levels[v as ScenarioLevel] ?? String(v);
    default:
      return String(v);
  }
}

function partLabel(p: AdjustmentPart): string {
  const parts = c.comparables.parts;
  if (p.key === "year") return parts.year(Number(p.case), Number(p.scenario));
  if (p.key === "factor") return parts.factor(p.letter ?? "");
  return parts[p.key];
}

const comparisonName = (k: Comparison) => (k.key === "factor" ? c.comparables.factor(k.letter ?? "") : c.comparables.facts[k.key]);

function ComparableRow({ k, currency, link }: { k: ComparableResult; currency: Currency; link: string }) {
  const cc = c.comparables;
  const stated = [...k.facts, ...k.factors].filter((x) => x.weight > 0 && (x.key === "preGdpr" || (x.scenario !== undefined && x.scenario !== "not-assessed")));
  const same = stated.filter((x) => x.distance === 0);
  const differs = stated.filter((x) => x.distance > 0);
  return (
    <tr data-case={k.id}>
      <td>
        <a href={link}>{k.title}</a>
        <span class="sub">
          {k.authorityName} · {k.reference} · {fmt.date(k.date)}
          {k.preGdpr ? ` · ${cc.preGdpr}` : ""}
        </span>
      </td>
      <td class="num">
        {fmt.money(k.fine.amount, k.fine.currency)}
        {k.fine.currency !== currency && <span class="sub">{cc.converted(fmt.money(roundSignificant(k.converted, 3), currency))}</span>}
      </td>
      <td class="num">
        {fmt.money(roundSignificant(k.adjusted), currency)}
        <span class="sub">{cc.multiplier(k.multiplier < 10 ? k.multiplier.toFixed(2) : k.multiplier.toFixed(1))}</span>
        {k.adjustment.parts.length > 0 && (
          <span class="sub parts">
            {cc.adjustedFor}: {k.adjustment.parts.map((p) => `${partLabel(p)} ×${Math.exp(p.log).toFixed(2)}`).join(", ")}
          </span>
        )}
      </td>
      <td class="num">{percent(k.similarity)}</td>
      <td class="num">{percent(k.weight)}</td>
      <td class="differences">
        <span class="sub">
          {cc.same}: {same.length ? same.map(comparisonName).join(", ") : cc.nothing}
        </span>
        {differs.length > 0 && (
          <span class="sub">
            {cc.differs}: {differs.map((x) => `${comparisonName(x)} ${valueLabel(x, "case")}`).join("; ")}
          </span>
        )}
      </td>
    </tr>
  );
}
