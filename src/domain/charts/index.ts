/** The data of every chart on /trends/, computed once from the records; the browser filters it by case. */
import type { CaseRecord } from "../schema/case.ts";
import type { RateTable } from "../money.ts";
import { finePoints, type FinePoint } from "./fines-over-time.ts";
import { noticeToFinal, type SlopeItem } from "./notice-to-final.ts";
import { fineVsPeople, type PeoplePoint } from "./fine-vs-people.ts";
import { factorMatrix, type FactorRow } from "./factor-matrix.ts";
import { appealItems, type AppealItem } from "./appeals.ts";
import { onlyCases } from "./common.ts";

export const chartIds = ["fines", "slope", "people", "factors", "appeals"] as const;
export type ChartId = (typeof chartIds)[number];

/**
 * The name a chart's file is saved under: the site and the language in it, so the English and the
 * bokmål files (different headers and words) do not overwrite each other in a downloads folder,
 * and a filtered extract says which filter made it (e.g. art83-slope-nb-country-NO.csv).
 */
export const chartDownloadName = (id: ChartId, ext: "csv" | "svg", locale: string /* the site's: en, nb */, filter = ""): string =>
  ["art83", id, locale === "en" ? "" : locale, filter.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")].filter(Boolean).join("-") + `.${ext}`;

export interface TrendsData {
  fines: FinePoint[];
  slope: SlopeItem[];
  people: PeoplePoint[];
  factors: FactorRow[];
  appeals: AppealItem[];
}

export const trendsData = (records: readonly CaseRecord[], rates: RateTable, authorityOrder: readonly string[]): TrendsData => ({
  fines: finePoints(records, rates),
  slope: noticeToFinal(records, rates),
  people: fineVsPeople(records, rates),
  factors: factorMatrix(records, authorityOrder),
  appeals: appealItems(records),
});

/** Every chart's items for the cases in `ids` only. */
export const filterTrends = (data: TrendsData, ids: ReadonlySet<string>): TrendsData => ({
  fines: onlyCases(data.fines, ids),
  slope: onlyCases(data.slope, ids),
  people: onlyCases(data.people, ids),
  factors: onlyCases(data.factors, ids),
  appeals: onlyCases(data.appeals, ids),
});
