/**
 * Helpers for the browser tests (vitest + playwright-core + the system Chromium).
 *
 *   const browser = await launch();
 *   const { page, response, problems } = await openPage(browser, "/cases/");
 *   expect(response?.status()).toBe(200);
 *   expectClean(problems());
 *   expect(await runAxe(page)).toEqual([]);
 *   await tabTo(page, "a.skip-link");
 *   await browser.close();
 *
 * The preview server is started by test/browser/setup.ts; `baseUrl()` is its origin.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { expect, inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Origin of the preview server, e.g. `http://127.0.0.1:40123` (no trailing slash). */
export function baseUrl(): string {
  const url = inject("baseUrl");
  if (!url) throw new Error("baseUrl not provided: run with `vitest run --config vitest.browser.config.ts`");
  return url;
}

/** Launch the system Chromium (`$CHROMIUM_PATH`, default /usr/bin/chromium); never a downloaded browser. */
export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

export interface Problems {
  /** `console.error` messages (including CSP violations and failed resource loads). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Same-origin requests that failed at the network level, or answered 4xx/5xx (not the main document). */
  failedRequests: string[];
  /** Requests to any origin other than the preview server; they are aborted. */
  otherOrigin: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The main document's response (null for same-document navigations). */
  response: Response | null;
  /** A snapshot of the problems recorded so far (keeps recording after the call). */
  problems: () => Problems;
}

export interface OpenOptions {
  /** Defaults to 1280×800. */
  viewport?: { width: number; height: number };
  /** Wait condition for the navigation; default "load". */
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
  /** Extra context options, e.g. `{ reducedMotion: "reduce", colorScheme: "dark", javaScriptEnabled: false }`. */
  contextOptions?: Parameters<Browser["newContext"]>[0];
  /** Runs before the page is loaded, e.g. to add a test-side `page.addInitScript`. */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

/**
 * Open `path` (e.g. "/cases/") in a fresh browser context that records problems and blocks every
 * request to another origin.
 */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({
    baseURL: origin,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...options.contextOptions,
  });
  const page = await context.newPage();
  const recorded: Omit<Problems, "consoleErrors"> = { pageErrors: [], failedRequests: [], otherOrigin: [] };
  const aborted = new Set<string>();

  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
    async (route) => {
      const url = route.request().url();
      recorded.otherOrigin.push(`${route.request().method()} ${url}`);
      aborted.add(url);
      await route.abort("blockedbyclient");
    },
  );
  const consoleErrors: { text: string; url: string; line: number }[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const loc = msg.location();
    consoleErrors.push({ text: msg.text(), url: loc.url, line: loc.lineNumber });
  });
  page.on("pageerror", (err) => recorded.pageErrors.push(err.stack ?? err.message));
  const httpErrors = new Set<string>();
  page.on("requestfailed", (req) => {
    if (aborted.has(req.url()) || httpErrors.has(req.url())) return; // already recorded
    // The page itself moved on (a followed link) while the favicon was still loading: not a fault of the site.
    if (req.failure()?.errorText === "net::ERR_ABORTED" && new URL(req.url()).pathname.endsWith("/favicon.svg")) return;
    recorded.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? "failed"}`);
  });
  page.on("response", (res) => {
    const req = res.request();
    if (res.status() < 400) return;
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) return; // tests assert the status
    httpErrors.add(res.url());
    recorded.failedRequests.push(`${req.method()} ${res.url()}: HTTP ${res.status()}`);
  });

  await options.beforeLoad?.(page);
  const response = await page.goto(new URL(path, origin).href, { waitUntil: options.waitUntil ?? "load" });
  const mainUrl = response?.url();
  const problems = (): Problems => ({
    // "Failed to load resource" for a blocked other-origin request or for the main document (whose
    // status the test asserts) would only repeat what is recorded elsewhere.
    consoleErrors: consoleErrors
      .filter((c) => !(c.text.startsWith("Failed to load resource") && (aborted.has(c.url) || c.url === mainUrl)))
      .map((c) => (c.url ? `${c.text} (${c.url}:${c.line})` : c.text)),
    pageErrors: [...recorded.pageErrors],
    failedRequests: [...recorded.failedRequests],
    otherOrigin: [...recorded.otherOrigin],
  });
  return { page, context, response, problems };
}

export interface CleanOptions {
  /** Console errors matching any of these are ignored (e.g. an expected 404 in a not-found test). */
  ignoreConsole?: RegExp[];
  /** Also require no failed same-origin requests (default true). */
  requests?: boolean;
}

/** Assert no console errors, page errors, other-origin requests (and, by default, failed requests). */
export function expectClean(problems: Problems | (() => Problems), options: CleanOptions = {}): void {
  const p = typeof problems === "function" ? problems() : problems;
  const ignore = options.ignoreConsole ?? [];
  const actual = {
    consoleErrors: p.consoleErrors.filter((m) => !ignore.some((re) => re.test(m))),
    pageErrors: p.pageErrors,
    otherOrigin: p.otherOrigin,
    failedRequests: options.requests === false ? [] : p.failedRequests,
  };
  expect(actual, "page problems").toEqual({ consoleErrors: [], pageErrors: [], otherOrigin: [], failedRequests: [] });
}

// -------------------------------------------------------------------------------------------------
// Accessibility.

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of offending nodes, each with axe's failure summary. */
  nodes: string[];
}

let axeSource: string | undefined;
function axe(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

export interface AxeOptions {
  /** CSS selector to restrict the audit to (default: the whole document). */
  include?: string;
  /** Rule ids to switch off, with a reason in the calling test. */
  disableRules?: string[];
}

/**
 * Run axe-core in the page and return the "serious" and "critical" violations (empty = pass).
 * axe is injected test-side with `addScriptTag({ content })`; if the page declares a CSP in a
 * <meta> tag (which would block that inline script), it is evaluated over the DevTools protocol
 * instead, so the CSP stays in force for the page's own code.
 */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!loaded) {
    const hasCspMeta = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy" i]') !== null,
    );
    if (hasCspMeta) await page.evaluate(axe());
    else await page.addScriptTag({ content: axe() });
  }
  const violations = await page.evaluate(async (opts: AxeOptions) => {
    type AxeResult = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const w = window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<AxeResult> } };
    const rules: Record<string, { enabled: boolean }> = {};
    for (const id of opts.disableRules ?? []) rules[id] = { enabled: false };
    const result = await w.axe.run(opts.include ? { include: [opts.include] } : document, {
      rules,
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`),
    }));
  }, options);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

// -------------------------------------------------------------------------------------------------
// Keyboard.

/** A short description of the focused element, e.g. `a.skip-link[href="#main"] "Skip to content"`. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const cls = el.classList.length ? "." + [...el.classList].join(".") : "";
    const id = el.id ? `#${el.id}` : "";
    const href = el.getAttribute("href");
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${cls}${href ? `[href="${href}"]` : ""}${text ? ` "${text}"` : ""}`;
  });
}

/** Whether the focused element matches `selector`. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
}

/**
 * Press Tab (Shift+Tab with `backwards`) until the focused element matches `selector`; returns how
 * many presses it took. Fails, listing the focus path, after `maxTabs` presses.
 */
export async function tabTo(
  page: Page,
  selector: string,
  options: { maxTabs?: number; backwards?: boolean } = {},
): Promise<number> {
  const max = options.maxTabs ?? 50;
  const path: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    if (await focusMatches(page, selector)) return i;
    path.push(await describeFocus(page));
  }
  throw new Error(`"${selector}" not focused after ${max} Tab presses. Focus went:\n  ${path.join("\n  ")}`);
}

// -------------------------------------------------------------------------------------------------
// Timing.

/**
 * Milliseconds from each change of the `<select>` at `selector` (to each of `values` in turn) until
 * its handlers have run and a forced layout returns, with the CPU slowed `rate` times through the
 * DevTools protocol. Wall-clock: on a busy machine it includes waiting for the CPU.
 */
export async function changeTimes(page: Page, context: BrowserContext, selector: string, values: string[], rate = 4): Promise<number[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const times = await page.evaluate(
    async ({ selector, values }) => {
      const select = document.querySelector<HTMLSelectElement>(selector)!;
      const out: number[] = [];
      for (const value of values) {
        select.value = value;
        const start = performance.now();
        select.dispatchEvent(new Event("change", { bubbles: true }));
        void document.body.offsetHeight;
        out.push(performance.now() - start);
        await new Promise((r) => requestAnimationFrame(r));
      }
      return out;
    },
    { selector, values },
  );
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  return times;
}

/** How many case records the site is built from (content/cases/), so tests follow the library as it grows. */
export const caseRecordCount = (): number =>
  readdirSync(new URL("../../content/cases/", import.meta.url)).filter((f) => f.endsWith(".json")).length;

type Shift = { value: number; sources: string[] };
/** Records the page's layout shifts from its first paint on: pass as `beforeLoad` to openPage. */
export const recordLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (e.hadRecentInput) continue;
        w.__shifts.push({
          value: e.value,
          sources: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join(".")}` : String(s.node?.nodeName))),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
/** The shifts recorded so far, and their sum (the page's CLS while it loaded). */
export async function layoutShifts(page: Page): Promise<{ cls: number; shifts: Shift[] }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  return { cls: shifts.reduce((n, s) => n + s.value, 0), shifts };
}
