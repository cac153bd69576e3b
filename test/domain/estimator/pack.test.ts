/**
 * The data file the calculator page loads (src/domain/estimator/pack.ts), on the real records: it
 * must give the page the same estimates as the full case data gives the CLI.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../../../src/domain/sources/repository.ts";
import type { ComparableCase, DecidedCase } from "../../../src/domain/estimator/cases.ts";
import { estimateFine, type EstimateContext } from "../../../src/domain/estimator/estimate.ts";
import type { Model } from "../../../src/domain/estimator/model.ts";
import { decidedCases, loadModel, todayContext } from "../../../src/domain/estimator/node.ts";
import { packEstimatorData, unpackEstimatorData } from "../../../src/domain/estimator/pack.ts";
import { defaultScenario } from "../../../src/domain/estimator/scenario.ts";
import { currencies } from "../../../src/domain/schema/codes.ts";
import { figureKeys } from "./synthetic.ts";

let cases: DecidedCase[];
let model: Model;
let context: EstimateContext;
let unpacked: ComparableCase[];

beforeAll(() => {
  const library = loadLibrary();
  cases = decidedCases(library);
  model = loadModel();
  context = todayContext(library.rates);
  const json = JSON.parse(JSON.stringify(packEstimatorData(cases, model, context)));
  const data = unpackEstimatorData(json);
  unpacked = data.cases;
  expect(data.model).toEqual(model);
  expect(data.context).toEqual(context);
}, 60_000);

const close = (a: number | null, b: number | null, relative = 1e-6) => (a === null || b === null ? a === b : Math.abs(a - b) <= relative * Math.abs(b));

describe("the calculator's data file", { timeout: 60_000 }, () => {
  it("keeps every field the estimator reads, fines to the cent", () => {
    expect(unpacked.map((c) => c.id)).toEqual(cases.map((c) => c.id));
    unpacked.forEach((u, i) => {
      const c = cases[i]!;
      const { fineIn, maxShare, ...rest } = u;
      expect(rest, c.id).toEqual({
        id: c.id,
        controllerName: c.controllerName,
        authority: c.authority,
        authorityName: c.authorityName,
        reference: c.reference,
        references: c.references,
        date: c.date,
        preGdpr: c.preGdpr,
        tier: c.tier,
        scenario: c.scenario,
        fine: c.fine,
      });
      for (const k of currencies) expect(Math.abs(fineIn[k] - c.fineIn[k]), `${c.id} ${k}`).toBeLessThanOrEqual(0.005);
      expect(fineIn[c.fine.currency]).toBe(c.fine.amount);
      if (c.maxShare === undefined) expect(maxShare).toBeUndefined();
      else expect(Math.abs(maxShare! - c.maxShare)).toBeLessThanOrEqual(5e-6 * c.maxShare);
    });
  });

  it("gives the estimates of the full data, for a blank scenario and for every decided case's own", () => {
    const scenarios = [defaultScenario(), ...cases.map((c) => c.scenario)];
    for (const [i, scenario] of scenarios.entries()) {
      const exclude = i === 0 ? [] : [cases[i - 1]!.id];
      const full = estimateFine(scenario, cases, model, context, { exclude });
      const page = estimateFine(scenario, unpacked, model, context, { exclude });
      for (const k of figureKeys) expect(close(page[k], full[k]), `${i} ${k}: ${page[k]} vs ${full[k]}`).toBe(true);
      expect(page.comparables.map((c) => c.id)).toEqual(full.comparables.map((c) => c.id));
      expect(page.warnings.map((w) => w.code)).toEqual(full.warnings.map((w) => w.code));
      for (const level of ["low", "medium", "high"] as const) {
        expect(page.lens.byLevel[level].n).toBe(full.lens.byLevel[level].n);
        expect(close(page.lens.byLevel[level].medianShare, full.lens.byLevel[level].medianShare, 1e-5), `${page.lens.byLevel[level].medianShare} ${full.lens.byLevel[level].medianShare}`).toBe(true);
      }
    }
  });

  it("holds no title of ours: one file serves every language, and each page names the cases in its own", () => {
    const body = JSON.stringify(packEstimatorData(cases, model, context));
    const titled = loadLibrary().cases.filter((r) => body.includes(JSON.stringify(r.title)) || (r.nb && body.includes(JSON.stringify(r.nb.title))));
    expect(titled.map((r) => r.id)).toEqual([]);
  });

  it("refuses a file of another version with a message", () => {
    expect(() => unpackEstimatorData({ version: 0, cases: [] })).toThrow(/version 3/);
    expect(() => unpackEstimatorData(null)).toThrow(/version 3/);
  });
});
