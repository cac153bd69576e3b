import { factorLetters, type FactorLetter } from "../factors.ts";
import { articlePattern, countries, countryCurrency, currencies, type Country } from "../schema/codes.ts";
import { sizeClasses } from "../size.ts";
import { maxUserWeight } from "./model.ts";
import { controllerTypes, defaultScenario, levelByCode, levelCodes, normaliseScenario, parseScenario, type Scenario } from "./scenario.ts";

/**
 * The calculator's whole state, kept in the page's query string so a link reproduces a result:
 *   ?country=NO&type=public&sector=education&articles=5(1)(f),32(1)(b)&people=35000&children=yes
 *    &a=a&b=sa&c=m&step=a:0.3&sim=b:0&from=raelingen-2020&exclude=raelingen-2020
 * Factor levels: sm, m, n, a, sa (strongly mitigating … strongly aggravating); absent = not assessed.
 */
export interface CalculatorState {
  scenario: Scenario;
  weights: { step: Partial<Record<FactorLetter, number>>; similarity: Partial<Record<FactorLetter, number>> };
  /** The decided case the reader started from, if any. */
  from?: string;
  /** Case ids left out of the comparables. */
  exclude: string[];
}

export interface UrlNotice {
  param: string;
  value: string;
  reason: "unknown-param" | "invalid" | "unknown-case" | "unreadable";
}

export const defaultState = (): CalculatorState => ({ scenario: defaultScenario(), weights: { step: {}, similarity: {} }, exclude: [] });


const encodeWeights = (w: Partial<Record<FactorLetter, number>>) =>
  factorLetters
    .filter((l) => w[l] !== undefined)
    .map((l) => `${l}:${String(w[l])}`)
    .join(",");

/** The query string (without "?") for a state; only what differs from "not set" is written. */
export function encodeState(state: CalculatorState): string {
  const s = state.scenario;
  const p = new URLSearchParams();
  p.set("country", s.country);
  p.set("type", s.controllerType);
  if (s.sector !== undefined) p.set("sector", s.sector);
  if (s.currency !== undefined) p.set("currency", s.currency);
  if (s.articles.length) p.set("articles", s.articles.join(","));
  if (s.dataSubjects !== undefined) p.set("people", String(s.dataSubjects));
  if (s.children !== undefined) p.set("children", s.children ? "yes" : "no");
  if (s.specialCategories !== undefined) p.set("special", s.specialCategories ? "yes" : "no");
  if (s.annualTurnover) {
    p.set("turnover", String(s.annualTurnover.amount));
    p.set("turnovercur", s.annualTurnover.currency);
  }
  if (s.sizeClass) p.set("size", s.sizeClass);
  for (const letter of factorLetters) {
    const level = s.factors[letter];
    if (level && level !== "not-assessed") p.set(letter, levelCodes[level]);
  }
  const step = encodeWeights(state.weights.step);
  if (step) p.set("step", step);
  const sim = encodeWeights(state.weights.similarity);
  if (sim) p.set("sim", sim);
  if (state.from) p.set("from", state.from);
  if (state.exclude.length) p.set("exclude", state.exclude.join(","));
  return p.toString();
}

const knownParams = new Set(["country", "type", "sector", "currency", "articles", "people", "children", "special", "turnover", "turnovercur", "size", "step", "sim", "from", "exclude", ...factorLetters]);

function decodeWeights(param: string, value: string, notices: UrlNotice[]): Partial<Record<FactorLetter, number>> {
  const out: Partial<Record<FactorLetter, number>> = {};
  for (const part of value.split(",")) {
    if (!part) continue;
    const m = /^([a-k]):(.+)$/.exec(part);
    const n = m ? Number(m[2]) : Number.NaN;
    if (!m || !/^[0-9.eE+-]+$/.test(m[2]!) || !Number.isFinite(n) || n < 0 || n > maxUserWeight) {
      notices.push({ param, value: part, reason: "invalid" });
      continue;
    }
    out[m[1] as FactorLetter] = n;
  }
  return out;
}

/**
 * Reads a state from a query string. Every value that cannot be read is dropped for its default,
 * with a notice naming it: a tampered address never breaks the page or yields NaN.
 */
export function decodeState(search: string, isKnownCase: (id: string) => boolean): { state: CalculatorState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const state = defaultState();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  } catch {
    return { state, notices: [{ param: "", value: search.slice(0, 80), reason: "unreadable" }] };
  }
  const draft: Record<string, unknown> = { ...state.scenario, factors: {} };
  const invalid = (param: string, value: string) => notices.push({ param, value: value.slice(0, 80), reason: "invalid" });
  let turnoverAmount: number | undefined;
  let turnoverCurrency: string | undefined;
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      invalid(key, value);
      continue;
    }
    seen.add(key);
    if (!knownParams.has(key)) {
      notices.push({ param: key.slice(0, 40), value: value.slice(0, 80), reason: "unknown-param" });
      continue;
    }
    switch (key) {
      case "country":
        if ((countries as readonly string[]).includes(value)) draft.country = value;
        else invalid(key, value);
        break;
      case "type":
        if ((controllerTypes as readonly string[]).includes(value)) draft.controllerType = value;
        else invalid(key, value);
        break;
      case "sector": {
        const sector = value.trim();
        if (sector.length >= 1 && sector.length <= 200) draft.sector = sector;
        else if (sector.length > 0) invalid(key, value);
        break;
      }
      case "currency":
        if ((currencies as readonly string[]).includes(value)) draft.currency = value;
        else invalid(key, value);
        break;
      case "articles": {
        const articles: string[] = [];
        for (const a of value.split(",").map((x) => x.trim()).filter(Boolean)) {
          if (articlePattern.test(a) && articles.length < 40) articles.push(a);
          else invalid(key, a);
        }
        draft.articles = articles;
        break;
      }
      case "people":
        if (/^\d{1,10}$/.test(value) && Number(value) <= 1e10) draft.dataSubjects = Number(value);
        else invalid(key, value);
        break;
      case "children":
      case "special": {
        const field = key === "children" ? "children" : "specialCategories";
        if (value === "yes" || value === "no") draft[field] = value === "yes";
        else invalid(key, value);
        break;
      }
      case "turnover":
        if (/^\d{1,13}(\.\d{1,2})?$/.test(value) && Number(value) <= 1e13) turnoverAmount = Number(value);
        else invalid(key, value);
        break;
      case "turnovercur":
        if ((currencies as readonly string[]).includes(value)) turnoverCurrency = value;
        else invalid(key, value);
        break;
      case "size":
        if ((sizeClasses as readonly string[]).includes(value)) draft.sizeClass = value;
        else invalid(key, value);
        break;
      case "step":
        state.weights.step = decodeWeights(key, value, notices);
        break;
      case "sim":
        state.weights.similarity = decodeWeights(key, value, notices);
        break;
      case "from":
        if (isKnownCase(value)) state.from = value;
        else notices.push({ param: key, value: value.slice(0, 80), reason: "unknown-case" });
        break;
      case "exclude":
        for (const id of value.split(",").filter(Boolean)) {
          if (isKnownCase(id) && !state.exclude.includes(id)) state.exclude.push(id);
          else notices.push({ param: key, value: id.slice(0, 80), reason: "unknown-case" });
        }
        break;
      default: {
        const level = levelByCode.get(value);
        if (level) (draft.factors as Record<string, string>)[key] = level;
        else invalid(key, value);
      }
    }
  }
  // The turnover's currency defaults to the scenario's.
  if (turnoverAmount !== undefined) {
    draft.annualTurnover = { amount: turnoverAmount, currency: turnoverCurrency ?? draft.currency ?? countryCurrency[draft.country as Country] };
  }
  const parsed = parseScenario(draft);
  if (parsed.success) state.scenario = parsed.scenario;
  else notices.push({ param: "", value: search.slice(0, 80), reason: "unreadable" });
  return { state, notices };
}

/** Equal states give equal URLs: scenario normalised, weights and exclusions in a fixed order. */
export function normaliseState(state: CalculatorState): CalculatorState {
  const pick = (w: Partial<Record<FactorLetter, number>>) =>
    Object.fromEntries(factorLetters.filter((l) => w[l] !== undefined).map((l) => [l, w[l]!])) as Partial<Record<FactorLetter, number>>;
  return {
    scenario: normaliseScenario(state.scenario),
    weights: { step: pick(state.weights.step), similarity: pick(state.weights.similarity) },
    ...(state.from ? { from: state.from } : {}),
    exclude: [...new Set(state.exclude)],
  };
}

