/**
 * Search on the Node side: the glossary from content/, the index built from the loaded library
 * (what the build emits and the command line queries), and loaders that serve index files from
 * memory or from a built site.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "../schema/zod.ts";
import { contentDir } from "../sources/paths.ts";
import type { Library } from "../sources/repository.ts";
import { buildSearchIndex, type BuildOptions, type BuiltIndex } from "./build.ts";
import { SearchEngine, type EngineOptions, type FileLoader } from "./engine.ts";
import { glossaryLanguages, type Glossary } from "./glossary.ts";
import { searchRecords } from "./source.ts";

const terms = z.array(z.string().min(1)).min(1);
export const glossarySchema = z.object({
  about: z.string().optional(),
  concepts: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        note: z.string().optional(),
        en: terms,
        ...Object.fromEntries(glossaryLanguages.filter((l) => l !== "en").map((l) => [l, terms.optional()])),
      }),
    )
    .min(1),
});

export function loadGlossary(dir: string = contentDir): Glossary {
  const file = resolve(dir, "glossary.json");
  const parsed = glossarySchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const ids = new Set<string>();
  for (const c of parsed.data.concepts) {
    if (ids.has(c.id)) throw new Error(`${file}: concept id "${c.id}" is used twice`);
    ids.add(c.id);
  }
  return parsed.data as Glossary;
}

/** The site's index, from the library and glossary the build uses. */
export function buildLibraryIndex(lib: Pick<Library, "documents" | "authorities" | "cases" | "text">, options: Partial<BuildOptions> = {}, glossary: Glossary = loadGlossary()): BuiltIndex {
  return buildSearchIndex(searchRecords(lib), glossary, options);
}

export function memoryLoader(files: Map<string, Uint8Array>): FileLoader {
  return async (path) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`search index has no file ${path}`);
    return bytes;
  };
}

export function openIndex(index: BuiltIndex, options: EngineOptions = {}): SearchEngine {
  return new SearchEngine(index.manifest, memoryLoader(index.files), options);
}
