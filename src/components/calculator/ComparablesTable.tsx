import type { ComparableRow, EstimateView } from "../../domain/estimator/view.ts";
import { roundSignificant } from "../../domain/estimator/precision.ts";
import type { Currency } from "../../domain/schema/codes.ts";
import type { TextContext } from "./text.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";
import ScrollTable from "./ScrollTable.tsx";

interface Props {
  view: EstimateView;
  /** Names the cases, in the page's language where we have it. */
  text: TextContext;
  /** How many rows to show (all of view.comparables when larger). */
  rows: number;
  showAll: boolean;
  onShowAll: (all: boolean) => void;
}

function Row({ k, currency, text }: { k: ComparableRow; currency: Currency; text: TextContext }) {
  const { c, fmt, percent, caseHref, moneyIn, comparisonName, valueLabel, partLabel, multiplier } = useLabels();
  const cc = c.comparables;
  const money = moneyIn(currency);
  return (
    <tr data-case={k.id}>
      <td>
        <a href={caseHref(k.id)} lang={text.caseLang?.(k.id)}>{text.caseName(k.id)}</a>
        <span class="sub">{`${k.authorityName} · ${k.reference} · ${fmt.date(k.date)}${k.preGdpr ? ` · ${cc.preGdpr}` : ""}`}</span>
      </td>
      <td class="num">
        {fmt.money(k.fine.amount, k.fine.currency)}
        {k.fine.currency !== currency && <span class="sub">{cc.converted(fmt.money(roundSignificant(k.converted, 3), currency))}</span>}
      </td>
      <td class="num">
        {money(k.adjusted)}
        <span class="sub">{cc.multiplier(multiplier(k.multiplier))}</span>
        {k.parts.length > 0 && (
          <span class="sub parts">{`${cc.adjustedFor}: ${k.parts.map((p) => `${partLabel(p)} ×${multiplier(p.factor)}`).join(", ")}`}</span>
        )}
      </td>
      <td class="num">{percent(k.similarity)}</td>
      <td class="num">{percent(k.weight)}</td>
      <td class="differences">
        <span class="sub">{`${cc.same}: ${k.same.length ? k.same.map(comparisonName).join(", ") : cc.nothing}`}</span>
        {k.differs.length > 0 && (
          <span class="sub">{`${cc.differs}: ${k.differs.map((x) => `${comparisonName(x)} ${valueLabel(x)}`).join("; ")}`}</span>
        )}
      </td>
    </tr>
  );
}

/** The decided cases behind the estimate, closest first, with how each was adjusted. */
function ComparablesTable({ view, text, rows, showAll, onShowAll }: Props) {
  const { c } = useLabels();
  const cc = c.comparables;
  const shown = view.comparables.slice(0, rows);
  return (
    <section class="comparables" aria-labelledby="calc-comparables-h">
      <h2 id="calc-comparables-h">{cc.heading}</h2>
      <p class="hint">{cc.lead}</p>
      <p class="hint" data-testid="comparables-count">
        {shown.length < view.comparableCount ? cc.shown(shown.length, view.comparableCount) : cc.shownAll(view.comparableCount)}
      </p>
      <ScrollTable labelledby="calc-comparables-h">
        <table class="comparables-table" data-testid="comparables">
          <thead>
            <tr>
              <th scope="col">{cc.columns.case}</th>
              <th scope="col" class="num">{cc.columns.fine}</th>
              <th scope="col" class="num">{cc.columns.adjusted}</th>
              <th scope="col" class="num">{cc.columns.similarity}</th>
              <th scope="col" class="num">{cc.columns.weight}</th>
              <th scope="col">{cc.columns.differences}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((k) => (
              <Row key={k.id} k={k} currency={view.currency} text={text} />
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {view.comparableCount > 10 && (
        <button type="button" id="show-all" class="button button-secondary" aria-expanded={showAll ? "true" : "false"} onClick={() => onShowAll(!showAll)}>
          {showAll ? cc.showFewer : cc.showAll(view.comparableCount)}
        </button>
      )}
    </section>
  );
}

export default pure(ComparablesTable);
