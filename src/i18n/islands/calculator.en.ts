import { backtest, calculator } from "../calculator.en.ts";
import { articleValue, countries, factorNames } from "../common.en.ts";
import type { CalculatorStrings } from "../islands.ts";

/** What the calculator island shows, in en. */
export const strings: CalculatorStrings = { calculator, method: { backtest }, cases: { filters: { articleValue } }, countries, factorNames };
