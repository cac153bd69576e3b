import { maxUserWeight } from "../../domain/estimator/model.ts";
import { scenarioLevels, type Scenario, type ScenarioLevel } from "../../domain/estimator/scenario.ts";
import type { CalculatorState } from "../../domain/estimator/url-state.ts";
import { factorLetters, type FactorLetter } from "../../domain/factors.ts";
import type { CalculatorProps, FactorExamples } from "./data.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";
import ScrollTable from "./ScrollTable.tsx";

type WeightKind = "step" | "similarity";

interface Props {
  factors: Scenario["factors"];
  weights: CalculatorState["weights"];
  fitted: CalculatorProps["fitted"];
  examples: CalculatorProps["factorExamples"];
  onLevel: (letter: FactorLetter, level: ScenarioLevel) => void;
  onWeight: (kind: WeightKind, letter: FactorLetter, text: string) => void;
  onResetWeights: () => void;
}

function ExampleList({ label, letter, examples }: { label: string; letter: FactorLetter; examples: FactorExamples }) {
  const { c, caseHref } = useLabels();
  const more = examples.total - examples.shown.length;
  return (
    <p class="examples">
      {examples.shown.length === 0 ? `${label}: ${c.factors.noCases}` : `${label}: `}
      {examples.shown.map((item, i) => (
        <span key={item.id}>
          {i > 0 && "; "}
          <a href={`${caseHref(item.id)}#factor-${letter}`}>{item.label}</a>
        </span>
      ))}
      {more > 0 && ` ${c.factors.more(more)}`}
    </p>
  );
}

const roundWeight = (v: number) => String(Math.round(v * 1000) / 1000);

/** How the authority would weigh each Art. 83(2) factor, and the weights behind the estimate. */
function FactorControls({ factors, weights, fitted, examples, onLevel, onWeight, onResetWeights }: Props) {
  const { ui, c, fmt, href, multiplier } = useLabels();
  const weightOf = (kind: WeightKind, letter: FactorLetter) => weights[kind][letter] ?? fitted.factors[letter][kind];
  const weightInput = (kind: WeightKind, letter: FactorLetter, step: number, label: string) => (
    <input
      id={`w-${kind === "step" ? "step" : "sim"}-${letter}`}
      type="number"
      min={0}
      max={maxUserWeight}
      step={step}
      aria-label={label}
      value={roundWeight(weightOf(kind, letter))}
      onChange={(e) => onWeight(kind, letter, e.currentTarget.value)}
    />
  );
  return (
    <section class="calc-factors" aria-labelledby="calc-factors-h">
      <h2 id="calc-factors-h">{c.factors.heading}</h2>
      <p class="hint">{c.factors.lead}</p>
      <fieldset class="factor-fields">
        <legend class="visually-hidden">{c.factors.heading}</legend>
        {factorLetters.map((letter) => (
          <div class="factor" key={letter} data-factor={letter}>
            <label for={`f-factor-${letter}`} class="factor-label">
              {`(${letter}) ${ui.factorNames[letter].label}`}
            </label>
            <select
              id={`f-factor-${letter}`}
              value={factors[letter] ?? "not-assessed"}
              aria-describedby={`f-factor-${letter}-help`}
              onChange={(e) => onLevel(letter, e.currentTarget.value as ScenarioLevel)}
            >
              {scenarioLevels.map((l) => (
                <option key={l} value={l}>
                  {c.factors.levels[l]}
                </option>
              ))}
            </select>
            <div class="factor-help" id={`f-factor-${letter}-help`}>
              <p>
                {/* One text node: separate ones are merged by the server render and re-split by hydration. */}
                {`${ui.factorNames[letter].explanation} `}
                <a href={href(`/factors/${letter}/`)}>{c.factors.guide(letter)}</a>
              </p>
              {fitted.factors[letter].step === 0 && (
                <p class="no-effect" data-testid={`no-effect-${letter}`}>
                  {weights.step[letter] !== undefined && weights.step[letter]! > 0 ? c.factors.noEffectOverridden : c.factors.noEffect}
                </p>
              )}
              <ExampleList label={c.factors.aggravatingIn} letter={letter} examples={examples[letter].aggravating} />
              <ExampleList label={c.factors.mitigatingIn} letter={letter} examples={examples[letter].mitigating} />
            </div>
          </div>
        ))}
      </fieldset>

      <details class="weights">
        <summary id="calc-weights-h">{c.weights.heading}</summary>
        <p class="hint">{c.weights.lead}</p>
        <p class="hint">
          {`${c.weights.fitted(fitted.n, fitted.date ? fmt.date(fitted.date) : "–")} `}
          {fitted.stale && <strong>{c.weights.stale(fitted.n, fitted.libraryFines)}</strong>}
        </p>
        <fieldset>
          <legend class="visually-hidden">{c.weights.heading}</legend>
          <ScrollTable labelledby="calc-weights-h">
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
                    <th scope="row">{`(${letter}) ${ui.factorNames[letter].label}`}</th>
                    <td>
                      {weightInput("step", letter, 0.05, c.weights.step(letter))}
                      <span class="sub">{c.weights.perLevel(multiplier(Math.exp(weightOf("step", letter))))}</span>
                    </td>
                    <td>{weightInput("similarity", letter, 0.25, c.weights.similarity(letter))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <button type="button" id="reset-weights" class="button button-secondary" onClick={onResetWeights}>
            {c.weights.reset}
          </button>
        </fieldset>
      </details>
    </section>
  );
}

export default pure(FactorControls);
