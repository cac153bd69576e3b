/** Binds the charts of /trends/ to the library and a page's locale: their data, text and context. */
import { trendsData, type ChartId, type TrendsData } from "../domain/charts/index.ts";
import { factorLetters } from "../domain/factors.ts";
import { casePath } from "../domain/paths.ts";
import type { ChartContext, ChartText } from "../components/charts/frame.ts";
import { library } from "./library.ts";
import type { PageI18n } from "./i18n.ts";
import { localePrefix } from "./locale-paths.ts";
import { defaultLocale, type Locale } from "../i18n/strings.ts";

let data: TrendsData | undefined;

/** The authorities that decided a case, in the order of content/authorities.json: their colours and shapes follow it. */
export function chartAuthorities() {
  const { cases, authorities } = library();
  const used = new Set(cases.map((c) => c.authority));
  return [...authorities.values()].filter((a) => used.has(a.id)).map((a) => ({ id: a.id, name: a.name, country: a.country }));
}

/** Every chart's items over all cases, computed once per build. */
export function allTrends(): TrendsData {
  const { cases, rates } = library();
  data ??= trendsData(cases, rates, chartAuthorities().map((a) => a.id));
  return data;
}

export function chartText({ locale, ui, intl, href }: PageI18n): ChartText {
  return {
    locale: intl,
    t: ui.trends,
    directions: ui.direction,
    countries: ui.countries,
    authorities: chartAuthorities(),
    factors: factorLetters.map((letter) => ({ letter, label: ui.factorNames[letter].label })),
    caseBase: href(casePath("x")).replace(/x\/?$/, ""),
    // English keeps the codes its files always had (NO, public, lowered, not-assessed): they are
    // English words already, and what scripts read. Another language words them.
    csvWords: locale !== defaultLocale,
  };
}

export const chartContext = (page: PageI18n): ChartContext => ({ ...chartText(page), fmt: page.fmt });

/** The static files of each chart, in each language: its data as CSV and the chart as a standalone SVG. */
export const chartFile = (id: ChartId, ext: "csv" | "svg", locale: Locale) => `${localePrefix(locale)}/trends/${id}.${ext}`;
