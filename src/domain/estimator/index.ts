/**
 * The fine estimator: plain TypeScript shared by the calculator page, the method page, the CLI
 * (scripts/estimate.ts, scripts/backtest.ts, scripts/fit-weights.ts) and the tests.
 * Node-only helpers (reading content/weights.json) are in ./node.ts.
 */
export * from "./scenario.ts";
export * from "./scenario-schema.ts";
export * from "./legal.ts";
export * from "./cases.ts";
export * from "./model.ts";
export * from "./model-schema.ts";
export * from "./similarity.ts";
export * from "./adjustment.ts";
export * from "./distribution.ts";
export * from "./estimate.ts";
export * from "./edpb.ts";
export * from "./fit.ts";
export * from "./backtest.ts";
export * from "./url-state.ts";
export * from "./precision.ts";
export * from "./pack.ts";
export * from "./view.ts";
