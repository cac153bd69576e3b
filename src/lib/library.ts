import { loadLibrary, type Library } from "../domain/sources/repository.ts";
import { createFormatters } from "../domain/format.ts";
import { defaultLocale, t } from "../i18n/strings.ts";

let cached: Library | undefined;

/** The checked content, loaded once per build. A problem fails the build with its file and field. */
export function library(): Library {
  cached ??= loadLibrary();
  return cached;
}

export const locale = defaultLocale;
export const ui = t(locale);
export const fmt = createFormatters("en-GB");
