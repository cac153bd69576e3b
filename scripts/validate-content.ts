/**
 * Loads and checks all content against its schema and sources, as the build does.
 *   npm run validate:content
 */
import { loadLibrary } from "../src/domain/sources/repository.ts";

const started = performance.now();
try {
  const library = loadLibrary();
  const pinpoints = library.cases.reduce(
    (n, c) => n + Object.values(c.factors).filter((f) => f.pinpoint).length + c.arguments.filter((a) => a.pinpoint).length,
    0,
  );
  console.log(
    `content ok: ${library.cases.length} cases, ${library.documents.size} documents, ${library.authorities.size} authorities, ` +
      `${pinpoints} factor/argument pinpoints checked in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
