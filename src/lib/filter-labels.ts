import type { Authority } from "../domain/schema/document.ts";
import type { CaseFilterKey } from "../domain/filters.ts";
import type { Country } from "../domain/schema/primitives.ts";
import type { Formatters } from "../domain/format.ts";
import type { Strings } from "../i18n/strings.ts";
import type { FactorLetter } from "../domain/factors.ts";

/** An authority by name and country: Norway's and Denmark's authorities are both "Datatilsynet". */
export function authorityLabel(ui: Pick<Strings, "countries">, authorities: Map<string, Authority>, id: string): string {
  const a = authorities.get(id);
  return a ? `${a.name} (${ui.countries[a.country as Country] ?? a.country})` : id;
}

/** How each option of the case filters reads, for the form on /cases/ and the filter line of /trends/. */
export function filterOptionLabels(ui: Strings, fmt: Formatters, authorities: Map<string, Authority>): Record<CaseFilterKey, (value: string) => string> {
  const f = ui.cases.filters;
  return {
    country: (v) => ui.countries[v as Country],
    authority: (v) => authorityLabel(ui, authorities, v),
    from: (v) => v,
    to: (v) => v,
    type: (v) => f.typeValues[v as keyof typeof f.typeValues] ?? v,
    sector: (v) => f.sectorValues[v as keyof typeof f.sectorValues],
    outcome: (v) => f.outcomeValues[v as keyof typeof f.outcomeValues],
    notice: (v) => f.noticeValues[v as "yes" | "no"],
    min: (v) => fmt.money(Number(v), "EUR"),
    max: (v) => fmt.money(Number(v), "EUR"),
    article: (v) => f.articleValue(v),
    factor: (v) => {
      const [letter, direction] = v.split("-") as [FactorLetter, "aggravating" | "mitigating"];
      return f.factorValue(letter, ui.factorNames[letter].label, ui.direction[direction].toLowerCase());
    },
  };
}
