import type { Ref } from "preact";
import type { EstimateView } from "../../domain/estimator/view.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";

/**
 * On a phone the full result sits between the facts and the factors: this bar, last in the form's
 * grid and sticky, keeps the central figure and the likely range at the bottom of the screen while
 * the reader works through the facts and the factors, and links to the full result. Hidden on
 * wide screens, where the result stays beside the form.
 */
function ResultBar({ view, pending, barRef }: { view: EstimateView; pending: boolean; barRef?: Ref<HTMLAnchorElement> }) {
  const { c, moneyIn } = useLabels();
  const money = moneyIn(view.currency);
  const b = c.bar;
  const figure = !view.fineable ? b.notFineable : view.estimate === null ? b.none : money(view.estimate);
  return (
    <a class="result-bar" href="#calc-result" data-testid="result-bar" aria-busy={pending ? "true" : undefined} ref={barRef}>
      <span class="bar-label">{b.label}</span>
      <strong class="bar-figure">{figure}</strong>
      {view.fineable && view.low !== null && view.high !== null && <span class="bar-range">{b.likely(money(view.low), money(view.high))}</span>}
      <span class="bar-link">{b.link}</span>
    </a>
  );
}

export default pure(ResultBar);
