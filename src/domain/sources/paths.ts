import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The environment variable that points the import at the shared raw inputs (seeds, corpus, rates). */
export const SHARED_ENV = "ART83_SHARED";
/** Points the import at another copy of the GDPRhub corpus (decisions.csv and texts/). */
export const CORPUS_ENV = "ART83_CORPUS";

/** The project root, found from this file so scripts, tests and Astro agree. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The raw inputs' folder: `$ART83_SHARED`, else `../shared` beside the checkout. Only the import reads it. */
export function sharedDirPath(): string {
  const configured = process.env[SHARED_ENV];
  return configured ? resolve(configured) : resolve(projectRoot, "../shared");
}

/** The raw inputs' folder, or an error a reader can act on when it is not there. */
export function sharedDir(): string {
  const dir = sharedDirPath();
  if (!existsSync(dir)) {
    throw new Error(
      `Raw inputs not found at ${dir}. Only \`npm run import:corpus\` needs them: put the shared folder ` +
        `(seeds/, corpus/, data/) beside the checkout, or set ${SHARED_ENV} to its path.`,
    );
  }
  return dir;
}

/** The GDPRhub corpus: `$ART83_CORPUS`, else `corpus/gdprhub-nordic` in the shared folder. */
export function corpusDirPath(): string {
  const configured = process.env[CORPUS_ENV];
  return configured ? resolve(configured) : resolve(sharedDirPath(), "corpus/gdprhub-nordic");
}
export const corpusDir = () => {
  const dir = corpusDirPath();
  if (!existsSync(dir)) throw new Error(`GDPRhub corpus not found at ${dir}: set ${CORPUS_ENV} or ${SHARED_ENV}.`);
  return dir;
};
export const seedsDir = () => resolve(sharedDir(), "seeds");
/** The ECB rates as the shared folder holds them (the import copies them into content/). */
export const sharedRatesFile = () => resolve(sharedDir(), "data/ecb-eurofxref-nordic.csv");

/** Whether the raw corpus is here: tests on real raw texts run only then. */
export const rawCorpusPresent = () => existsSync(resolve(corpusDirPath(), "decisions.csv"));

/** Our own data. `ART83_CONTENT` points the build at another copy (used to prove bad content fails the build). */
export const CONTENT_ENV = "ART83_CONTENT";
export const contentDir = process.env[CONTENT_ENV] ? resolve(process.env[CONTENT_ENV]) : resolve(projectRoot, "content");
/** Cleaned, redacted paragraphs of every text, one file per document, written by the import. */
export const libraryDir = (content: string = contentDir) => resolve(content, "library");
/** The ECB rates the build converts with, copied from the raw inputs by the import. */
export const ratesFile = (content: string = contentDir) => resolve(content, "rates/ecb-eurofxref-nordic.csv");
