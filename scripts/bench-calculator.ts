/**
 * Main-thread work of loading the calculator page in Chromium with the CPU throttled 4× (CDP
 * Emulation.setCPUThrottlingRate), as on a mid-range phone:
 *
 *   npm run build && npm run bench:calculator
 *   npm run bench:calculator -- --dist=/tmp/old-dist --dist=dist     compare two builds, runs interleaved
 *   npm run bench:calculator -- --runs=9 --rate=4 --path=/calculator/?country=SE --json
 *
 * Each run opens the page in a fresh browser context (cold cache) from a small static server of
 * the build, waits until the calculator says it is ready (`.calculator[data-ready="true"]`) and
 * the network is idle, then reads Chromium's own counters (Performance.getMetrics: TaskDuration,
 * ScriptDuration, LayoutDuration, RecalcStyleDuration) and the long tasks (> 50 ms) the page
 * observed. Medians over the runs; the machine's other load makes single runs noisy.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const options = (name: string) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const dists = (options("dist").length ? options("dist") : ["dist"]).map((d) => resolve(d));
const runs = Number(options("runs")[0] ?? 7);
const rate = Number(options("rate")[0] ?? 4);
const path = options("path")[0] ?? "/calculator/";
const asJson = args.includes("--json");

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** Serves a build directory as astro preview would (directory URLs → index.html). */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir)) file = dir;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

interface Run {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  longTasks: number;
  longTaskMs: number;
  /** Sum of each long task's time beyond 50 ms (Lighthouse's total blocking time, from navigation on). */
  blockingMs: number;
  readyMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  for (const d of dists) if (!existsSync(join(d, "calculator", "index.html"))) throw new Error(`no calculator page in ${d}: run npm run build`);
  const servers = await Promise.all(dists.map(serve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  const results: Run[][] = dists.map(() => []);
  try {
    for (let i = 0; i < runs + 1; i++) {
      for (let d = 0; d < dists.length; d++) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __longTasks: number[] };
          w.__longTasks = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTasks.push(e.duration);
          }).observe({ type: "longtask", buffered: true });
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send("Performance.enable");
        await cdp.send("Emulation.setCPUThrottlingRate", { rate });
        const started = Date.now();
        await page.goto(servers[d]!.origin + path, { waitUntil: "load" });
        await page.waitForSelector('.calculator[data-ready="true"]', { timeout: 60_000 });
        const readyMs = Date.now() - started;
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(500);
        const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
        const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
        const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
        await context.close();
        // The first round warms the server and the browser's process pool; it is not counted.
        if (i === 0) continue;
        results[d]!.push({
          taskMs: metric("TaskDuration"),
          scriptMs: metric("ScriptDuration"),
          layoutMs: metric("LayoutDuration"),
          styleMs: metric("RecalcStyleDuration"),
          longTasks: longTasks.length,
          longTaskMs: longTasks.reduce((a, b) => a + b, 0),
          blockingMs: longTasks.reduce((a, b) => a + Math.max(0, b - 50), 0),
          readyMs,
        });
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.server.close();
  }
  const summary = dists.map((dist, d) => {
    const rs = results[d]!;
    const pick = (k: keyof Run) => Math.round(median(rs.map((r) => r[k])));
    return {
      dist,
      runs: rs.length,
      rate,
      path,
      taskMs: pick("taskMs"),
      scriptMs: pick("scriptMs"),
      layoutMs: pick("layoutMs"),
      styleMs: pick("styleMs"),
      longTasks: pick("longTasks"),
      longTaskMs: pick("longTaskMs"),
      blockingMs: pick("blockingMs"),
      readyMs: pick("readyMs"),
    };
  });
  if (asJson) console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(`${path}: medians of ${runs} cold loads at ${rate}× CPU throttling, 390×844 mobile viewport`);
    console.table(summary.map(({ dist, runs: _r, rate: _t, path: _p, ...rest }) => ({ dist, ...rest })));
  }
}

await main();
