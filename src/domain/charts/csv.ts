/**
 * Each chart's data as CSV: one row per mark, the case id first. The domain says which columns a
 * chart has and what goes in them (keys and codes); the caller names the columns and words the
 * coded values in its language (src/components/charts/csv.ts). Numbers stay plain whatever the
 * language: major units, no grouping, a full stop as decimal mark; dates as the source gives them
 * (YYYY, YYYY-MM or YYYY-MM-DD).
 */
import { csvFormatRows } from "d3-dsv";
import { factorLetters, type FactorLetter } from "../factors.ts";
import type { ChartId, TrendsData } from "./index.ts";
import type { CaseMark, ChartAmount } from "./common.ts";

/** The column keys of every chart's CSV; `factor` is one column per letter of Article 83(2). */
export const csvColumnKeys = [
  "case_id",
  "controller",
  "authority",
  "country",
  "controller_type",
  "decided",
  "amount",
  "currency",
  "eur",
  "notice",
  "notice_date",
  "decision",
  "decision_date",
  "change_percent",
  "notice_eur_at_decision",
  "decision_eur",
  "people_affected",
  "eur_per_person",
  "factor",
  "appeal_outcome",
] as const;
export type CsvColumnKey = (typeof csvColumnKeys)[number];

/** The coded values a language words: an authority id, a country code, a sector, an appeal outcome, a factor's direction. */
export type CsvWordKind = "authority" | "country" | "sector" | "outcome" | "direction";

export interface CsvColumn<T> {
  key: CsvColumnKey;
  /** For the `factor` columns: which letter. */
  letter?: FactorLetter;
  /** Set when the value is a code the language words. */
  word?: CsvWordKind;
  /** The cell: a number stays a plain number, undefined an empty cell. */
  value: (item: T) => string | number | undefined;
}

/** How a language names the columns and words the codes. */
export interface CsvNaming {
  header: (column: { key: CsvColumnKey; letter?: FactorLetter }) => string;
  word: (kind: CsvWordKind, code: string) => string;
}

/** The one writer: a header row of the named columns, then a row per item. */
export function csvTable<T>(columns: readonly CsvColumn<T>[], items: readonly T[], naming: CsvNaming): string {
  const cell = (c: CsvColumn<T>, item: T) => {
    const v = c.value(item);
    return v === undefined ? "" : c.word ? naming.word(c.word, String(v)) : String(v);
  };
  return csvFormatRows([columns.map((c) => naming.header(c)), ...items.map((item) => columns.map((c) => cell(c, item)))]) + "\n";
}

const pct = (n: number) => Math.round(n * 100) / 100;
const column = <T>(key: CsvColumnKey, value: CsvColumn<T>["value"], word?: CsvWordKind): CsvColumn<T> => ({ key, value, ...(word ? { word } : {}) });

const mark: CsvColumn<CaseMark>[] = [
  column("case_id", (m) => m.id),
  column("controller", (m) => m.name),
  column("authority", (m) => m.authority, "authority"),
  column("country", (m) => m.country, "country"),
  column("controller_type", (m) => m.sector, "sector"),
];

/** A fine in its currency and in euro (charts 1 and 3). */
const fine: CsvColumn<{ fine: ChartAmount }>[] = [
  column("amount", (p) => p.fine.amount),
  column("currency", (p) => p.fine.currency),
  column("eur", (p) => p.fine.eur),
];

type Item<K extends ChartId> = TrendsData[K][number];

/** Each chart's columns, in order. */
export const chartColumns: { [K in ChartId]: CsvColumn<Item<K>>[] } = {
  fines: [
    ...mark,
    column("decided", (p) => p.fine.date),
    ...fine,
  ],
  slope: [
    ...mark,
    column("currency", (i) => i.currency),
    column("notice", (i) => i.notice.amount),
    column("notice_date", (i) => i.notice.date),
    column("decision", (i) => i.final.amount),
    column("decision_date", (i) => i.final.date),
    column("change_percent", (i) => pct(i.change)),
    column("notice_eur_at_decision", (i) => i.notice.eur),
    column("decision_eur", (i) => i.final.eur),
  ],
  people: [
    ...mark,
    column("people_affected", (p) => p.people),
    ...fine,
    column("eur_per_person", (p) => pct(p.fine.eur / p.people)),
  ],
  factors: [
    ...mark,
    column("decided", (r) => r.date ?? ""),
    ...factorLetters.map((letter, i): CsvColumn<Item<"factors">> => ({ key: "factor", letter, word: "direction", value: (r) => r.directions[i] })),
  ],
  appeals: [
    ...mark,
    column("appeal_outcome", (a) => a.outcome, "outcome"),
    column("change_percent", (a) => (a.change === undefined ? undefined : pct(a.change))),
  ],
};

export function chartCsv(id: ChartId, data: TrendsData, naming: CsvNaming): string {
  return csvTable(chartColumns[id] as CsvColumn<Item<ChartId>>[], data[id] as Item<ChartId>[], naming);
}
