/**
 * The Content-Security-Policy is in force on every page type and nothing the site does breaks it:
 * no securitypolicyviolation event and no CSP console error, with the pages used as a reader uses
 * them (search results arriving, the calculator hydrated and moved). Also: the <meta> tag is the
 * policy of src/domain/security/policy.ts, and dist/_headers carries the same policy, served as a
 * host serves it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageTypes } from "../../scripts/page-types.ts";
import { serveDist } from "../../scripts/serve.ts";
import { headerContentSecurityPolicy, headerRules, metaContentSecurityPolicy, renderHeadersFile } from "../../src/domain/security/headers.ts";
import { expectClean, launch, openPage } from "./harness.ts";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../../dist");
const PAGES = pageTypes(dist);
const CSP_CONSOLE = /Content Security Policy|Refused to (load|execute|apply|create|evaluate|connect|frame)/i;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Test-side listener, added over the DevTools protocol before the page's own scripts run: it is
 * the harness, not an inline script of the page, so the policy does not apply to it.
 */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener(
      "securitypolicyviolation",
      (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile || "?"}:${e.lineNumber} ${e.sample}`.trim()),
      true,
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ["(listener missing)"]);

/** Use the page as a reader would, so code that runs only then runs under the policy too. */
async function use(page: Page, type: string): Promise<void> {
  if (type === "search") {
    await page.waitForFunction(() => document.querySelectorAll("ol.hits > li").length > 0);
    await page.locator("#search-q").fill("datatilsynet kamera");
    await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.includes("kamera"));
  } else if (type === "calculator") {
    await page.waitForSelector('.calculator[data-ready="true"]');
    const select = page.locator("form select").first();
    const values = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    if (values.length > 1) await select.selectOption(values.at(-1)!);
    const point = page.locator(".estimate-chart a.point").first();
    if (await point.count()) await point.focus();
  } else if (type === "cases") {
    const sort = page.locator("th button.sort").first();
    if (await sort.count()) await sort.click();
  } else if (type === "decision") {
    await page.locator("a.pid").first().focus();
    await page.keyboard.press("End");
  } else if (type === "trends") {
    // A chart's label is placed through the CSSOM, which the policy allows; a style attribute it would not.
    await page.locator("section[data-chart=fines] svg").focus();
    await page.keyboard.press("ArrowRight");
    await page.locator("section[data-chart=people] svg .marks [data-tip]").first().hover();
  }
  // Let anything the interaction set off (a worker's fetches, a re-render) finish.
  await page.waitForLoadState("networkidle");
}

describe("Content-Security-Policy", () => {
  it("notices a violation when there is one (the listener works)", async () => {
    const { page } = await openPage(browser, "/data/", { beforeLoad: recordViolations });
    // Code evaluated over the DevTools protocol is exempt from the policy, but what it adds to the
    // page is not: an inline script and a style attribute, as a careless template would emit them.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.title = 'x'";
      document.body.append(script);
      document.body.setAttribute("style", "color: red");
    });
    await expect
      .poll(() => violations(page))
      .toEqual([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^style-src-attr blocked inline/)]);
    expect(await page.title()).not.toBe("x");
  });

  for (const { type, path } of PAGES) {
    it(`${type} (${path}): carries the policy and breaks none of it`, async () => {
      const { page, response, problems } = await openPage(browser, path, { beforeLoad: recordViolations });
      expect(response?.status()).toBe(type === "404" ? 404 : 200);

      const meta = await page.evaluate(() => {
        const tags = [...document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
        const first = document.head.querySelector("script, link, style, meta[http-equiv]");
        return { contents: tags.map((t) => t.getAttribute("content")), firstLoaded: first === tags[0] };
      });
      expect(meta.contents).toEqual([metaContentSecurityPolicy()]);
      expect(meta.firstLoaded, "the policy comes before any script, link or style").toBe(true);

      await use(page, type);
      expect(await violations(page)).toEqual([]);
      expect(problems().consoleErrors.filter((m) => CSP_CONSOLE.test(m))).toEqual([]);
      expectClean(problems());
    });
  }
});

describe("_headers", () => {
  it("is in the build, generated from the policy", () => {
    const entries = readdirSync(dist, { withFileTypes: true }).map((e) => ({ name: e.name, directory: e.isDirectory() }));
    expect(readFileSync(join(dist, "_headers"), "utf8")).toBe(renderHeadersFile(headerRules(entries)));
  });

  it("served as a host serves it, the header policy holds on every page type with no console error", async () => {
    const server = await serveDist(dist);
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    try {
      for (const { type, path } of PAGES) {
        const page = await context.newPage();
        await recordViolations(page);
        const errors: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error" && !(type === "404" && m.text().includes("404"))) errors.push(m.text());
        });
        page.on("pageerror", (e) => errors.push(e.message));
        const response = await page.goto(server.url + path);
        const headers = response!.headers();
        expect(headers["content-security-policy"], path).toBe(headerContentSecurityPolicy());
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers["referrer-policy"]).toBe("no-referrer");
        expect(headers["content-encoding"]).toBe("gzip");
        await use(page, type);
        expect({ path, violations: await violations(page), errors }).toEqual({ path, violations: [], errors: [] });
        await page.close();
      }
    } finally {
      await context.close();
      await server.close();
    }
  });
});
