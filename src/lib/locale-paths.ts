/**
 * Site-internal links in a locale: English at the root, every other locale under its prefix
 * (/nb/…); files such as /data/cases.csv are shared and stay at the root. Free of the strings, so
 * a browser script can use it too.
 */
import { casePath, createPathFormatter, decisionPath } from "../domain/paths.ts";
import { defaultLocale, type Locale } from "../i18n/locales.ts";

export const rootHref = createPathFormatter(import.meta.env.BASE_URL);
export const localePrefix = (locale: Locale) => (locale === defaultLocale ? "" : `/${locale}`);

export interface LocaleHrefs {
  /** Site-internal link in the locale (a file keeps its one address at the root). */
  href: (path: string) => string;
  /** A case page in the locale. */
  caseHref: (id: string) => string;
  /** A decision page (and paragraph) in the locale. */
  decisionHref: (id: string, paragraph?: string) => string;
}

export function localeHrefs(locale: Locale): LocaleHrefs {
  const href = (path: string) =>
    /\.[a-z0-9]+$/i.test(path.split(/[?#]/)[0]!) ? rootHref(path) : rootHref(`${localePrefix(locale)}${path.startsWith("/") ? path : `/${path}`}`);
  return { href, caseHref: (id) => href(casePath(id)), decisionHref: (id, paragraph) => href(decisionPath(id, paragraph)) };
}
