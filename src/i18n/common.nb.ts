/** Words several islands share (country names, answers, article and paragraph references), bokmål. */
import type { Strings } from "./strings.ts";

export const countries: Strings["countries"] = { NO: "Norge", SE: "Sverige", DK: "Danmark", FI: "Finland", IS: "Island" };
export const result: Strings["result"] = { accepted: "Tatt til følge", partly: "Delvis tatt til følge", rejected: "Ikke tatt til følge", "not-answered": "Ikke besvart" };
export const articleValue: Strings["cases"]["filters"]["articleValue"] = (n: string) => `Art. ${n.replace(/^(\d+)\((\d+)\)(?:\(([a-z])\))?$/, (_, art: string, nr: string, letter?: string) => `${art} nr. ${nr}${letter ? ` bokstav ${letter}` : ""}`)}`;
export const pinpoint: Strings["case"]["pinpoint"] = (p: string) => `¶ ${p.slice(1)}`;
export const factorNames: Strings["factorNames"] = {
  a: {
    letter: "a",
    label: "Overtredelsens karakter, alvorlighetsgrad og varighet",
    explanation:
      "Hvor alvorlig overtredelsen var: hvilken behandling den gjaldt og formålet med den, hvor mange registrerte som ble berørt, hvor stor skade de ble påført og hvor lenge den varte.",
  },
  b: {
    letter: "b",
    label: "Forsett eller uaktsomhet",
    explanation: "Om den behandlingsansvarlige handlet med vilje eller av uaktsomhet, for eksempel ved å se bort fra egne rutiner eller kjente risikoer.",
  },
  c: {
    letter: "c",
    label: "Tiltak for å begrense skaden",
    explanation: "Hva den behandlingsansvarlige gjorde for å begrense skaden for de registrerte da den fikk vite om problemet.",
  },
  d: {
    letter: "d",
    label: "Grad av ansvar",
    explanation:
      "Hvor mye av skylden som ligger hos den behandlingsansvarlige, sett opp mot de tekniske og organisatoriske tiltakene den var forpliktet til å ha på plass (artikkel 25 og 32).",
  },
  e: {
    letter: "e",
    label: "Tidligere overtredelser",
    explanation: "Om den behandlingsansvarlige har brutt personvernreglene før, særlig på lignende måte.",
  },
  f: {
    letter: "f",
    label: "Samarbeid med tilsynsmyndigheten",
    explanation: "Hvor mye den behandlingsansvarlige hjalp tilsynsmyndigheten med å rette opp overtredelsen og begrense virkningene av den, utover det loven uansett krever.",
  },
  g: {
    letter: "g",
    label: "Kategorier av personopplysninger",
    explanation:
      "Hvilke typer opplysninger som ble berørt: særlige kategorier (artikkel 9), opplysninger om straffedommer og lovovertredelser (artikkel 10), opplysninger om barn og annen sensitiv informasjon veier tyngre.",
  },
  h: {
    letter: "h",
    label: "Hvordan tilsynsmyndigheten fikk kjennskap til overtredelsen",
    explanation:
      "Om den behandlingsansvarlige selv meldte fra til tilsynsmyndigheten, og i hvilket omfang; en melding loven uansett krever, teller sjelden som formildende.",
  },
  i: {
    letter: "i",
    label: "Etterlevelse av tidligere pålegg",
    explanation: "Om den behandlingsansvarlige har fulgt korrigerende tiltak tilsynsmyndigheten allerede hadde pålagt i samme sak (artikkel 58 nr. 2).",
  },
  j: {
    letter: "j",
    label: "Atferdsnormer og sertifisering",
    explanation: "Om den behandlingsansvarlige fulgte godkjente atferdsnormer (artikkel 40) eller godkjente sertifiseringsmekanismer (artikkel 42).",
  },
  k: {
    letter: "k",
    label: "Andre skjerpende eller formildende faktorer",
    explanation:
      "Alt annet som skjerper eller formilder, for eksempel økonomiske fordeler som er oppnådd eller tap som er unngått, eller en offentlig virksomhets økonomiske situasjon.",
  },
};
