/** How precisely the estimator's figures are given: numbers only (the words are the render layer's). */

/** Two significant figures: an estimate's precision should not outrun its error. */
export function roundSignificant(value: number, digits = 2): number {
  if (!Number.isFinite(value) || value <= 0) return value;
  const magnitude = Math.pow(10, Math.floor(Math.log10(value)) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

/** How far the estimates missed in the backtest: what the page and the memo state beside an estimate. */
export interface MeasuredError {
  n: number;
  medianFactor: number;
  shareWithin2: number;
  coverage50: number;
  coverage80: number;
}
