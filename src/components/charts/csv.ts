/**
 * A chart's CSV in the page's language: the column names of the strings (`trends.csvColumns`), and
 * the coded values (country, controller type, appeal outcome, a factor's direction) in words where
 * the language asks for them. The build writes the files with it, the browser a filter's rows.
 */
import { chartCsv, type CsvNaming } from "../../domain/charts/csv.ts";
import type { ChartId, TrendsData } from "../../domain/charts/index.ts";
import { authorityLabel, type ChartText } from "./frame.ts";
import { fill } from "./tree.ts";

export function csvNaming(ctx: ChartText): CsvNaming {
  const names = ctx.t.csvColumns;
  const words: Record<Exclude<Parameters<CsvNaming["word"]>[0], "authority">, Record<string, string>> = {
    country: ctx.countries,
    sector: ctx.t.sector,
    outcome: ctx.t.appealOutcome,
    direction: ctx.directions,
  };
  return {
    header: ({ key, letter }) => (key === "factor" ? fill(names.factor, { letter: letter ?? "" }) : names[key]),
    word: (kind, code) => (kind === "authority" ? authorityLabel(ctx, code) : ctx.csvWords ? (words[kind][code] ?? code) : code),
  };
}

export const chartCsvText = (id: ChartId, data: TrendsData, ctx: ChartText) => chartCsv(id, data, csvNaming(ctx));
