/** The English strings on their own, for a browser script that loads one language (src/i18n/load.ts). */
export { en } from "./strings.ts";
