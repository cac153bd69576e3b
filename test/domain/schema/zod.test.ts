/**
 * zod never reaches for `new Function` (an eval the site's policy forbids, and whose mere probe the
 * browser reports as a violation) in the schemas the calculator ships to the browser.
 */
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";

const RealFunction = globalThis.Function;
const calls: string[] = [];
// Installed before the schemas are imported: zod probes for eval when it builds an object schema.
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args) {
    calls.push(String(args.at(-1) ?? "").slice(0, 60));
    return Reflect.construct(target, args);
  },
  apply(target, self, args) {
    calls.push(String(args.at(-1) ?? "").slice(0, 60));
    return Reflect.apply(target, self, args);
  },
});
afterAll(() => {
  globalThis.Function = RealFunction;
});

describe("zod under a no-eval policy", () => {
  it("builds and parses the browser's schemas without new Function", async () => {
    const { scenarioSchema } = await import("../../../src/domain/estimator/scenario-schema.ts");
    const { caseRecordSchema } = await import("../../../src/domain/schema/case.ts");
    expect(scenarioSchema.safeParse({}).success).toBe(false);
    expect(scenarioSchema.safeParse({ country: "NO" }).success).toBeTypeOf("boolean");
    expect(caseRecordSchema.safeParse({ id: "x" }).success).toBe(false);
    expect(calls).toEqual([]);
  });

  it("would notice zod compiling a parser without the setting (the trap works)", () => {
    // A fresh Node, zod imported directly, no z.config: the same trap records the probe and the
    // compiled fast path. (In this process zod has already settled on "no eval", once and for all.)
    const program = `
      const calls = [];
      const F = globalThis.Function;
      globalThis.Function = new Proxy(F, { construct(t, a) { calls.push(a.at(-1)); return Reflect.construct(t, a); } });
      const { z } = await import("zod");
      z.object({ a: z.string() }).parse({ a: "b" });
      console.log(calls.length);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8", cwd: process.cwd() });
    expect(Number(out.trim())).toBeGreaterThan(0);
  });
});
