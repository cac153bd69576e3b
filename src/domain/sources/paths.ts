import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The environment variable that points the build at the shared source texts. */
export const SHARED_ENV = "ART83_SHARED";

/** The project root, found from this file so scripts, tests and Astro agree. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Where the external source texts live: `$ART83_SHARED`, else `../shared` beside the checkout.
 * Source texts are never committed, so a missing folder is an error a reader can act on.
 */
export function sharedDir(): string {
  const configured = process.env[SHARED_ENV];
  const dir = configured ? resolve(configured) : resolve(projectRoot, "../shared");
  if (!existsSync(dir)) {
    throw new Error(
      `Source texts not found at ${dir}. Put the shared folder (seeds/, corpus/, data/) beside the checkout, ` +
        `or set ${SHARED_ENV} to its path.`,
    );
  }
  return dir;
}

export const corpusDir = () => resolve(sharedDir(), "corpus/gdprhub-nordic");
export const seedsDir = () => resolve(sharedDir(), "seeds");
export const ratesFile = () => resolve(sharedDir(), "data/ecb-eurofxref-nordic.csv");
/** Our own data. `ART83_CONTENT` points the build at another copy (used to prove bad content fails the build). */
export const CONTENT_ENV = "ART83_CONTENT";
export const contentDir = process.env[CONTENT_ENV] ? resolve(process.env[CONTENT_ENV]) : resolve(projectRoot, "content");
