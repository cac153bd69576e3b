/**
 * Lighthouse audit of the built site, as a phone sees it: serves dist/ with gzip and the _headers
 * rules (scripts/serve.ts) on 127.0.0.1, runs Lighthouse's mobile preset (simulated slow 4G and a
 * 4× slower CPU) three times on one page of each type, and prints the median run's figures:
 *
 *   node --experimental-strip-types scripts/audit-lighthouse.ts [--runs 3] [--only decision,search] [--json] [distDir]
 *
 * Targets: performance ≥ 95 and accessibility 100 on every page type; exit 1 when one is missed.
 * Chromium comes from CHROME_PATH (default /usr/bin/chromium), never a download.
 * Runs under Node 22 type stripping: erasable TypeScript only.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result as LhResult } from "lighthouse";
import { pageTypes } from "./page-types.ts";
import { serveDist } from "./serve.ts";

export const TARGETS = { performance: 95, accessibility: 100 } as const;

export interface PageAudit {
  type: string;
  path: string;
  performance: number;
  accessibility: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  cls: number;
  /** Script bytes transferred (compressed), KB. */
  jsKb: number;
  /** The accessibility audits that failed, by id. */
  failedA11y: string[];
  /** Performance scores of every run, for the spread. */
  runs: number[];
}

function figures(lhr: LhResult): Omit<PageAudit, "type" | "path" | "runs"> {
  const audit = (id: string) => lhr.audits[id];
  const requests = (audit("network-requests")?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const jsBytes = requests.filter((r) => r.resourceType === "Script").reduce((n, r) => n + (r.transferSize ?? 0), 0);
  const failedA11y = Object.values(lhr.categories.accessibility?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
    .map((a) => a!.id);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcp: audit("largest-contentful-paint")?.numericValue ?? Number.NaN,
    tbt: audit("total-blocking-time")?.numericValue ?? Number.NaN,
    cls: audit("cumulative-layout-shift")?.numericValue ?? Number.NaN,
    jsKb: jsBytes / 1024,
    failedA11y,
  };
}

/** The run with the median performance score (Lighthouse's own advice for reporting several runs). */
export function medianRun<T extends { performance: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export function formatTable(audits: readonly PageAudit[]): string {
  const head = ["page type", "performance", "accessibility", "LCP", "TBT", "CLS", "JS KB", "runs (perf)"];
  const rows = audits.map((a) => [
    a.type,
    `${a.performance}${a.performance < TARGETS.performance ? " ✗" : ""}`,
    `${a.accessibility}${a.accessibility < TARGETS.accessibility ? " ✗" : ""}`,
    `${(a.lcp / 1000).toFixed(2)} s`,
    `${Math.round(a.tbt)} ms`,
    a.cls.toFixed(3),
    a.jsKb.toFixed(1),
    a.runs.join(" "),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const out = [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)];
  for (const a of audits) if (a.failedA11y.length) out.push(`${a.type}: accessibility audits failed: ${a.failedA11y.join(", ")}`);
  return out.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const runs = Number(valueOf("--runs") ?? 3);
  const only = valueOf("--only")?.split(",");
  const json = argv.includes("--json");
  const distDir = argv.find((a, i) => !a.startsWith("--") && !["--runs", "--only"].includes(argv[i - 1] ?? "")) ?? "dist";
  if (!existsSync(join(distDir, "index.html"))) {
    console.error(`audit:lighthouse: no built site at ${resolve(distDir)}: run \`npm run build\` first`);
    return 2;
  }
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromePath)) {
    console.error(`audit:lighthouse: no Chromium at ${chromePath}: install Debian's (apt-get install -y chromium) or set CHROME_PATH`);
    return 2;
  }

  const started = Date.now();
  const server = await serveDist(distDir);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const audits: PageAudit[] = [];
  try {
    for (const page of pageTypes(distDir).filter((p) => !only || only.includes(p.type))) {
      // Lighthouse will not audit an answer with status 404: the not-found page is audited at its file.
      const { type, path } = page.type === "404" ? { ...page, path: "/404.html" } : page;
      const results = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        results.push(figures(result.lhr));
      }
      const median = medianRun(results);
      audits.push({ type, path, ...median, runs: results.map((r) => r.performance) });
      if (!json) console.error(`${type} ${path}: performance ${median.performance}, accessibility ${median.accessibility}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  if (json) console.log(JSON.stringify({ seconds, runs, audits }, null, 2));
  else console.log(`${formatTable(audits)}\n\nLighthouse ${runs}× per page type, mobile preset, median run by performance; ${seconds} s.`);
  const missed = audits.filter((a) => a.performance < TARGETS.performance || a.accessibility < TARGETS.accessibility);
  if (missed.length && !json) {
    console.error(`Missed the targets (performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}): ${missed.map((a) => a.type).join(", ")}`);
  }
  return missed.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
