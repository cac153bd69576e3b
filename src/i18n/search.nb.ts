/** The search page's words, bokmål; a module of its own so its island loads only what it shows (./islands.ts). */
import type { Strings } from "./strings.ts";

export const search: Strings["search"] = {
  title: "Søk",
  label: "Søk i vedtak og saker",
  placeholder: "Søk i vedtak og saker",
  submit: "Søk",
  lead:
    "Søker i alle vedtakstekstene i biblioteket, våre sammendrag og faktormerknader og metadataene deres (behandlingsansvarlig, tilsynsmyndighet, saksnummer, system). Skrivefeil, manglende diakritiske tegn (Ostersund, Raelingen) og nordiske juridiske begreper (konsekvensvurdering, sanktionsavgift, tofaktor) forstås. Et oppslagsverktøy, ikke juridisk rådgivning: det er vedtakene selv som gjelder.",
  noScript: "Søket kjører i nettleseren og krever JavaScript, som er slått av eller ikke ble lastet. Du kan bla i stedet:",
  casesLink: "alle saker",
  decisionsLink: "vedtaksbiblioteket",
  loading: "Laster søkeindeksen …",
  searching: "Søker …",
  failed: (message: string) => `Søket mislyktes: ${message}`,
  empty: "Skriv et ord, et navn eller et saksnummer, for eksempel Showbie, tofaktor eller 20/02191.",
  none: (query: string) => `Ingen treff på «${query}».`,
  count: (shown: number, total: number, query: string) =>
    total > shown ? `${total} treff på «${query}»; de ${shown} beste vises.` : `${total} treff på «${query}».`,
  filters: "Filtre",
  country: "Land",
  body: "Organ",
  year: "År",
  article: "Artikkel i GDPR",
  articleOption: (article: string) => `Artikkel ${article}`,
  fine: "Bare med gebyr",
  any: "Alle",
  clear: "Nullstill filtrene",
  kind: { decision: "Vedtak", case: "Sak" },
  matches: (n: number) => (n === 1 ? "1 treffende avsnitt" : `${n} treffende avsnitt`),
  partOfCase: "Sak",
  byReference: "funnet på saksnummeret",
  keys: "Trykk / for å søke fra hvilken som helst side; ↑ og ↓ flytter mellom treffene, Enter åpner ett.",
  understood: "Søkte også etter",
  results: "Resultater",
  more: "Vis flere resultater",
  siteSearch: "Søk på nettstedet",
};
