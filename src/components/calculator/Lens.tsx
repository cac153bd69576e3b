import type { DecidedCase } from "../../domain/estimator/cases.ts";
import { startingRange } from "../../domain/estimator/edpb.ts";
import type { EstimateResult } from "../../domain/estimator/estimate.ts";
import { roundSignificant } from "../../domain/estimator/text.ts";
import type { Formatters } from "../../domain/format.ts";
import type { Strings } from "../../i18n/strings.ts";

interface Props {
  result: EstimateResult;
  cases: DecidedCase[];
  ui: Strings;
  fmt: Formatters;
  percent: (share: number) => string;
}

/** The EDPB's seriousness lens beside the comparable-case estimate. */
export default function Lens({ result, ui, fmt, percent }: Props) {
  const t = ui.calculator.lens;
  const lens = result.lens;
  const max = result.legalMaximum?.amount;
  const money = (v: number) => fmt.money(roundSignificant(v), result.currency);
  return (
    <section class="lens" aria-labelledby="calc-lens-h" data-testid="lens">
      <h2 id="calc-lens-h">{t.heading}</h2>
      <p class="hint">{t.lead}</p>
      <p>
        <strong>{t.scenario(t.levels[lens.level], lens.score)}</strong>{" "}
        {lens.amounts && t.range(percent(lens.range[0]), percent(lens.range[1]), money(lens.amounts.from), money(lens.amounts.to))}{" "}
        {max !== undefined && result.estimate !== null && t.estimateShare(percent(result.estimate / max))}
      </p>
      <h3>{t.decided}</h3>
      <table class="lens-table">
        <thead>
          <tr>
            <th scope="col">{t.columns.level}</th>
            <th scope="col">{t.columns.range}</th>
            <th scope="col" class="num">{t.columns.n}</th>
            <th scope="col" class="num">{t.columns.median}</th>
          </tr>
        </thead>
        <tbody>
          {(["low", "medium", "high"] as const).map((level) => (
            <tr key={level} aria-current={level === lens.level ? "true" : undefined}>
              <th scope="row">{t.levels[level]}</th>
              <td>
                {percent(startingRange[level][0])}–{percent(startingRange[level][1])}
              </td>
              <td class="num">{lens.byLevel[level].n}</td>
              <td class="num">{lens.byLevel[level].medianShare === null ? t.none : percent(lens.byLevel[level].medianShare!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
