import type { Strings } from "./strings.ts";

/**
 * The strings each island shows. Its browser script imports only those, in its page's language,
 * from ./islands/<island>.<locale>.ts (a language's full strings are some 22 KB gzip; the
 * calculator's are a third of that, the search page's a twentieth). The import is written out in
 * each script, not shared here, so that a page's bundle reaches no other island's strings. The
 * build renders the same islands with the full strings, which fit each of these shapes.
 *
 * Files are named <name>.<locale>.ts so that the budgets (scripts/budgets.ts) count a language's
 * chunks only on pages in that language.
 */
export interface CalculatorStrings {
  calculator: Strings["calculator"];
  method: { backtest: Strings["method"]["backtest"] };
  cases: { filters: { articleValue: Strings["cases"]["filters"]["articleValue"] } };
  countries: Strings["countries"];
  factorNames: Strings["factorNames"];
}

export interface VarselStrings {
  varsel: Strings["varsel"];
  case: { pinpoint: Strings["case"]["pinpoint"] };
  result: Strings["result"];
}

export interface SearchStrings {
  search: Strings["search"];
  countries: Strings["countries"];
}
