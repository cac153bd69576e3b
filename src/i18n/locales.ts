/**
 * The site's locales and their Intl locales, apart from the strings themselves: what a browser
 * script needs before it has loaded its page's strings (src/i18n/islands.ts).
 */
export const intlLocales = { en: "en-GB", nb: "nb-NO" } as const;
/** en is British English for "18 March 2019"; nb Norwegian bokmål for "18. mars 2019". */
export type Locale = keyof typeof intlLocales;
export const defaultLocale: Locale = "en";
/** A locale named in the page (data-locale), or the default. */
export const localeOr = (value: string | undefined): Locale => (value !== undefined && value in intlLocales ? (value as Locale) : defaultLocale);
