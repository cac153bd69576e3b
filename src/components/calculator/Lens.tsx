import { startingRange } from "../../domain/estimator/edpb.ts";
import type { EstimateView } from "../../domain/estimator/view.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";
import ScrollTable from "./ScrollTable.tsx";

/** The EDPB's seriousness lens beside the comparable-case estimate. */
function Lens({ view }: { view: EstimateView }) {
  const { c, percent, moneyIn } = useLabels();
  const t = c.lens;
  const lens = view.lens;
  const max = view.legalMaximum?.amount;
  const money = moneyIn(view.currency);
  const sentences = [
    t.scenario(t.levels[lens.level], lens.score),
    lens.amounts ? t.range(percent(lens.range[0]), percent(lens.range[1]), money(lens.amounts.from), money(lens.amounts.to)) : "",
    max !== undefined && view.estimate !== null ? t.estimateShare(percent(view.estimate / max)) : "",
    lens.size
      ? lens.size.share[0] === 1
        ? t.sizeNone
        : lens.size.amounts
          ? `${t.size(percent(lens.size.share[0]), percent(lens.size.share[1]), money(lens.size.amounts.from), money(lens.size.amounts.to))}${lens.size.verified ? "" : ` ${t.sizeUnverified}`}`
          : ""
      : "",
  ];
  return (
    <section class="lens" aria-labelledby="calc-lens-h" data-testid="lens">
      <h2 id="calc-lens-h">{t.heading}</h2>
      <p class="hint">{t.lead}</p>
      <p>
        <strong>{sentences[0]}</strong>
        {` ${sentences.slice(1).filter(Boolean).join(" ")}`}
      </p>
      <h3 id="calc-lens-decided-h">{t.decided}</h3>
      <ScrollTable labelledby="calc-lens-decided-h">
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
                <td>{`${percent(startingRange[level][0])}–${percent(startingRange[level][1])}`}</td>
                <td class="num">{lens.byLevel[level].n}</td>
                <td class="num">{lens.byLevel[level].medianShare === null ? t.none : percent(lens.byLevel[level].medianShare!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

export default pure(Lens);
