import type { Locale } from "./locales.ts";
import type { Strings } from "./strings.ts";

/**
 * One locale's strings, loaded as a file of their own: a browser script ships only the language
 * of its page (the build renders with all of them, through src/i18n/strings.ts).
 */
export const loadStrings = (locale: Locale): Promise<Strings> =>
  locale === "nb" ? import("./nb.ts").then((m) => m.nb) : import("./en.ts").then((m) => m.en);
