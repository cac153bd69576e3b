import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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

/** A copy of the real content folder, to break one thing in (the 18 MB library is linked unless asked for). */
function contentCopy(options: { library?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "art83-content-"));
  scratch.push(dir);
  cpSync(contentDir, dir, { recursive: true, filter: (src) => options.library === true || src !== join(contentDir, "library") });
  if (!options.library) symlinkSync(join(contentDir, "library"), join(dir, "library"));
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

/** The error of a content copy with one JSON file at the top of content/ edited. */
function editContentFile(name: string, edit: (json: any) => void): ContentError | Error {
  const dir = contentCopy();
  const file = join(dir, name);
  const json = JSON.parse(readFileSync(file, "utf8"));
  edit(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return loadError(dir);
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

describe("argument kinds", () => {
  const editKinds = (edit: (kinds: any[]) => void) => editContentFile("argument-kinds.json", edit);

  it("loads every kind in file order, each named by some argument", () => {
    const library = loadLibrary();
    expect(library.argumentKinds.length).toBeGreaterThanOrEqual(12);
    expect(library.argumentKinds.length).toBeLessThanOrEqual(20);
    const named = new Set(library.cases.flatMap((c) => c.arguments.flatMap((a) => a.kinds)));
    expect(library.argumentKinds.map((k) => k.id).filter((id) => !named.has(id))).toEqual([]);
  });

  it("fails on a kind that no argument names, naming the file and the kind", () => {
    let index = -1;
    const error = editKinds((kinds) => (index = kinds.push({ id: "weather", label: "The weather", description: "The weather was bad that day, so the fine should be lower.", nb: { label: "Været", description: "Været var dårlig den dagen, så gebyret bør bli lavere." } }) - 1));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain(`argument-kinds.json: [${index}] (weather): kind "weather" is named by no argument`);
  });

  it("fails on a kind id used twice", () => {
    const error = editKinds((kinds) => kinds.push({ ...kinds[0] }));
    expect(error.message).toContain('kind id "self-reported" is used twice');
  });

  it("fails on a kind without a description", () => {
    const error = editKinds((kinds) => delete kinds[3].description);
    expect(error.message).toMatch(/argument-kinds\.json: \[3\] \(quick-containment\)\.description/);
  });

  it("requires every kind in bokmål: a kind without nb, or with an nb lacking its description, fails naming the kind", () => {
    const without = editKinds((kinds) => delete kinds[5].nb);
    expect(without).toBeInstanceOf(ContentError);
    expect(without.message).toMatch(/argument-kinds\.json: \[5\] \(cooperation\)\.nb: write the kind's label and description in bokmål/);
    const partial = editKinds((kinds) => delete kinds[0].nb.description);
    expect(partial.message).toMatch(/argument-kinds\.json: \[0\] \(self-reported\)\.nb\.description/);
    const extra = editKinds((kinds) => (kinds[0].nb.note = "ekstra"));
    expect(extra.message).toMatch(/\[0\] \(self-reported\)\.nb/);
  });

  it("fails when a bokmål description names another kind by a label no kind has", () => {
    const renamed = editKinds((kinds) => (kinds.find((k) => k.id === "earlier-cases").nb.label = "Andre saker"));
    expect(renamed.message).toContain("[11] (fine-too-high).nb.description: «Sammenligning med andre saker eller praksis» is no kind's nb label");
  });

  it("fails when an English description names another kind by its id or by a label no kind has", () => {
    const byId = editKinds((kinds) => (kinds.find((k) => k.id === "fine-too-high").description = "Too high. Not: comparison with named cases (earlier-cases)."));
    expect(byId.message).toContain('(fine-too-high).description: names the kind "earlier-cases" by its id, which readers do not see; write “Comparison with other cases or practice”');
    const renamed = editKinds((kinds) => (kinds.find((k) => k.id === "earlier-cases").label = "Other cases"));
    expect(renamed.message).toContain("[11] (fine-too-high).description: “Comparison with other cases or practice” is no kind's label");
  });

  it("fails when an argument names a kind the file no longer has", () => {
    const error = editKinds((kinds) => kinds.splice(kinds.findIndex((k) => k.id === "self-reported"), 1));
    expect(error.message).toContain('cases/raelingen-2020.json: arguments[3].kinds[0]: unknown argument kind "self-reported"');
  });
});

describe("factor guide", () => {
  const editGuide = (edit: (guide: any) => void) => editContentFile("factor-guide.json", edit);

  it("loads all eleven letters in order, each guideline number traced to a decision that cites it", () => {
    const { factorGuide } = loadLibrary();
    expect(factorGuide.factors.map((f) => f.letter).join("")).toBe("abcdefghijk");
    const g = factorGuide.factors.find((f) => f.letter === "g")!;
    expect(g.paragraphs[0]).toMatchObject({ paragraphs: "57", version: "2.1", citedIn: { document: "tietosuojavaltuutetun-toimisto-finland-tsv-108-2022", paragraph: "p76" } });
  });

  it("has every text in Norwegian too, for the nb pages", () => {
    const { factorGuide } = loadLibrary();
    const missing = factorGuide.factors.flatMap((f) => [
      ...(f.explanation.nb ? [] : [`${f.letter}.explanation`]),
      ...f.paragraphs.filter((p) => !p.citedFor.nb).map((p) => `${f.letter}.paragraphs ${p.paragraphs}`),
    ]);
    expect(missing).toEqual([]);
    expect(factorGuide.guidelines.note.nb).toBeTruthy();
  });

  it("fails on a paragraph number the citing decision does not give, naming the letter and the quote", () => {
    const error = editGuide((guide) => (guide.factors[6].paragraphs[0].citedIn.quote = "paragraph 58"));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain('factor-guide.json: factors[6] (g).paragraphs[0].citedIn.quote: "paragraph 58" is not in tietosuojavaltuutetun-toimisto-finland-tsv-108-2022#p76');
  });

  it("fails on a missing or repeated letter", () => {
    const error = editGuide((guide) => guide.factors.splice(3, 1));
    expect(error.message).toContain("list each letter once, in order");
  });
});

describe("library texts", () => {
  const documentsFile = (dir: string) => join(dir, "documents", "gdprhub-nordic.json");
  const breakDocument = (mutate: (doc: any) => void, dir = contentCopy()) => {
    const docs = JSON.parse(readFileSync(documentsFile(dir), "utf8"));
    mutate(docs.find((d: any) => d.id === "datatilsynet-norway-20-02191"));
    writeFileSync(documentsFile(dir), JSON.stringify(docs));
    return loadError(dir).message;
  };

  it("fails when the registry expects another raw text than the library was made from, saying how to fix it", () => {
    const message = breakDocument((doc) => (doc.text.sha256 = "0".repeat(64)));
    expect(message).toContain('"datatilsynet-norway-20-02191" is out of date');
    expect(message).toContain("import:corpus");
  });

  it("fails when a library text is missing, saying how to make it", () => {
    const dir = contentCopy({ library: true });
    rmSync(join(dir, "library", "datatilsynet-norway-20-02191.json"));
    const message = loadError(dir).message;
    expect(message).toContain('"datatilsynet-norway-20-02191" is missing');
    expect(message).toContain("import:corpus");
  });

  it("fails when a library text was edited into a shape it cannot have", () => {
    const dir = contentCopy({ library: true });
    const file = join(dir, "library", "datatilsynet-norway-20-02191.json");
    const stored = JSON.parse(readFileSync(file, "utf8"));
    stored.paragraphs[0].id = "paragraph-one";
    writeFileSync(file, JSON.stringify(stored));
    expect(loadError(dir).message).toMatch(/library text schema.*paragraphs\[0\]\.id/);
  });

  it("fails on a document that names an unknown authority", () => {
    const message = breakDocument((doc) => (doc.authority = "no-such-body"));
    expect(message).toContain('unknown authority "no-such-body"');
    expect(message).toContain("gdprhub-nordic.json");
  });

  it("reads nothing outside the repository", () => {
    // The build must work on a bare clone: point the raw inputs somewhere empty and load.
    const before = process.env.ART83_SHARED;
    process.env.ART83_SHARED = mkdtempSync(join(tmpdir(), "art83-no-shared-"));
    try {
      const library = loadLibrary({ contentDir: contentCopy() });
      expect(library.text("datatilsynet-norway-20-02191").paragraphs.length).toBeGreaterThan(50);
    } finally {
      if (before === undefined) delete process.env.ART83_SHARED;
      else process.env.ART83_SHARED = before;
    }
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

  it("fails when a library text still holds a name that a rule removes", () => {
    const dir = contentCopy();
    const stored = loadLibrary().text("datatilsynet-norway-21-02504").paragraphs[4]!;
    const name = stored.text.split(" ").slice(0, 3).join(" ");
    writeFileSync(join(dir, "redactions.json"), JSON.stringify([{ document: "datatilsynet-norway-21-02504", text: name, reason: "test" }]));
    const message = loadError(dir).message;
    expect(message).toContain(`content/library/datatilsynet-norway-21-02504.json: ${stored.id}: holds "${name}"`);
    expect(message).toContain("import:corpus");
  });
});

describe("Norwegian texts (nb): a record that claims the locale must hold every text in it", () => {
  const breakNb = (id: string, edit: (nb: any, record: any) => void) => {
    const dir = contentCopy();
    const file = join(dir, "cases", `${id}.json`);
    const record = JSON.parse(readFileSync(file, "utf8"));
    edit(record.nb, record);
    writeFileSync(file, JSON.stringify(record, null, 2));
    return loadError(dir);
  };

  it("fails on a missing factor note, naming the record and the path", () => {
    const error = breakNb("alesund-2021", (nb) => delete nb.factors.c);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain("cases/alesund-2021.json: nb.factors.c: the record claims nb");
  });

  it("fails on a note for a letter Article 83(2) does not have", () => {
    const error = breakNb("alesund-2021", (nb) => (nb.factors.l = "En bokstav som ikke finnes."));
    expect(error.message).toContain('cases/alesund-2021.json: nb.factors.l: unknown factor letter "l"');
  });

  it("fails on an argument too few, and on an argument without its answer", () => {
    const error = breakNb("aquateknikk-2021", (nb) => {
      nb.arguments.splice(2, 1);
      delete nb.arguments[0].answer;
    });
    expect(error.message).toContain("cases/aquateknikk-2021.json: nb.arguments: the nb block has 5 arguments, the record 6");
    expect(error.message).toContain("cases/aquateknikk-2021.json: nb.arguments[0].answer: the record claims nb");
  });

  it("fails on arguments in a record that has none, and on an appeal note the English lacks", () => {
    const error = breakNb("alesund-2021", (nb, record) => {
      nb.arguments = [{ argument: "Kommunen mente gebyret var for høyt.", answer: "Ikke fulgt." }];
      delete record.appeal;
    });
    expect(error.message).toContain("cases/alesund-2021.json: nb.arguments: the nb block has 1 arguments, the record 0");
    expect(error.message).toContain("cases/alesund-2021.json: nb.appeal: the English has no such text");
  });

  it("fails on an nb block without a title or with a field the shape does not have", () => {
    const error = breakNb("arbeidstilsynet-2022", (nb) => {
      delete nb.title;
      nb.tittel = "Arbeidstilsynet";
    });
    expect(error.message).toContain("cases/arbeidstilsynet-2022.json: nb.title:");
    expect(error.message).toContain('nb.tittel: unknown field "tittel"');
  });
});
