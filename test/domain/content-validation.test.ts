import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { ContentError } from "../../src/domain/schema/issues.ts";
import { contentDir, projectRoot } from "../../src/domain/sources/paths.ts";

interface BrokenFixture {
  name: string;
  set?: Record<string, unknown>;
  copy?: Record<string, string>;
  delete?: string[];
  expect: string[];
}
const fixtures: BrokenFixture[] = JSON.parse(readFileSync(resolve(projectRoot, "test/fixtures/broken-cases.json"), "utf8"));
const baseCase = "raelingen-2020";
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content folder, to break one thing in. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "art83-content-"));
  scratch.push(dir);
  cpSync(contentDir, dir, { recursive: true });
  return dir;
}

const segments = (path: string) => path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== "");
function walk(obj: any, path: string): [any, string] {
  const parts = segments(path);
  const last = parts.pop()!;
  let node = obj;
  for (const part of parts) node = node[part];
  return [node, last];
}
const get = (obj: any, path: string) => {
  const [node, key] = walk(obj, path);
  return node[key];
};

function loadError(dir: string): ContentError | Error {
  try {
    loadLibrary({ contentDir: dir });
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the content to be rejected");
}

describe("the real content", () => {
  it("loads without problems", () => {
    const library = loadLibrary();
    expect(library.cases.length).toBeGreaterThanOrEqual(6);
    expect(library.documents.size).toBeGreaterThanOrEqual(558);
  });
});

describe("a broken case file fails naming file, field and what was expected", () => {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const dir = contentCopy();
      const file = join(dir, "cases", `${baseCase}.json`);
      const record = JSON.parse(readFileSync(file, "utf8"));
      for (const [path, value] of Object.entries(fixture.set ?? {})) {
        const [node, key] = walk(record, path);
        node[key] = value;
      }
      for (const [path, from] of Object.entries(fixture.copy ?? {})) {
        const [node, key] = walk(record, path);
        node[key] = structuredClone(get(record, from));
      }
      for (const path of fixture.delete ?? []) {
        const [node, key] = walk(record, path);
        delete node[key];
      }
      writeFileSync(file, JSON.stringify(record, null, 2));
      const error = loadError(dir);
      expect(error).toBeInstanceOf(ContentError);
      expect(error.message).toContain(`cases/${baseCase}.json`);
      for (const expected of fixture.expect) expect(error.message).toContain(expected);
    });
  }

  it("a file that is not JSON", () => {
    const dir = contentCopy();
    writeFileSync(join(dir, "cases", `${baseCase}.json`), "{ not json");
    expect(loadError(dir).message).toMatch(/raelingen-2020\.json: \(file\): not valid JSON/);
  });
});

describe("source texts", () => {
  const documentsFile = (dir: string) => join(dir, "documents", "gdprhub-nordic.json");
  const breakDocument = (mutate: (doc: any) => void) => {
    const dir = contentCopy();
    const docs = JSON.parse(readFileSync(documentsFile(dir), "utf8"));
    mutate(docs.find((d: any) => d.id === "datatilsynet-norway-20-02191"));
    writeFileSync(documentsFile(dir), JSON.stringify(docs));
    return loadError(dir).message;
  };

  it("fails when a text's sha256 differs, naming the document and how to fix it", () => {
    const message = breakDocument((doc) => (doc.text.sha256 = "0".repeat(64)));
    expect(message).toContain('"datatilsynet-norway-20-02191" has changed');
    expect(message).toContain("import:corpus");
  });

  it("fails when a text is missing, saying how to provide it", () => {
    const message = breakDocument((doc) => (doc.text.path = "corpus/gdprhub-nordic/texts/missing.md"));
    expect(message).toContain("is missing");
    expect(message).toContain("ART83_SHARED");
  });

  it("fails on a document that names an unknown authority", () => {
    const message = breakDocument((doc) => (doc.authority = "no-such-body"));
    expect(message).toContain('unknown authority "no-such-body"');
    expect(message).toContain("gdprhub-nordic.json");
  });
});

describe("redactions", () => {
  it("removes the names of private people from the texts we show", () => {
    const library = loadLibrary();
    const text = library.text("datatilsynet-norway-21-02504").paragraphs.map((p) => p.text).join("\n");
    expect(text).not.toContain("Brede Hagen Jørgensen");
    expect(text).toContain("[name removed]");
  });

  it("removes them from GDPRhub's list of parties as well", () => {
    const library = loadLibrary();
    const parties = library.documents.get("datatilsynet-norway-20-01727")!.metadata!.parties!;
    expect(parties).not.toMatch(/Bra(t)?seth/);
    expect(parties).toContain("Ferde AS");
  });

  it("removes every written form of a redacted name: the Ferde decision's ¶50 as well", () => {
    const library = loadLibrary();
    const paragraphs = library.text("datatilsynet-norway-20-01727").paragraphs;
    expect(paragraphs.map((p) => p.text).join("\n")).not.toMatch(/Bra(t)?seth/);
    expect(paragraphs.find((p) => p.id === "p50")!.text).toContain("previous agreements with UBS / [name removed]");
  });

  it("fails naming document, paragraph and token when a form of the name is not covered", () => {
    const dir = contentCopy();
    const file = join(dir, "redactions.json");
    const rules = JSON.parse(readFileSync(file, "utf8")).map((r: { variants?: string[] }) => ({ ...r, variants: undefined }));
    writeFileSync(file, JSON.stringify(rules));
    expect(() => loadLibrary({ contentDir: dir }).text("datatilsynet-norway-20-01727")).toThrow(
      /datatilsynet-norway-20-01727 p50: "Bratseth" \(from "Unitel Bratseth Services"\)/,
    );
  });

  it("fails when a redaction no longer matches its text", () => {
    const dir = contentCopy();
    writeFileSync(
      join(dir, "redactions.json"),
      JSON.stringify([{ document: "datatilsynet-norway-21-02504", text: "Nobody Inthetext", reason: "test" }]),
    );
    expect(() => loadLibrary({ contentDir: dir }).text("datatilsynet-norway-21-02504")).toThrow(/no longer occurs/);
  });
});
