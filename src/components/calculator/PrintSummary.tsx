import { factorLetters } from "../../domain/factors.ts";
import { currencyOf } from "../../domain/estimator/scenario.ts";
import type { CalculatorState } from "../../domain/estimator/url-state.ts";
import type { CaseSummary } from "./data.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";
import Runs from "./Runs.tsx";
import { caseRuns, type Run, type TextContext } from "./text.ts";

interface Props {
  state: CalculatorState;
  /** The address that reproduces this result. */
  url: string;
  /** YYYY-MM-DD */
  date: string;
  cases: ReadonlyMap<string, CaseSummary>;
  /** Names the cases, in the page's language where we have it. */
  text: TextContext;
}

/** "Sector (optional)" → "Sector" */
const plain = (label: string) => label.replace(/ \(.*\)$/, "");

/**
 * Print only: every input of the scenario in words (form controls print poorly), with the date and
 * the address that reproduces the result.
 */
function PrintSummary({ state, url, date, cases, text }: Props) {
  const { ui, c, fmt } = useLabels();
  const s = state.scenario;
  const sc = c.scenario;
  const p = c.print;
  const none = c.memo.notStated;
  const yesNo = (v: boolean | undefined) => (v === undefined ? sc.unknown : v ? sc.yes : sc.no);
  const weights = (["step", "similarity"] as const).flatMap((kind) =>
    factorLetters.filter((l) => state.weights[kind][l] !== undefined).map((l) => p.weight(kind === "step" ? c.weights.step(l) : c.weights.similarity(l), String(state.weights[kind][l]))),
  );
  const rows: [string, string | Run[]][] = [
    [sc.country, ui.countries[s.country]],
    [sc.controllerType, sc.controllerTypes[s.controllerType]],
    [sc.currency, s.currency ?? sc.currencyDefault(currencyOf(s))],
    [plain(sc.sector), s.sector ?? none],
    [sc.articles, s.articles.length ? s.articles.map((a) => ui.cases.filters.articleValue(a)).join(", ") : none],
    [plain(sc.people), s.dataSubjects === undefined ? none : fmt.number(s.dataSubjects)],
    [sc.children, yesNo(s.children)],
    [sc.special, yesNo(s.specialCategories)],
    ...factorLetters.map((l): [string, string] => [`(${l}) ${ui.factorNames[l].label}`, c.factors.levels[s.factors[l] ?? "not-assessed"]]),
    [c.weights.heading, weights.length ? weights.join("; ") : p.fitted],
  ];
  const started = state.from ? cases.get(state.from) : undefined;
  if (started) rows.push([p.startedFrom, caseRuns(text, (t) => t.caseName(started.id))]);
  if (state.exclude.length) rows.push([p.leftOut, caseRuns(text, (t) => state.exclude.map(t.caseName).join("; "))]);
  return (
    <section class="print-summary" aria-labelledby="calc-print-h" data-testid="print-summary">
      <p class="print-meta">
        <span>{`${p.date}: ${fmt.date(date)}`}</span>
        <span>
          {`${p.address}: `}
          <span class="print-url" data-testid="print-url">
            {url}
          </span>
        </span>
      </p>
      <h2 id="calc-print-h">{p.heading}</h2>
      <dl class="print-inputs" data-testid="print-inputs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{typeof value === "string" ? value : <Runs runs={value} />}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default pure(PrintSummary);
