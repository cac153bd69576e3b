import type { CaseSummary } from "./data.ts";
import { pure } from "./pure.ts";
import { useLabels } from "./labels.ts";
import Runs from "./Runs.tsx";
import { caseRuns, type TextContext } from "./text.ts";

interface Props {
  cases: CaseSummary[];
  chosen: string;
  /** The case the scenario was loaded from, if any. */
  started: CaseSummary | undefined;
  /** Names the cases, in the page's language where we have it. */
  text: TextContext;
  leftOut: boolean;
  onChoose: (id: string) => void;
  onLoad: () => void;
  onBlank: () => void;
  onLeaveOut: (leaveOut: boolean) => void;
}

/** Start from a decided case (its recorded scenario) or from a blank one. */
function StartFrom({ cases, chosen, started, text, leftOut, onChoose, onLoad, onBlank, onLeaveOut }: Props) {
  const { c, fmt } = useLabels();
  return (
    <section class="calc-start" aria-labelledby="calc-start-h">
      <h2 id="calc-start-h">{c.start.heading}</h2>
      <fieldset class="start-row">
        <legend class="visually-hidden">{c.start.heading}</legend>
        <label>
          {c.start.fromCase}
          <select id="start-case" value={chosen} onChange={(e) => onChoose(e.currentTarget.value)}>
            <option value="">{c.start.choose}</option>
            {cases.map((k) => (
              <option key={k.id} value={k.id}>
                {`${k.controllerName}, ${k.date.slice(0, 4)} (${k.country}): ${fmt.money(k.fine.amount, k.fine.currency)}`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" id="load-case" class="button" disabled={!chosen} onClick={onLoad}>
          {c.start.load}
        </button>
        <button type="button" id="start-blank" class="button button-secondary" onClick={onBlank}>
          {c.start.blank}
        </button>
      </fieldset>
      {started && (
        <p class="started" data-testid="started-from">
          <Runs runs={caseRuns(text, (t) => `${c.start.startedFrom(t.caseName(started.id))}; ${c.start.decided(fmt.money(started.fine.amount, started.fine.currency))}. `)} />
          <label class="check">
            <input type="checkbox" id="leave-out" checked={leftOut} onChange={(e) => onLeaveOut(e.currentTarget.checked)} />
            {c.start.leaveOut}
          </label>
        </p>
      )}
    </section>
  );
}

export default pure(StartFrom);
