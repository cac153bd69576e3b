/**
 * The estimator on the real case records (content/ and the shared sources), whatever their number.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLibrary, type Library } from "../../../src/domain/sources/repository.ts";
import { CONTENT_ENV, contentDir, projectRoot } from "../../../src/domain/sources/paths.ts";
import { backtestJson, estimateFromOthers, runBacktest } from "../../../src/domain/estimator/backtest.ts";
import { recordScenario, type DecidedCase } from "../../../src/domain/estimator/cases.ts";
import { estimateFine } from "../../../src/domain/estimator/estimate.ts";
import { features, featureNames, fitModel, imputationFor, ridge, yearCentreOf } from "../../../src/domain/estimator/fit.ts";
import type { Model } from "../../../src/domain/estimator/model.ts";
import { decidedCases, loadModel, ratesAt, todayContext } from "../../../src/domain/estimator/node.ts";
import { assessedLevels, levelValue, parseScenario } from "../../../src/domain/estimator/scenario.ts";
import { factorLetters } from "../../../src/domain/factors.ts";
import { caseEnding } from "../../../src/domain/outcome.ts";
import { figureKeys } from "./synthetic.ts";

let library: Library;
let cases: DecidedCase[];
let model: Model;
/** A snapshot of content/, so records added meanwhile cannot make the CLI and the test disagree. */
let snapshot: string;

beforeAll(() => {
  snapshot = mkdtempSync(join(tmpdir(), "art83-content-"));
  cpSync(contentDir, snapshot, { recursive: true });
  library = loadLibrary({ contentDir: snapshot });
  cases = decidedCases(library);
  model = loadModel(snapshot);
}, 60_000);

describe("decided cases from the records", { timeout: 60_000 }, () => {
  it("holds every record that ended in a positive fine, with its fine in its own currency", () => {
    const withFine = library.cases.filter((r) => r.amounts.final && (caseEnding(r).amount?.amount ?? 0) > 0);
    expect(cases.map((c) => c.id)).toEqual(withFine.map((r) => r.id).sort());
    for (const c of cases) {
      expect(c.fineIn[c.fine.currency]).toBe(c.fine.amount);
      expect(c.fineEur).toBeGreaterThan(0);
    }
  });

  it("maps every record to a valid scenario (aggravating → aggravating …)", () => {
    for (const record of library.cases) {
      const s = recordScenario(record);
      expect(parseScenario(s).success, record.id).toBe(true);
      for (const letter of factorLetters) {
        const direction = record.factors[letter].direction;
        expect(s.factors[letter] ?? "not-assessed").toBe(direction);
      }
    }
  });

  it("ranks each decided case first for its own recorded scenario", () => {
    for (const held of cases) {
      const r = estimateFine(held.scenario, cases, model, { date: held.fine.date, perEur: ratesAt(library.rates)(held.fine.date) }, {
        preGdpr: held.preGdpr,
        ...(held.tier ? { tier: held.tier } : {}),
      });
      const index = r.comparables.findIndex((c) => c.id === held.id);
      expect(r.comparables[index]!.similarity, held.id).toBe(1);
      for (const before of r.comparables.slice(0, index)) expect(before.similarity, `${before.id} before ${held.id}`).toBe(1);
    }
  });

  it("is monotone in each factor on the real records and weights", () => {
    const today = todayContext(library.rates);
    fc.assert(
      fc.property(
        // A sample of the real cases keeps 1,000 runs fast; every run uses real records and weights.
        fc.shuffledSubarray(cases, { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.constantFrom(...factorLetters),
        fc.tuple(fc.constantFrom(...assessedLevels), fc.constantFrom(...assessedLevels)).filter(([a, b]) => levelValue[a] < levelValue[b]),
        (sample, pick, letter, [lower, higher]) => {
          const base = cases[pick % cases.length]!.scenario;
          const a = estimateFine({ ...base, factors: { ...base.factors, [letter]: lower } }, sample, model, today);
          const b = estimateFine({ ...base, factors: { ...base.factors, [letter]: higher } }, sample, model, today);
          for (const k of figureKeys) if (a[k] !== null) expect(b[k]!).toBeGreaterThanOrEqual(a[k]! * (1 - 1e-9));
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe("backtest on the records", { timeout: 60_000 }, () => {
  it("is deterministic and has the issue's JSON shape", () => {
    const a = backtestJson(runBacktest(cases, model, ratesAt(library.rates)));
    const b = backtestJson(runBacktest([...cases].reverse(), model, ratesAt(library.rates)));
    expect(b).toEqual(a);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(["cases", "model", "publicBodies", "baselines"]));
    expect(Object.keys(a.baselines)).toEqual(["median-all", "median-country", "median-country-type"]);
    expect(a.cases.length + a.skipped.length).toBe(cases.length);
    for (const c of a.cases) {
      expect(Object.keys(c)).toEqual(["id", "actual", "estimate", "low", "high", "p10", "p90", "currency", "controllerType"]);
      expect(c.p10 <= c.low && c.low <= c.estimate && c.estimate <= c.high && c.high <= c.p90).toBe(true);
    }
    if (a.cases.length > 0) {
      for (const g of [a.model, a.publicBodies]) {
        if (g.n === 0) continue;
        expect(g.medianFactor).toBeGreaterThanOrEqual(1);
        for (const share of [g.shareWithin2, g.coverage50, g.coverage80]) expect(share >= 0 && share <= 1).toBe(true);
        expect(g.coverage80).toBeGreaterThanOrEqual(g.coverage50);
      }
    }
  });

  it("estimates a case from the others only", () => {
    const held = cases[0]!;
    const r = estimateFromOthers(held, cases, model, ratesAt(library.rates));
    expect(r.comparables.some((c) => c.id === held.id)).toBe(false);
    expect(r.currency).toBe(held.fine.currency);
  });
});

describe("fitting the weights", { timeout: 60_000 }, () => {
  it("solves the constrained ridge problem (KKT conditions hold)", () => {
    const imp = imputationFor(cases);
    const X = cases.map((c) => features(c, imp, yearCentreOf(cases)));
    const y = cases.map((c) => Math.log(c.fineEur));
    const constrained = featureNames.map((n) => n.startsWith("factor:"));
    for (const lambda of [0.5, 4, 32]) {
      const { intercept, beta } = ridge(X, y, lambda, constrained);
      // Gradient of ½‖y − Xβ‖² + ½λ‖β_std‖² per raw coefficient: zero when free, ≤ 0 when held at 0.
      const n = X.length;
      const residual = y.map((v, i) => v - intercept - X[i]!.reduce((s, x, j) => s + x * beta[j]!, 0));
      featureNames.forEach((_, j) => {
        const column = X.map((row) => row[j]!);
        const mean = column.reduce((a, b) => a + b, 0) / n;
        const sd = Math.sqrt(column.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
        if (sd < 1e-12) return expect(beta[j]).toBe(0);
        const gradient = column.reduce((s, x, i) => s + (x - mean) * residual[i]!, 0) / sd - lambda * beta[j]! * sd;
        if (constrained[j] && beta[j] === 0) expect(gradient).toBeLessThanOrEqual(1e-6);
        else expect(Math.abs(gradient)).toBeLessThan(1e-6);
      });
    }
  });

  it("is deterministic and keeps every factor step non-negative", () => {
    const subset = cases.slice(0, 30);
    const a = fitModel(subset, { fitted: "x" });
    const b = fitModel([...subset].reverse(), { fitted: "x" });
    expect(b).toEqual(a);
    for (const letter of factorLetters) expect(a.factors[letter].step).toBeGreaterThanOrEqual(0);
    expect(a.meta.n).toBe(subset.length);
  });

  it("stores content/weights.json with its metadata", () => {
    expect(model.meta.n).toBeGreaterThan(0);
    expect(model.meta.fitted).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(model.meta.method).toContain("Ridge regression");
    expect(model.meta.caseIds.length).toBe(model.meta.n);
  });
});

describe("command line", { timeout: 60_000 }, () => {
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", join(projectRoot, "scripts", script), ...args], {
      cwd: projectRoot,
      encoding: "utf8",
      env: { ...process.env, [CONTENT_ENV]: snapshot },
    });

  it("estimates a scenario file through the same code as the page, honouring --exclude by reference", () => {
    const dir = mkdtempSync(join(tmpdir(), "art83-estimate-"));
    const file = join(dir, "scenario.json");
    // A case whose reference is one number, so it can be given to --exclude as it stands.
    const first = cases.find((c) => /^[^\s,;]+$/.test(c.reference)) ?? cases[0]!;
    writeFileSync(file, JSON.stringify(first.scenario));
    const out = run("estimate.ts", ["--scenario", file, "--exclude", first.reference]);
    expect(out.status, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout);
    for (const key of ["estimate", "low", "high", "p10", "p90", "currency", "legalMaximum", "warnings", "comparables"]) expect(json).toHaveProperty(key);
    expect(json.excluded).toContain(first.id);
    expect(json.comparables.some((c: { id: string }) => c.id === first.id)).toBe(false);
    expect(Object.keys(json.comparables[0])).toEqual(expect.arrayContaining(["id", "reference", "similarity"]));
    const page = estimateFine(parseScenarioOrThrow(first.scenario), cases, model, todayContext(library.rates), { exclude: [first.reference] });
    expect(json.estimate).toBe(Math.round(page.estimate!));
  });

  it("rejects a bad scenario naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "art83-estimate-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ country: "NO", controllerType: "public", dataSubjects: -3, factors: { l: "neutral" } }));
    const out = run("estimate.ts", ["--scenario", file]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("dataSubjects");
    expect(out.stderr).toContain("factors.l");
  });

  it("estimates a decided case from all the others with --from-case", () => {
    const held = cases[cases.length - 1]!;
    const out = run("estimate.ts", ["--from-case", held.id]);
    expect(out.status, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.actual).toBe(held.fine.amount);
    expect(json.comparables.some((c: { id: string }) => c.id === held.id)).toBe(false);
  });

  it("prints the backtest as JSON", () => {
    const out = run("backtest.ts", ["--json"]);
    expect(out.status, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json).toEqual(backtestJson(runBacktest(cases, model, ratesAt(library.rates))));
  });
});

function parseScenarioOrThrow(input: unknown) {
  const r = parseScenario(input);
  if (!r.success) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}
