/**
 * zod, configured for the browser: import `z` from here, never from "zod" directly, in any module
 * a page may ship. zod 4 compiles object parsers with `new Function` and, to decide whether it may,
 * probes for eval; under the site's policy (no 'unsafe-eval') that probe is reported as a
 * Content-Security-Policy violation even though zod catches it. `jitless` must be set before the
 * first schema is built (object schemas decide at construction), which ES module order guarantees
 * for every module that imports this one.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
