/**
 * Filter benchmark: how long a filter change on /cases/ and /decisions/ takes in Chromium with the
 * CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, a mid-range phone). Each change is made from
 * the keyboard (a real, trusted key press on a focused filter), and timed from the key's input event:
 *   dom    until the page's change handler has run, the DOM updated (a listener after the page's own);
 *   paint  until the next frame is presented (Event Timing API; entries under 16 ms are not reported,
 *          shown as "<16").
 *
 *   npm run build && npm run bench:filters            table
 *   npm run bench:filters -- --json                   rows as JSON
 *   npm run bench:filters -- --rate=1 --rounds=5
 *   ART83_BASE_URL=http://127.0.0.1:4321 npm run bench:filters    against a running server
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

/** A filter step: the control to focus and the key to press on it ("Home" goes back to "Any"). */
type Step = [name: string, key: string];
const pages: { path: string; form: string; ready?: string; steps: Step[] }[] = [
  {
    path: "/cases/",
    form: "#case-filters",
    steps: [
      ["country", "ArrowDown"],
      ["country", "ArrowDown"],
      ["outcome", "ArrowDown"],
      ["type", "ArrowDown"],
      ["min", "ArrowDown"],
      ["factor", "ArrowDown"],
      ["article", "ArrowDown"],
      ["country", "Home"],
      ["outcome", "Home"],
      ["type", "Home"],
      ["min", "Home"],
      ["factor", "Home"],
      ["article", "Home"],
    ],
  },
  {
    path: "/decisions/",
    form: "#decision-filters",
    ready: "#decision-table[data-ready=true]",
    steps: [
      ["country", "ArrowDown"],
      ["country", "ArrowDown"],
      ["fine", "Space"],
      ["year", "ArrowDown"],
      ["country", "Home"],
      ["fine", "Space"],
      ["year", "Home"],
      ["body", "ArrowDown"],
      ["body", "Home"],
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

/** Listeners that time every key press: input event → DOM updated, and Event Timing's duration to paint. */
const installTimers = () => {
  const w = window as unknown as { __timings: { dom: number[]; paint: { start: number; duration: number }[] } };
  w.__timings = { dom: [], paint: [] };
  let start = 0;
  // A select changes on keydown; a checkbox on the click that follows keyup.
  for (const type of ["keydown", "keyup"]) addEventListener(type, (e) => (start = e.timeStamp), { capture: true });
  // Registered after the page's own listener on the form, so it runs once the page has updated the DOM.
  document.addEventListener("change", () => w.__timings.dom.push(performance.now() - start));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "keydown" || e.name === "click") w.__timings.paint.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
};

/** Presses the key on the control and returns [dom, paint] in ms (paint undefined when under 16 ms). */
async function runStep(page: Page, form: string, [name, key]: Step): Promise<[number, number | undefined]> {
  const before = await page.evaluate(() => (window as unknown as { __timings: { dom: number[] } }).__timings.dom.length);
  await page.focus(`${form} [name="${name}"]`);
  const pressedAt = await page.evaluate(() => performance.now());
  await page.keyboard.press(key);
  await page.waitForFunction((n) => (window as unknown as { __timings: { dom: number[] } }).__timings.dom.length > n, before);
  await page.waitForTimeout(400); // let the frame present and the Event Timing entry arrive
  return page.evaluate((since) => {
    const t = (window as unknown as { __timings: { dom: number[]; paint: { start: number; duration: number }[] } }).__timings;
    const paint = t.paint.filter((p) => p.start >= since).at(-1);
    return [t.dom[t.dom.length - 1]!, paint?.duration] as [number, number | undefined];
  }, pressedAt);
}

const { base, stop } = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const results: { page: string; step: string; domMs: number[]; paintMs: (number | undefined)[] }[] = [];
try {
  for (const p of pages) {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.addInitScript(installTimers);
      await page.goto(base + p.path, { waitUntil: "load" });
      if (p.ready) await page.waitForSelector(p.ready, { state: "attached" });
      // On a phone the case filters start folded away: open them, as the reader would.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      for (const [i, step] of p.steps.entries()) {
        const [dom, paint] = await runStep(page, p.form, step);
        const label = `${i + 1}. ${step[0]} ${step[1]}`;
        let row = results.find((r) => r.page === p.path && r.step === label);
        if (!row) results.push((row = { page: p.path, step: label, domMs: [], paintMs: [] }));
        row.domMs.push(dom);
        row.paintMs.push(paint);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  stop();
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
/** Paint durations with "under 16 ms" counted as 16, so quantiles stay upper bounds. */
const paints = (xs: (number | undefined)[]) => xs.map((x) => x ?? 16);
const ms = (x: number, under16 = false) => (under16 && x <= 16 ? "<16" : x.toFixed(1)).padStart(6);
const load = loadavg().map((l) => l.toFixed(1)).join(" ");
const summary = [...new Set(results.map((r) => r.page))].map((path) => {
  const rows = results.filter((r) => r.page === path);
  const dom = rows.flatMap((r) => r.domMs);
  const paint = paints(rows.flatMap((r) => r.paintMs));
  return {
    page: path,
    changes: dom.length,
    domMedian: quantile(dom, 0.5),
    domP90: quantile(dom, 0.9),
    domMax: Math.max(...dom),
    paintMedian: quantile(paint, 0.5),
    paintP90: quantile(paint, 0.9),
    // Per step its fastest round, then the slowest step: a change's cost without waiting for the CPU.
    paintWorstStepMin: Math.max(...rows.map((r) => Math.min(...paints(r.paintMs)))),
  };
});
if (asJson) console.log(JSON.stringify({ rate, rounds, loadAverage: load, summary, results }, null, 2));
else {
  console.log(`CPU throttling ${rate}×, ${rounds} rounds, load average ${load} (${availableParallelism()} cores)`);
  console.log("ms from the key's input event to the DOM updated (dom) and to the next paint (paint): median and min over the rounds");
  for (const r of results) {
    const p = paints(r.paintMs);
    console.log(
      `${r.page.padEnd(12)} ${r.step.padEnd(22)} dom ${ms(quantile(r.domMs, 0.5))} (min ${ms(Math.min(...r.domMs))})   paint ${ms(quantile(p, 0.5), true)} (min ${ms(Math.min(...p), true)})`,
    );
  }
  for (const s of summary) {
    console.log(
      `${s.page}: ${s.changes} changes; dom median ${s.domMedian.toFixed(1)}, p90 ${s.domP90.toFixed(1)}, max ${s.domMax.toFixed(1)} ms; ` +
        `paint median ${ms(s.paintMedian, true).trim()}, p90 ${ms(s.paintP90, true).trim()} ms; slowest step at its fastest ${ms(s.paintWorstStepMin, true).trim()} ms to paint`,
    );
  }
}
