import { createFormatters, type Formatters } from "../domain/format.ts";
import { defaultLocale, intlLocales as intlLocale, t, type Locale, type Strings } from "../i18n/strings.ts";
import { localeHrefs, localePrefix as prefix, rootHref, type LocaleHrefs } from "./locale-paths.ts";

/**
 * The locales the site is built in. English lives at the root, every other locale under its own
 * prefix (/nb/…). A locale joins this list when its strings are complete.
 */
export const siteLocales: readonly Locale[] = [defaultLocale, "nb"];

const base = import.meta.env.BASE_URL;

/** The locale a page path belongs to: /nb/… is Norwegian, everything else English. */
export function localeOfPath(pathname: string): Locale {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const first = rest.replace(/^\//, "").split("/")[0];
  return (siteLocales as readonly string[]).includes(first ?? "") && first !== defaultLocale ? (first as Locale) : defaultLocale;
}

/** The same page in another locale: swaps the prefix, keeps the rest of the path. */
export function pathInLocale(pathname: string, target: Locale): string {
  const from = localeOfPath(pathname);
  const rest = pathname.startsWith(base) ? pathname.slice(base.length - (base.endsWith("/") ? 1 : 0)) : pathname;
  const bare = from === defaultLocale ? rest : rest.slice(prefix(from).length) || "/";
  return rootHref(`${prefix(target)}${bare}`);
}

export interface PageI18n extends LocaleHrefs {
  locale: Locale;
  /** The Intl locale the formatters use (en-GB, nb-NO): for formatters made elsewhere, the same. */
  intl: string;
  ui: Strings;
  fmt: Formatters;
}

const cache = new Map<Locale, PageI18n>();
export function i18nFor(locale: Locale): PageI18n {
  let found = cache.get(locale);
  if (!found) {
    found = { locale, intl: intlLocale[locale], ui: t(locale), fmt: createFormatters(intlLocale[locale]), ...localeHrefs(locale) };
    cache.set(locale, found);
  }
  return found;
}

/**
 * The page's locale, strings, formatters and links, read from its address; works in pages and
 * in components (Astro gives both the page's URL), so nothing threads a locale prop through.
 */
export function i18n(astro: { url: URL }): PageI18n {
  return i18nFor(localeOfPath(astro.url.pathname));
}

/**
 * getStaticPaths for a page under src/pages/[...lang]/: one path per locale (lang undefined for
 * English at the root). Pass a function to expand dynamic pages per locale.
 */
export function localePaths(): { params: { lang: string | undefined } }[];
export function localePaths<P extends Record<string, string | undefined>, Q>(
  expand: (locale: Locale) => { params: P; props?: Q }[],
): { params: P & { lang: string | undefined }; props?: Q }[];
export function localePaths(expand?: (locale: Locale) => { params: Record<string, string | undefined>; props?: unknown }[]) {
  return siteLocales.flatMap((locale) => {
    const lang = locale === defaultLocale ? undefined : locale;
    if (!expand) return [{ params: { lang } }];
    return expand(locale).map((p) => ({ ...p, params: { ...p.params, lang } }));
  });
}
