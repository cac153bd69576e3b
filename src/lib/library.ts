import { loadLibrary, type Library } from "../domain/sources/repository.ts";
import { createFormatters } from "../domain/format.ts";
import { dataCurrency, type DataCurrency } from "../domain/freshness.ts";
import { defaultLocale, t } from "../i18n/strings.ts";

let cached: Library | undefined;

/** The checked content, loaded once per build. A problem fails the build with its file and field. */
export function library(): Library {
  cached ??= loadLibrary();
  return cached;
}

let currencyCached: DataCurrency | undefined;
/** How current the library is (newest decision, latest ECB rate), computed once per build. */
export function currency(): DataCurrency {
  const lib = library();
  currencyCached ??= dataCurrency({ cases: lib.cases, documents: lib.documents.values(), rates: lib.rates });
  return currencyCached;
}

export const locale = defaultLocale;
export const ui = t(locale);
export const fmt = createFormatters("en-GB");
