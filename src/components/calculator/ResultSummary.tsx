import { caseRuns, describeBasis, describeMeasured, describeNote, describeWarning, type TextContext } from "./text.ts";
import Runs from "./Runs.tsx";
import type { EstimateView } from "../../domain/estimator/view.ts";
import type { CalculatorProps } from "./data.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";

interface Props {
  view: EstimateView;
  measured: CalculatorProps["measured"];
  text: TextContext;
  /** The figures shown are not yet those of the scenario (the estimator's data is loading). */
  pending: boolean;
  loadFailed: boolean;
  memo: string;
  memoOpen: boolean;
  copy: "" | "copied" | "failed";
  onCopy: () => void;
  onPrint: () => void;
  onMemoToggle: (open: boolean) => void;
}

function Figures({ view }: { view: EstimateView }) {
  const { ui, c, fmt, moneyIn } = useLabels();
  const r = c.result;
  const money = moneyIn(view.currency);
  if (!view.fineable) {
    return (
      <p class="not-fineable notice" data-testid="not-fineable">
        {r.notFineable(view.notFineable?.basis ?? "")}
      </p>
    );
  }
  if (view.estimate === null) return <p data-testid="no-estimate">{r.none}</p>;
  return (
    <>
      <dl class="figures">
        <dt>{r.estimate}</dt>
        <dd class="central" data-testid="estimate">
          {money(view.estimate)}
        </dd>
        <dt>{r.likely}</dt>
        <dd data-testid="likely">{`${money(view.low)} – ${money(view.high)}`}</dd>
        <dt>{r.wide}</dt>
        <dd data-testid="wide">{`${money(view.p10)} – ${money(view.p90)}`}</dd>
        {view.legalMaximum && (
          <>
            <dt>{r.maximum}</dt>
            <dd data-testid="maximum">
              {fmt.money(view.legalMaximum.amount, view.legalMaximum.currency)}
              <span class="sub">{r.maximumBasis(describeBasis(view.legalMaximum.basis, ui), fmt.date(view.legalMaximum.rateDate))}</span>
            </dd>
          </>
        )}
      </dl>
      <p class="sub">{r.rounded}</p>
    </>
  );
}

/** The estimate with its ranges and measured error, the caveats, the law, and the memo. */
function ResultSummary(props: Props) {
  const { ui, c, percent, factor, href } = useLabels();
  const { view, measured, text, pending, loadFailed, memo, memoOpen, copy } = props;
  return (
    <section class="calc-result" id="calc-result" aria-labelledby="calc-result-h" aria-busy={pending ? "true" : undefined}>
      <h2 id="calc-result-h">{c.result.heading}</h2>
      {loadFailed ? (
        <p class="notice" role="alert" data-testid="load-failed">
          {c.result.loadFailed}
        </p>
      ) : (
        pending && <p class="sub pending">{c.result.loading}</p>
      )}
      <div class="figures-block">
        <Figures view={view} />
      </div>
      {measured && view.estimate !== null && (
        <p class="measured" data-testid="measured">
          {`${describeMeasured(measured.all, text)} ${
            measured.publicBodies.n > 0
              ? `${c.result.measuredPublic(measured.publicBodies.n, factor(measured.publicBodies.medianFactor), percent(measured.publicBodies.coverage80))} `
              : ""
          }`}
          <a href={href("/method/")}>{c.methodLink}</a>
        </p>
      )}
      {view.warnings.length > 0 && (
        <div class="notice warnings" data-testid="warnings">
          <h3>{c.warnings.heading}</h3>
          <ul>
            {view.warnings.map((w, i) => (
              <li key={i} data-code={w.code}>
                <Runs runs={caseRuns(text, (t) => describeWarning(w, t))} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.notes.length > 0 && (
        <div class="legal-notes">
          <h3>{c.notes.heading}</h3>
          <ul>
            {view.notes.map((n) => (
              <li key={n} data-code={n}>
                {describeNote(n, ui)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="disclaimer">{c.disclaimer}</p>
      <div class="memo-actions">
        <button type="button" id="copy-memo" class="button" onClick={props.onCopy}>
          {c.memo.button}
        </button>
        <button type="button" id="print" class="button button-secondary" onClick={props.onPrint}>
          {c.memo.print}
        </button>
        <p role="status" class="copy-status">
          {copy === "copied" ? c.memo.copied : copy === "failed" ? c.memo.failed : null}
        </p>
      </div>
      <details class="memo" open={memoOpen} onToggle={(e) => props.onMemoToggle(e.currentTarget.open)}>
        <summary>{c.memo.show}</summary>
        <label for="memo-text">{c.memo.label}</label>
        {/* As content, not value: the build renders it as text, so hydration finds it there. */}
        <textarea id="memo-text" readOnly rows={18}>
          {memo}
        </textarea>
      </details>
    </section>
  );
}

export default pure(ResultSummary);
