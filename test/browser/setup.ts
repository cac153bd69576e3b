/**
 * Vitest global setup for the browser tests: serves the already-built `dist/` with `astro preview`
 * on a free port of 127.0.0.1, hands its URL to the tests (`inject("baseUrl")`), and stops the
 * server (its whole process group) when the run ends.
 *
 * Set ART83_BASE_URL to test against a server you started yourself instead.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", fail);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => (port ? ok(port) : fail(new Error("could not find a free port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Send `signal` to the child's whole process group (it was spawned detached, as a group leader). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once("exit", () => r()));
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.ART83_BASE_URL;
  if (external) {
    project.provide("baseUrl", external.replace(/\/+$/, ""));
    return undefined;
  }

  if (!existsSync(join(root, "dist", "index.html"))) {
    throw new Error(`No built site at ${join(root, "dist")}: run \`npm run build\` before the browser tests.`);
  }

  const port = await freePort();
  const astro = join(root, "node_modules", ".bin", "astro");
  // Run the astro CLI with this same Node (22), not whatever `node` is first on PATH.
  // --ignore-lock: neither refuse to start beside another preview server, nor auto-background.
  const child = spawn(process.execPath, [astro, "preview", "--port", String(port), "--host", HOST, "--ignore-lock"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let log = "";
  let announced: string | undefined;
  const onData = (chunk: Buffer) => {
    log += chunk.toString();
    // Vite moves to the next port when the chosen one is taken: trust the URL the server prints.
    const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ""));
    if (m && !announced) announced = `http://${HOST}:${m[1]}`;
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const stopOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", stopOnExit);

  const teardown = async () => {
    process.off("exit", stopOnExit);
    killGroup(child, "SIGTERM");
    const done = await Promise.race([exited(child).then(() => true), sleep(5_000).then(() => false)]);
    if (!done) {
      killGroup(child, "SIGKILL");
      await exited(child);
    }
    // Children of the group (if any) may outlive the leader: make sure nothing is left.
    killGroup(child, "SIGKILL");
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  let baseUrl: string | undefined;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await teardown();
      throw new Error(`astro preview exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${log}`);
    }
    if (announced && (await answers(announced + "/"))) {
      baseUrl = announced;
      break;
    }
    await sleep(200);
  }
  if (!baseUrl) {
    await teardown();
    throw new Error(`astro preview did not answer within ${START_TIMEOUT_MS / 1000}s:\n${log}`);
  }

  project.provide("baseUrl", baseUrl);
  return teardown;
}
