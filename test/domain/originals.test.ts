import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLibrary, loadOriginals } from "../../src/domain/sources/repository.ts";
import { authorityDomains, onDomain } from "../../src/domain/schema/original.ts";
import type { ContentIssue } from "../../src/domain/schema/issues.ts";

const library = loadLibrary();
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const entry = (url: string) => ({ url, title: "A page title", language: "sv", foundVia: "stored page", checked: "2026-12-02" });
function load(originals: unknown) {
  const dir = mkdtempSync(join(tmpdir(), "art83-originals-"));
  scratch.push(dir);
  writeFileSync(join(dir, "originals.json"), JSON.stringify(originals));
  const issues: ContentIssue[] = [];
  const loaded = loadOriginals(dir, library, issues);
  return { loaded, messages: issues.map((i) => `${i.field}: ${i.message}`) };
}

describe("content/originals.json: the authorities' own pages of decisions", () => {
  it("loads, and every address is https on a domain of the body that decided a known document or case", () => {
    expect(library.originals.size).toBeGreaterThanOrEqual(6);
    const cases = new Map(library.cases.map((c) => [c.id, c]));
    for (const [id, original] of library.originals) {
      const authorityId = library.documents.get(id)?.authority ?? cases.get(id)?.authority;
      expect(authorityId, id).toBeDefined();
      const url = new URL(original.url);
      expect(url.protocol, id).toBe("https:");
      expect(url.search, `${id}: no tracking parameters`).toBe("");
      expect(onDomain(original.url, authorityDomains(library.authorities.get(authorityId!)!)), id).toBe(true);
    }
  });

  it("links the Swedish school cases to IMY's supervision pages", () => {
    expect(library.originals.get("stockholm-utbildningsnamnden-2020")?.url).toBe("https://www.imy.se/tillsyner/utbildningsnamnden-i-stockholms-stad/");
    expect(library.originals.get("ostersund-2023")?.language).toBe("sv");
  });

  it("rejects an address off the authority's domain, one over http, and an unknown id, naming each", () => {
    const { loaded, messages } = load({
      "stockholm-utbildningsnamnden-2020": entry("https://www.datatilsynet.no/some-page/"),
      "ostersund-2023": entry("http://www.imy.se/tillsyner/x/"),
      "no-such-case": entry("https://www.imy.se/tillsyner/x/"),
    });
    expect(loaded.size).toBe(0);
    expect(messages.join("\n")).toMatch(/stockholm-utbildningsnamnden-2020\.url: https:\/\/www\.datatilsynet\.no\/some-page\/ is not on a domain of IMY/);
    expect(messages.join("\n")).toMatch(/ostersund-2023.*https/);
    expect(messages.join("\n")).toMatch(/unknown document or case "no-such-case"/);
  });

  it("accepts a subdomain of the authority's domain", () => {
    expect(onDomain("https://www.imy.se/a/", ["imy.se"])).toBe(true);
    expect(onDomain("https://imy.se.example.org/a/", ["imy.se"])).toBe(false);
    expect(load({ "ostersund-2023": entry("https://www.imy.se/tillsyner/x/") }).loaded.size).toBe(1);
  });
});
