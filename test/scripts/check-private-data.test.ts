import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPrivateData, formatHit, type PrivateDataReport } from "../../scripts/check-private-data.ts";
import { buildSearchIndex } from "../../src/domain/search/build.ts";
import { loadGlossary } from "../../src/domain/search/node.ts";
import type { AllowEntry } from "../../src/domain/privacy/scan.ts";
import type { Redaction } from "../../src/domain/text/redact.ts";
import { searchRecord } from "../fixtures/search-record.ts";

const script = resolve(dirname(fileURLToPath(import.meta.url)), "../../scripts/check-private-data.ts");

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;

/** A tiny built site with one planted hit of each kind, and one reviewed false positive. */
const FILES: Record<string, string> = {
  "index.html": page("<h1>Art83</h1><p>A fine of NOK 5 000 000 (case 20/01727, org. no. 974 761 467) on 2021-09-27.</p>"),
  "decisions/finland/index.html": page(
    "<p>Data Protection Commissioner Anu Talus, anu.talus<span>(at)</span>om.fi</p><p>Telefon: 063-14 34 66</p>",
  ),
  "decisions/ids/index.html": page(
    `<p>fødselsnummer 15076500565</p><p>CPR 070761-4285</p><p>henkilötunnus 131052-308T</p>
     <p>kennitala 120174-3399</p><p>Ferde's processor UBS / Bratseth E-commerce</p>
     <p>Journal number 150619-0101 of the Danish authority.</p>`,
  ),
  "data/cases.json": JSON.stringify([{ id: "x", note: "write to anu.talus@om.fi" }]),
  "data/cases.csv": "id,note\nx,personnummer 19811228-9874\n",
};
const ALLOW: AllowEntry[] = [
  { text: "150619-0101", files: ["decisions/ids/index.html"], reason: "a journal number of the Danish authority, not a CPR number" },
];
const RULES: Redaction[] = [{ document: "ferde", text: "Unitel Bratseth Services", reason: "a private person's business" }];

let dist: string;
let report: PrivateDataReport;
let indexFiles = 0;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "art83-private-"));
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  // A real search index, with a phone number in one passage.
  const index = buildSearchIndex(
    [searchRecord("ferde", ["Ferde AS", "Ferde had no data processor agreement.", "Call +47 22 39 69 00 for the report."])],
    loadGlossary(),
  );
  indexFiles = index.files.size;
  for (const [path, bytes] of index.files) {
    mkdirSync(dirname(join(dist, "search-index", path)), { recursive: true });
    writeFileSync(join(dist, "search-index", path), bytes);
  }
  writeFileSync(join(dist, "allow.json"), JSON.stringify(ALLOW));
  writeFileSync(join(dist, "redactions.json"), JSON.stringify(RULES));
  report = checkPrivateData(dist, ALLOW, RULES);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("the private-data check of a built site", () => {
  it("finds one planted hit of each kind, naming the file", () => {
    const found = report.reported.map(({ file, hit }) => [file, hit.kind, hit.text]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["decisions/finland/index.html", "email", "anu.talus(at)om.fi"],
        ["decisions/finland/index.html", "phone", "Telefon: 063-14 34 66"],
        ["decisions/ids/index.html", "identity-number", "15076500565"],
        ["decisions/ids/index.html", "identity-number", "070761-4285"],
        ["decisions/ids/index.html", "identity-number", "131052-308T"],
        ["decisions/ids/index.html", "identity-number", "120174-3399"],
        ["decisions/ids/index.html", "redacted-name", "Bratseth"],
        ["data/cases.json", "email", "anu.talus@om.fi"],
        ["data/cases.csv", "identity-number", "19811228-9874"],
        [expect.stringMatching(/^search-index\/v[0-9a-f]+\/t\/0\.json$/), "phone", "+47 22 39 69 00"],
      ]),
    );
    expect(found).toHaveLength(10);
  });

  it("lets the allow-listed false positive through and counts it", () => {
    expect(report.reported.some(({ hit }) => hit.text === "150619-0101")).toBe(false);
    expect(report.allowed).toBe(1);
    expect(report.stale).toEqual([]);
  });

  it("reads every page, export and search-index file, and proves the postings blocks hold no text", () => {
    expect(report.files).toBe(Object.keys(FILES).length + indexFiles);
    expect(indexFiles).toBeGreaterThan(3);
    expect(report.binary).toEqual([]);
  });

  it("names the file, the kind and the hit with a little context", () => {
    const line = formatHit(report.reported.find(({ hit }) => hit.text === "120174-3399")!);
    expect(line).toBe('decisions/ids/index.html: identity number (IS/DK) "120174-3399" in "…kilötunnus 131052-308T kennitala 120174-3399 Ferde\'s processor UBS / Bratseth E-com…"');
  });

  it("as a command, fails listing each hit and prints one summary line", () => {
    const run = (...args: string[]) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ["--experimental-strip-types", "--no-warnings", script, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }), err: "" };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: err.stdout, err: err.stderr };
      }
    };
    const failing = run(dist, `--allowlist=${join(dist, "allow.json")}`, `--redactions=${join(dist, "redactions.json")}`);
    expect(failing.code).toBe(1);
    expect(failing.err).toContain('decisions/finland/index.html: email "anu.talus(at)om.fi" in');
    expect(failing.out).toMatch(/^check:private: \d+ files \([\d.]+ MB\) in [\d.]+ s \([\d.]+ s CPU\): 11 hits, 1 allow-listed \(1 entries\), 10 reported, 0 stale entries, 0 binary problems\n$/);

    // An allow-list entry that excuses nothing any more fails too.
    writeFileSync(join(dist, "stale.json"), JSON.stringify([...ALLOW, { text: "0101010101", reason: "a number no page prints any more" }]));
    const stale = run(dist, `--allowlist=${join(dist, "stale.json")}`, `--redactions=${join(dist, "redactions.json")}`);
    expect(stale.err).toContain('stale entry "0101010101" matches nothing any more');
  });
});
