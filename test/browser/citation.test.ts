import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectClean, launch, openPage } from "./harness.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const clipboard = { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } };
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe("Cite this", () => {
  it("copies a case's citation: authority, decision, date, reference, the case page's address and IMY's original", async () => {
    const { page, problems } = await openPage(browser, "/cases/stockholm-utbildningsnamnden-2020/", clipboard);
    await page.getByText("Cite this", { exact: true }).click();
    await page.getByRole("button", { name: "Copy citation" }).click();
    await expect.poll(() => page.locator("[data-cite-status]").textContent()).toBe("Citation copied.");
    const text = await readClipboard(page);
    expect(text).toBe(
      `IMY (Integritetsskyddsmyndigheten), decision 23 November 2020, ref. DI-2019-7024, ${baseUrl()}/cases/stockholm-utbildningsnamnden-2020/ ` +
        "(original: https://www.imy.se/tillsyner/utbildningsnamnden-i-stockholms-stad/).",
    );
    // The shown citation is the copied one, with the address the page was served from.
    expect((await page.locator("[data-citation]").innerText()).trim()).toBe(text);
    await expect.poll(() => page.locator("a[data-original]").getAttribute("href")).toBe("https://www.imy.se/tillsyner/utbildningsnamnden-i-stockholms-stad/");
    expectClean(problems());
  });

  it("copies a decision paragraph's citation with our paragraph, the decision's own section and the permalink to #pN", async () => {
    const { page, problems } = await openPage(browser, "/decisions/datatilsynet-norway-20-02147/#p41", clipboard);
    const button = page.locator("#p41 .cite-para");
    await expect.poll(() => button.textContent()).toBe("Cite ¶ 41");
    await button.click();
    await expect.poll(() => page.locator("#p41 .cite-status").textContent()).toBe("Citation copied.");
    const text = await readClipboard(page);
    expect(text).toMatch(/^Datatilsynet, decision /);
    expect(text).toContain("ref. DT-20/02147, ¶ 41 (section 4, “Assessment of the Privacy Ordinance's rules on infringement fines”), ");
    expect(text).toContain(`${baseUrl()}/decisions/datatilsynet-norway-20-02147/#p41`);
    // Another paragraph, reached by keyboard: the button follows focus; a damaged heading number gives no section.
    await page.locator("#p41 a.pid").focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => page.locator("#p39 .cite-para").count()).toBe(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cite ¶ 39");
    await page.keyboard.press("Enter");
    await expect.poll(() => readClipboard(page)).toContain("¶ 39 (section 4, ");
    await page.locator("#p22 a.pid").click();
    await page.locator("#p22 .cite-para").click();
    await expect.poll(() => readClipboard(page)).toMatch(/ref\. DT-20\/02147, ¶ 22, http/);
    expectClean(problems());
  });

  it("shows the citation as text without JavaScript, with a relative permalink and no copy button", async () => {
    const { page } = await openPage(browser, "/cases/alesund-2021/", { contextOptions: { javaScriptEnabled: false } });
    await page.getByText("Cite this", { exact: true }).click();
    const text = (await page.locator("[data-citation]").innerText()).trim();
    expect(text).toBe("Datatilsynet, decision 15 March 2021, ref. 20/02147, /cases/alesund-2021/.");
    expect(await page.getByRole("button", { name: "Copy citation" }).isVisible()).toBe(false);
    const decision = await openPage(browser, "/decisions/datatilsynet-norway-20-02147/", { contextOptions: { javaScriptEnabled: false } });
    await decision.page.getByText("Cite this decision", { exact: true }).click();
    expect(await decision.page.locator("[data-citation]").innerText()).toContain("ref. DT-20/02147, /decisions/datatilsynet-norway-20-02147/");
    expect(await decision.page.locator(".cite-para").count()).toBe(0);
  });

  it("says where to look for an original it has no address of", async () => {
    const { page } = await openPage(browser, "/cases/alesund-2021/");
    expect(await page.locator("[data-original-missing]").innerText()).toMatch(/no link yet.*look for it on datatilsynet\.no\.$/);
  });
});
