/**
 * National identity numbers of the five Nordic countries, recognised by their check digits so a
 * case number or an amount of the same length is not taken for one.
 *
 *  - Norway, fødselsnummer: DDMMYY + 3-digit individual number + 2 mod-11 control digits; D-number
 *    (day + 40) and H-number (month + 40) too.
 *  - Denmark, CPR: DDMMYY-SSSS. Numbers issued since 2007 need not pass the old modulus-11 test,
 *    so a valid date written with the hyphen (the way a CPR number is printed) counts as one; ten
 *    bare digits count only when the modulus-11 test holds as well.
 *  - Sweden, personnummer: YYMMDD-NNNC ("+" from the 100th birthday) or YYYYMMDD(-)NNNC, Luhn
 *    check digit; samordningsnummer has day + 60.
 *  - Finland, henkilötunnus: DDMMYY, century sign (+ 1800s; - and U–Y 1900s; A–F 2000s), NNN,
 *    check character from the 31-character table.
 *  - Iceland, kennitala: DDMMYY-RRCK, K the century digit (8, 9, 0), C a mod-11 check digit.
 *    A kennitala with day + 40 belongs to a company, not a person, and is left alone.
 *
 * A match written with the hyphen (DDMMYY-NNNN) may be valid in several countries at once; all
 * of them are reported.
 */

export type IdentityCountry = "FI" | "NO" | "IS" | "SE" | "DK";

export interface IdentityNumberHit {
  text: string;
  index: number;
  /** Every country whose rules it passes. */
  countries: IdentityCountry[];
}

const digitsOf = (s: string) => [...s].map(Number);

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}
/** A DDMMYY date whose century is unknown: 29 February counts if any century allows it. */
const isShortDate = (yy: number, month: number, day: number) => isDate(2000 + yy, month, day) || isDate(1900 + yy, month, day);

// ---------------------------------------------------------------------------------------------
// Norway

const NO_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NO_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11Control(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const r = 11 - (sum % 11);
  return r === 11 ? 0 : r === 10 ? null : r;
}

/** Norwegian fødselsnummer or D-number: 11 digits, the date and both control digits valid. */
export function isNorwegianIdNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const d = digitsOf(value);
  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  if (day > 40) day -= 40; // D-number
  if (month > 40) month -= 40; // H-number
  if (!isShortDate(d[4]! * 10 + d[5]!, month, day)) return false;
  const k1 = mod11Control(d, NO_WEIGHTS_1);
  if (k1 === null || k1 !== d[9]) return false;
  const k2 = mod11Control(d, NO_WEIGHTS_2);
  return k2 !== null && k2 === d[10];
}

// ---------------------------------------------------------------------------------------------
// Denmark

const DK_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** The old CPR modulus-11 test (not met by every number issued since 2007). */
export function passesCprModulus11(value: string): boolean {
  const d = digitsOf(value.replace("-", ""));
  return d.length === 10 && DK_WEIGHTS.reduce((acc, w, i) => acc + w * d[i]!, 0) % 11 === 0;
}

/**
 * Danish CPR number. With the hyphen (DDMMYY-SSSS), any valid date counts; ten bare digits only
 * when the modulus-11 test also holds, as bare ten-digit runs are common otherwise.
 */
export function isDanishCpr(value: string): boolean {
  const m = /^(\d\d)(\d\d)(\d\d)(-?)(\d{4})$/.exec(value);
  if (!m) return false;
  if (!isShortDate(Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  return m[4] === "-" || passesCprModulus11(value);
}

// ---------------------------------------------------------------------------------------------
// Sweden

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Swedish personnummer or samordningsnummer (day + 60), 10 or 12 digits, with or without its separator. */
export function isSwedishPersonnummer(value: string): boolean {
  const m = /^(\d\d)?(\d\d)(\d\d)(\d\d)([-+]?)(\d{4})$/.exec(value);
  if (!m) return false;
  const century = m[1] === undefined ? null : Number(m[1]);
  if (century !== null && century !== 18 && century !== 19 && century !== 20) return false;
  if (century !== null && m[5] === "+") return false;
  const yy = Number(m[2]);
  const month = Number(m[3]);
  let day = Number(m[4]);
  if (day > 60) day -= 60; // samordningsnummer
  const dateOk = century === null ? isShortDate(yy, month, day) : isDate(century * 100 + yy, month, day);
  return dateOk && luhnValid(`${m[2]}${m[3]}${m[4]}${m[6]}`);
}

// ---------------------------------------------------------------------------------------------
// Finland

const FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const FI_CENTURY: Record<string, number> = { "+": 1800, "-": 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/** The check character of a henkilötunnus from its date and individual number (DDMMYY + NNN). */
export const finnishCheckCharacter = (dateAndNumber: string) => FI_CHECK[Number(dateAndNumber) % 31]!;

/** Finnish henkilötunnus: DDMMYYCNNNQ. */
export function isFinnishHetu(value: string): boolean {
  const m = /^(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value);
  if (!m) return false;
  const year = FI_CENTURY[m[4]!]! + Number(m[3]);
  if (!isDate(year, Number(m[2]), Number(m[1]))) return false;
  if (Number(m[5]) < 2) return false; // 000 and 001 are not issued
  return finnishCheckCharacter(`${m[1]}${m[2]}${m[3]}${m[5]}`) === m[6];
}

// ---------------------------------------------------------------------------------------------
// Iceland

const IS_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Icelandic kennitala of a person: DDMMYY-RRCK. */
export function isIcelandicKennitala(value: string): boolean {
  const m = /^(\d\d)(\d\d)(\d\d)-?(\d\d)(\d)([890])$/.exec(value);
  if (!m) return false;
  const century = m[6] === "8" ? 1800 : m[6] === "9" ? 1900 : 2000;
  if (!isDate(century + Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  const d = digitsOf(`${m[1]}${m[2]}${m[3]}${m[4]}`);
  const check = mod11Control(d, IS_WEIGHTS);
  return check !== null && check === Number(m[5]);
}

// ---------------------------------------------------------------------------------------------
// Finding them in text

/**
 * Candidates: six date digits, then a separator or none, then the rest. Not inside a longer run of
 * digits or a word, nor part of a case number ("2018-32-0232", "20/02191").
 */
const CANDIDATE = /(?<![\p{L}\p{N}\-/.,])(?:\d{8}-?\d{4}|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|\d{6} ?\d{5}|\d{6}[-+]?\d{4})(?![\p{L}\p{N}]|[\-/,.]\d)/gu;

/**
 * Whose identity number a candidate is: every country whose rules it passes, strongest check
 * first. A hyphenated DDMMYY-NNNN may pass more than one ("070761-4285" is a valid CPR number
 * and, read as YYMMDD, a valid samordningsnummer); empty when none.
 */
export function identityCountries(value: string): IdentityCountry[] {
  const out: IdentityCountry[] = [];
  if (/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(value) && isFinnishHetu(value)) out.push("FI");
  if (isNorwegianIdNumber(value.replace(" ", ""))) out.push("NO");
  if (isIcelandicKennitala(value)) out.push("IS");
  if (isSwedishPersonnummer(value)) out.push("SE");
  if (isDanishCpr(value)) out.push("DK");
  return out;
}

export function findIdentityNumbers(text: string): IdentityNumberHit[] {
  const out: IdentityNumberHit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const countries = identityCountries(m[0]);
    if (countries.length > 0) out.push({ text: m[0], index: m.index!, countries });
  }
  return out;
}
