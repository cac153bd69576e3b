import { backtest, calculator } from "../calculator.nb.ts";
import { articleValue, countries, factorNames } from "../common.nb.ts";
import type { CalculatorStrings } from "../islands.ts";

/** What the calculator island shows, in nb. */
export const strings: CalculatorStrings = { calculator, method: { backtest }, cases: { filters: { articleValue } }, countries, factorNames };
