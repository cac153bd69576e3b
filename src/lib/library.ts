import { loadLibrary, type Library } from "../domain/sources/repository.ts";
import { dataCurrency, type DataCurrency } from "../domain/freshness.ts";

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
