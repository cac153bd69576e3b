/**
 * The codes the schemas, the estimator and the calculator page share, without zod: the browser
 * imports these and must not pull in the schema library (see ./primitives.ts for the schemas).
 */
export const countries = ["NO", "SE", "DK", "FI", "IS"] as const;
export type Country = (typeof countries)[number];

export const currencies = ["NOK", "SEK", "DKK", "ISK", "EUR"] as const;
export type Currency = (typeof currencies)[number];
/** Any currency the ECB rate file has a column for. */
export type RateCurrency = Currency | "USD" | "GBP";

/** The currency each authority fines in; the calculator and exports default to it. */
export const countryCurrency: Record<Country, Currency> = {
  NO: "NOK",
  SE: "SEK",
  DK: "DKK",
  FI: "EUR",
  IS: "ISK",
};

/**
 * An article of the GDPR as lawyers cite it: "5(1)(f)", "32(1)(b)", "35", "83(2)".
 * The first number decides the Art. 83 tier, so it must parse.
 */
export const articlePattern = /^(\d{1,2})(\(\d{1,2}\))?(\([a-z]\))?(\([a-z]{1,4}\))?$/;
