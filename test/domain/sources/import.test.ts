import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importLibrary } from "../../../src/domain/sources/import.ts";
import { serializeLibraryText, libraryTextSchema } from "../../../src/domain/sources/library-text.ts";
import { contentDir, corpusDirPath, rawCorpusPresent, sharedDirPath } from "../../../src/domain/sources/paths.ts";

// The import reads the raw inputs, which are not in the repository: these tests run where they
// are (CI has ../shared) and are skipped with one line saying so on a bare clone.
const rawPresent = rawCorpusPresent();
if (!rawPresent) console.log(`import.test.ts: raw corpus not found at ${corpusDirPath()}: the import tests are skipped.`);

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
/** Our hand-written content (authorities, cases, registries of seeds and web sources, redactions), without what the import writes. */
function handWrittenContent(): string {
  const dir = temp("art83-import-");
  const generated = [join(contentDir, "library"), join(contentDir, "rates"), join(contentDir, "documents", "gdprhub-nordic.json")];
  cpSync(contentDir, dir, { recursive: true, filter: (src) => !generated.includes(src) });
  return dir;
}
const files = (dir: string): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else out.set(`${prefix}${entry.name}`, readFileSync(join(d, entry.name), "utf8"));
    }
  };
  walk(dir, "");
  return out;
};
const generatedFiles = (dir: string) =>
  new Map([...files(dir)].filter(([name]) => /^(library\/|rates\/|documents\/gdprhub-nordic\.json$)/.test(name)));

describe("library text files", () => {
  it("are one paragraph per line and read back as they were written", () => {
    const text = {
      id: "x",
      source: { path: "seeds/x.txt", sha256: "a".repeat(64), format: "web-page" as const, language: "nb", machineTranslated: false },
      excerpt: false,
      hasDecisionText: true,
      removed: ["letterhead"],
      redacted: 1,
      paragraphs: [
        { id: "p1", kind: "heading" as const, text: "Vedtak" },
        { id: "p2", kind: "paragraph" as const, text: 'Han sa: "nei" – [name removed].' },
      ],
    };
    const out = serializeLibraryText(text);
    expect(out.split("\n").filter((l) => l.includes('"id":"p'))).toHaveLength(2);
    expect(libraryTextSchema.parse(JSON.parse(out))).toEqual(text);
  });
});

describe.runIf(rawPresent)("npm run import:corpus", () => {
  const options = (content: string) => ({ contentDir: content, sharedDir: sharedDirPath(), corpusDir: corpusDirPath() });

  it("writes byte-identical files from the same input, and the committed library is what it writes", () => {
    const a = handWrittenContent();
    const b = handWrittenContent();
    const summary = importLibrary(options(a));
    importLibrary(options(b));
    const first = generatedFiles(a);
    expect(summary.texts).toBe(563);
    expect(first.size).toBe(563 + 2);
    expect(generatedFiles(b)).toEqual(first);
    // A stale content/library (import not re-run after a change to cleaning, redactions or the corpus) fails here.
    const committed = generatedFiles(contentDir);
    const differing = [...first.keys()].filter((name) => committed.get(name) !== first.get(name));
    expect(differing, "re-run `npm run import:corpus` and commit content/").toEqual([]);
    expect([...committed.keys()].filter((name) => !first.has(name))).toEqual([]);
  }, 120_000);

  it("stores texts we only cite as excerpts of the cited paragraphs", () => {
    const library = JSON.parse(readFileSync(join(contentDir, "library", "bt-2018-bergen-varsel.json"), "utf8"));
    expect(library.excerpt).toBe(true);
    const cases = readdirSync(join(contentDir, "cases")).map((f) => readFileSync(join(contentDir, "cases", f), "utf8")).join("\n");
    for (const p of library.paragraphs) expect(cases).toMatch(new RegExp(`"document": "bt-2018-bergen-varsel",\\s*"paragraph": "${p.id}"`));
  });

  it("catches a changed raw text by its sha256, naming the document", () => {
    const corpus = temp("art83-corpus-");
    cpSync(corpusDirPath(), corpus, { recursive: true });
    const file = join(corpus, "texts", "MT_Datatilsynet_Norway_-_20_02191.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Rælingen", "Raelingen"));
    expect(() => importLibrary({ ...options(handWrittenContent()), corpusDir: corpus })).toThrow(
      /datatilsynet-norway-20-02191: decisions\.csv gives sha256 [0-9a-f]{64} for corpus\/gdprhub-nordic\/texts\/MT_Datatilsynet_Norway_-_20_02191\.md, the file has [0-9a-f]{64}/,
    );
  }, 120_000);

  it("fails on a redaction rule that no longer matches its text", () => {
    const content = handWrittenContent();
    const rules = JSON.parse(readFileSync(join(content, "redactions.json"), "utf8"));
    rules.push({ document: "datatilsynet-norway-21-02504", text: "Nobody Inthetext", reason: "test" });
    writeFileSync(join(content, "redactions.json"), JSON.stringify(rules));
    expect(() => importLibrary(options(content))).toThrow(/"Nobody Inthetext" no longer occurs in datatilsynet-norway-21-02504/);
  }, 120_000);

  it("fails naming document, paragraph and token when a written form of a redacted name is not covered", () => {
    const content = handWrittenContent();
    const file = join(content, "redactions.json");
    const rules = JSON.parse(readFileSync(file, "utf8")).map((r: { variants?: string[] }) => ({ ...r, variants: undefined }));
    writeFileSync(file, JSON.stringify(rules));
    expect(() => importLibrary(options(content))).toThrow(/datatilsynet-norway-20-01727 p50: "Bratseth" \(from "Unitel Bratseth Services"\)/);
  }, 120_000);
});
