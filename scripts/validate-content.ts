/**
 * Loads and checks all content against its schema and sources, as the build does.
 *   npm run validate:content
 */
import { sizePinpoints } from "../src/domain/size.ts";
import { loadLibrary } from "../src/domain/sources/repository.ts";

const started = performance.now();
try {
  const library = loadLibrary();
  const pinpoints = library.cases.reduce(
    (n, c) => n + Object.values(c.factors).filter((f) => f.pinpoint).length + c.arguments.filter((a) => a.pinpoint).length,
    0,
  );
  const sized = library.cases.filter((c) => c.controller.size);
  const sizePins = sized.reduce((n, c) => n + sizePinpoints(c).length, 0);
  console.log(
    `content ok: ${library.cases.length} cases, ${library.documents.size} documents, ${library.authorities.size} authorities, ` +
      `${pinpoints} factor/argument and ${sizePins} size pinpoints (${sized.length} cases with a size) checked in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
