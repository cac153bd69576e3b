/**
 * Filter benchmark: how long a filter change on /cases/ and /decisions/ takes in Chromium with the
 * CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, a mid-range phone), from the change event to
 * the DOM updated and laid out, and to the next frame.
 *
 *   npm run build && npm run bench:filters            table
 *   npm run bench:filters -- --json                   rows as JSON
 *   npm run bench:filters -- --rate=1 --rounds=5
 *   ART83_BASE_URL=http://127.0.0.1:4321 npm run bench:filters    against a running server
 *
 * Each step sets a control and dispatches its change event inside the page, the way the browser
 * does after a user picks an option; "dom" is the time until the handler has run and a forced
 * layout returns, "frame" until the next animation frame after that.
 *
 * Wall-clock times on a shared machine include waiting for the CPU: the load average is printed,
 * and the minimum over the rounds is the best estimate of the cost itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { projectRoot } from "../src/domain/sources/paths.ts";

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const asJson = args.includes("--json");
const rate = Number(option("rate") ?? 4);
const rounds = Number(option("rounds") ?? 5);

/** A filter step: control name and the value to set ("" clears it; "on"/"off" for a checkbox). */
type Step = [name: string, value: string];
const pages: { path: string; form: string; ready?: string; steps: Step[] }[] = [
  {
    path: "/cases/",
    form: "#case-filters",
    steps: [
      ["country", "NO"],
      ["outcome", "fine"],
      ["type", "public"],
      ["min", "10000"],
      ["factor", "a-aggravating"],
      ["article", "32"],
      ["country", ""],
      ["outcome", ""],
      ["type", ""],
      ["min", ""],
      ["factor", ""],
      ["article", ""],
    ],
  },
  {
    path: "/decisions/",
    form: "#decision-filters",
    ready: "#decision-table[data-ready=true]",
    steps: [
      ["country", "NO"],
      ["fine", "on"],
      ["year", "2021"],
      ["country", ""],
      ["fine", "off"],
      ["year", ""],
      ["body", "Datatilsynet"],
      ["body", ""],
    ],
  },
];

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

async function startPreview(): Promise<{ base: string; stop: () => void }> {
  if (process.env.ART83_BASE_URL) return { base: process.env.ART83_BASE_URL.replace(/\/+$/, ""), stop: () => {} };
  if (!existsSync(join(projectRoot, "dist", "index.html"))) throw new Error("No dist/: run `npm run build` first.");
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, "node_modules/.bin/astro"), "preview", "--port", String(port), "--host", "127.0.0.1", "--ignore-lock"], {
    cwd: projectRoot,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.once("exit", stop);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(base + "/");
      return { base, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  stop();
  throw new Error("astro preview did not answer");
}

/** Runs one step in the page and returns [dom, frame] in milliseconds. */
const runStep = (page: Page, form: string, [name, value]: Step) =>
  page.evaluate(
    async ({ form, name, value }) => {
      const control = document.querySelector(form)!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      if (control instanceof HTMLInputElement && control.type === "checkbox") control.checked = value === "on";
      else control.value = value;
      const start = performance.now();
      control.dispatchEvent(new Event("input", { bubbles: true }));
      control.dispatchEvent(new Event("change", { bubbles: true }));
      void document.body.offsetHeight;
      const dom = performance.now() - start;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return [dom, performance.now() - start] as const;
    },
    { form, name, value },
  );

const { base, stop } = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const results: { page: string; step: string; domMs: number[]; frameMs: number[] }[] = [];
try {
  for (const p of pages) {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(base + p.path, { waitUntil: "load" });
      if (p.ready) await page.waitForSelector(p.ready, { state: "attached" });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      for (const step of p.steps) {
        const [dom, frame] = await runStep(page, p.form, step);
        const label = `${step[0]}=${step[1] || "(any)"}`;
        let row = results.find((r) => r.page === p.path && r.step === label);
        if (!row) results.push((row = { page: p.path, step: label, domMs: [], frameMs: [] }));
        row.domMs.push(dom);
        row.frameMs.push(frame);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  stop();
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const load = loadavg().map((l) => l.toFixed(1)).join(" ");
const summary = [...new Set(results.map((r) => r.page))].map((path) => {
  const rows = results.filter((r) => r.page === path);
  const dom = rows.flatMap((r) => r.domMs);
  const frame = rows.flatMap((r) => r.frameMs);
  // Per step the fastest round, then the slowest such step: what a change costs without waiting for the CPU.
  const worstStepMin = Math.max(...rows.map((r) => Math.min(...r.domMs)));
  return { page: path, changes: dom.length, domMin: Math.min(...dom), domMedian: quantile(dom, 0.5), domP90: quantile(dom, 0.9), frameMedian: quantile(frame, 0.5), worstStepMin };
});
if (asJson) console.log(JSON.stringify({ rate, rounds, loadAverage: load, summary, results }, null, 2));
else {
  console.log(`CPU throttling ${rate}×, ${rounds} rounds, load average ${load} (${availableParallelism()} cores)`);
  console.log("ms from change event to DOM updated and laid out (dom) / to the next frame: median and min over the rounds");
  for (const r of results) {
    console.log(
      `${r.page.padEnd(12)} ${r.step.padEnd(22)} dom ${quantile(r.domMs, 0.5).toFixed(1).padStart(6)} (min ${Math.min(...r.domMs).toFixed(1).padStart(5)})   frame ${quantile(r.frameMs, 0.5).toFixed(1).padStart(6)} (min ${Math.min(...r.frameMs).toFixed(1).padStart(5)})`,
    );
  }
  for (const s of summary) {
    console.log(
      `${s.page}: ${s.changes} changes; dom median ${s.domMedian.toFixed(1)} ms, p90 ${s.domP90.toFixed(1)} ms, min ${s.domMin.toFixed(1)} ms; slowest step at its fastest ${s.worstStepMin.toFixed(1)} ms; frame median ${s.frameMedian.toFixed(1)} ms`,
    );
  }
}
