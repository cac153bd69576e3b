import type { CaseRecord } from "./schema/case.ts";
import type { SourceDocument } from "./schema/document.ts";
import type { RateTable } from "./money.ts";
import { decisionDate } from "./cases.ts";

export interface DataCurrency {
  /** The newest decision or judgment date among the case records and the library's texts. */
  newestDecision: string | undefined;
  /** The last ECB fixing in the rate table, which bounds every euro figure. */
  latestRate: string | undefined;
}

const decided = new Set<SourceDocument["kind"]>(["decision", "judgment"]);

/** How current the data is, as dates (YYYY, YYYY-MM or YYYY-MM-DD); the page formats them. */
export function dataCurrency(library: { cases: CaseRecord[]; documents: Iterable<SourceDocument>; rates: RateTable }): DataCurrency {
  const dates = [
    ...library.cases.map(decisionDate),
    ...[...library.documents].filter((d) => d.inLibrary && decided.has(d.kind)).map((d) => d.date),
  ].filter((d): d is string => Boolean(d));
  // ISO dates of any precision order correctly as strings ("2024" < "2024-05" < "2024-05-02").
  const newestDecision = dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
  return { newestDecision, latestRate: library.rates.dates.at(-1) };
}
