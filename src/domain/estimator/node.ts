/**
 * The estimator's inputs read from disk (Node only: scripts, tests and the build; never the browser).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { contentDir } from "../sources/paths.ts";
import type { Library } from "../sources/repository.ts";
import { latestRateDate, perEurOn, prepareCases, type DecidedCase } from "./cases.ts";
import type { PerEur } from "./legal.ts";
import { modelSchema, type Model } from "./model-schema.ts";
import type { RateTable } from "../money.ts";

export const weightsFile = (dir: string = contentDir) => resolve(dir, "weights.json");

/** Reads content/weights.json; a missing or malformed file is an error that says what to run. */
export function loadModel(dir: string = contentDir): Model {
  const file = weightsFile(dir);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run fit:weights\` to fit the estimator's weights.`);
  const parsed = modelSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ");
    throw new Error(`${file} does not match the weights schema (${issues}): run \`npm run fit:weights\` again.`);
  }
  return parsed.data;
}

export function saveModel(model: Model, dir: string = contentDir): string {
  const file = weightsFile(dir);
  writeFileSync(file, JSON.stringify(model, null, 2) + "\n");
  return file;
}

export function decidedCases(library: Pick<Library, "cases" | "rates" | "authorities">): DecidedCase[] {
  return prepareCases(library.cases, library.rates, (id) => library.authorities.get(id)?.name ?? id);
}

/** Rates of a day for every currency, memoised per date. */
export function ratesAt(table: RateTable): (date: string) => PerEur {
  const cache = new Map<string, PerEur>();
  return (date: string) => {
    let r = cache.get(date);
    if (!r) {
      r = perEurOn(table, date).perEur;
      cache.set(date, r);
    }
    return r;
  };
}

/** "Today" for the calculator: the latest ECB fixing available. */
export function todayContext(table: RateTable) {
  const date = latestRateDate(table);
  return { date, perEur: perEurOn(table, date).perEur };
}
