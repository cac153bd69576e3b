/**
 * The decision library as a list: one row of plain cells per document, the filters on it (country,
 * body, year, has a fine) and their URL query. The build renders the first rows and ships all of
 * them as compact JSON; the browser filters, sorts and renders rows on demand from the same cells.
 */
import { parseQuery, serialiseQuery, type ParsedQuery } from "./filters.ts";

/** One row as shown: text already formatted by the build, plus the values it filters and sorts on. */
export interface DecisionCells {
  id: string;
  href: string;
  body: string;
  country: string;
  countryName: string;
  /** ISO date as precise as known, for sorting; "" when unknown. */
  date: string;
  dateText: string;
  year: string;
  reference: string;
  parties: string;
  /** The kind of document when it is not a decision ("Judgment"), else "". */
  kind: string;
  outcome: string;
  fineText: string;
  /** The fine in euro at its date (or as written when no rate applies), for sorting; "" without a fine. */
  fineSort: string;
  hasFine: boolean;
}

// Rows travel as arrays in this order: the names once, not 561 times.
const fields = [
  "id",
  "href",
  "body",
  "country",
  "countryName",
  "date",
  "dateText",
  "year",
  "reference",
  "parties",
  "kind",
  "outcome",
  "fineText",
  "fineSort",
  "hasFine",
] as const satisfies readonly (keyof DecisionCells)[];

export interface DecisionListData {
  fields: readonly string[];
  rows: (string | number)[][];
}

export function encodeDecisionRows(rows: DecisionCells[]): DecisionListData {
  return { fields, rows: rows.map((r) => fields.map((f) => (f === "hasFine" ? (r.hasFine ? 1 : 0) : r[f]))) };
}

export function decodeDecisionRows(data: DecisionListData): DecisionCells[] {
  const index = Object.fromEntries(data.fields.map((f, i) => [f, i]));
  const at = (row: (string | number)[], f: (typeof fields)[number]) => row[index[f] ?? -1] ?? "";
  return data.rows.map((row) => {
    const cells = Object.fromEntries(fields.map((f) => [f, String(at(row, f))])) as unknown as DecisionCells;
    cells.hasFine = at(row, "hasFine") === 1;
    return cells;
  });
}

export const decisionFilterKeys = ["country", "body", "year", "fine"] as const;
export type DecisionFilterKey = (typeof decisionFilterKeys)[number];
export type DecisionFilter = Partial<Record<DecisionFilterKey, string>>;
export type DecisionFilterOptions = Record<DecisionFilterKey, readonly string[]>;

export const matchesDecision = (row: DecisionCells, filter: DecisionFilter): boolean =>
  (!filter.country || row.country === filter.country) &&
  (!filter.body || row.body === filter.body) &&
  (!filter.year || row.year === filter.year) &&
  (filter.fine !== "1" || row.hasFine);

export const parseDecisionFilter = (query: string | URLSearchParams, options: DecisionFilterOptions): ParsedQuery<DecisionFilterKey> =>
  parseQuery(query, decisionFilterKeys, options);
export const serialiseDecisionFilter = (filter: DecisionFilter) => serialiseQuery(filter, decisionFilterKeys);

export type DecisionSortKey = "body" | "country" | "date" | "reference" | "outcome" | "fine";
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * Rows sorted by a column, empty cells last either way; ties keep the library's order (newest first).
 * Returns a new array.
 */
export function sortDecisions(rows: DecisionCells[], key: DecisionSortKey, ascending: boolean): DecisionCells[] {
  const value = (r: DecisionCells) =>
    key === "fine" ? r.fineSort : key === "country" ? r.country : key === "reference" ? r.reference : r[key];
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === "" || b.v === "") return a.v === b.v ? a.i - b.i : a.v === "" ? 1 : -1;
      const c = key === "fine" ? Number(a.v) - Number(b.v) : collator.compare(a.v, b.v);
      return (ascending ? c : -c) || a.i - b.i;
    })
    .map((x) => x.row);
}

/** How many rows a page of the list holds, with and without JavaScript. */
export const decisionPageSize = 50;
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / decisionPageSize));
export const pageRows = <T>(rows: T[], page: number) => rows.slice((page - 1) * decisionPageSize, page * decisionPageSize);
