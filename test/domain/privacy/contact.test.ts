import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEmails, findPhones } from "../../../src/domain/privacy/contact.ts";

const emails = (text: string) => findEmails(text).map((e) => e.text);
const phones = (text: string) => findPhones(text).map((p) => p.text);

describe("e-mail addresses in any written form", () => {
  it.each([
    // As the Finnish decisions print them.
    ["Data Protection Commissioner Anu Talus, anu.talus(at)om.fi, tel. 029 566 6766", "anu.talus(at)om.fi"],
    ["Chief Inspector Niina Miettinen, 029 566 6774, anu.talus (at) om.fi", "anu.talus (at) om.fi"],
    ["to the data controller (tietosuoja-asiat(at)otavamedia.fi) regarding", "tietosuoja-asiat(at)otavamedia.fi"],
    ["Heljä-Tuulia Pihamaa, helja-tuulia.pihamaa(at)om.fi, tel.", "helja-tuulia.pihamaa(at)om.fi"],
    // And the other ways people write them.
    ["write to name[at]domain.se today", "name[at]domain.se"],
    ["write to name at domain dot no today", "name at domain dot no"],
    ["write to name(a)domain.dk today", "name(a)domain.dk"],
    ["write to name @ domain . fi today", "name @ domain . fi"],
    ["skriv till förnamn(ät)myndighet.se idag", "förnamn(ät)myndighet.se"],
    ["skriv till namn snabel-a domän punkt se idag", "namn snabel-a domän punkt se"],
    ["write to NAME(AT)DOMAIN(DOT)COM today", "NAME(AT)DOMAIN(DOT)COM"],
    ["write to name {at} sub.domain [dot] co [dot] uk today", "name {at} sub.domain [dot] co [dot] uk"],
    ["E-mail: lars.torin@ostersund.se", "lars.torin@ostersund.se"],
  ])("finds the address in %j", (text, address) => {
    expect(emails(text)).toEqual([address]);
  });

  it.each([
    // Real sentences from the corpus: "at" before a web site, "(a)" of a provision, a product name.
    "he tried to delete his customer account online at cdon.dk by",
    "log into his customer account at Otavamedia.fi/kirjaudu (the data subject's contact information",
    "as follows from the overview above GPs at helsenorge.no (the public health portal)",
    "At Legelisten.no you can enter anonymous assessments of",
    "Violations of the personal data security at nemlig.com A / S",
    "as a password for reading Secure @ Mail on a web server.",
    "Article 9 (1) (a) and Article 9 (1) 2, letter a.",
    "Article 12 (a) and (b) of Directive 95/46.",
    "The University Hospital, which at the time of the inspection was close to 18,000.",
    "The safety measures must be documented at the request of the Municipality.",
    "Postings at the school's learning platform Showbie were visible.",
    "referred to an attachment with the decision of the dean [at] the University of Iceland in a case",
  ])("finds none in %j", (text) => {
    expect(emails(text)).toEqual([]);
  });

  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
  const tld = fc.constantFrom("fi", "se", "no", "dk", "is", "com", "org", "eu");
  const written = fc.constantFrom(
    (l: string, d: string, t: string) => `${l}(at)${d}.${t}`,
    (l: string, d: string, t: string) => `${l} (at) ${d}.${t}`,
    (l: string, d: string, t: string) => `${l}[at]${d}.${t}`,
    (l: string, d: string, t: string) => `${l}(a)${d}.${t}`,
    (l: string, d: string, t: string) => `${l}(ät)${d}.${t}`,
    (l: string, d: string, t: string) => `${l} @ ${d} . ${t}`,
    (l: string, d: string, t: string) => `${l} at ${d} dot ${t}`,
    (l: string, d: string, t: string) => `${l}(at)${d}(dot)${t}`,
    (l: string, d: string, t: string) => `${l}@${d}.${t}`,
  );

  it("finds generated addresses in every written form, inside a sentence", () => {
    fc.assert(
      fc.property(label, label, label, tld, written, (first, last, domain, t, write) => {
        const address = write(`${first}.${last}`, domain, t);
        expect(emails(`Questions to ${address}, or by post.`)).toEqual([address]);
      }),
      { numRuns: 1000 },
    );
  });

  it("finds none in ordinary prose with 'at' between any words", () => {
    const word = fc.stringMatching(/^[a-z]{2,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), word, (before, after) => {
        expect(emails(`${before.join(" ")} at ${after}. The decision at the school was at ${after}.com.`)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("phone numbers", () => {
  it.each([
    ["Ring +47 62 94 20 00 i dag", "+47 62 94 20 00"],
    ["Olavs plass(+47) 90299216 post", "(+47) 90299216"],
    ["+358 29 566 6700 (exchange)", "+358 29 566 6700"],
    ["call 0046 8 657 61 00", "0046 8 657 61 00"],
    ["+354 510 9600", "+354 510 9600"],
    ["Tel. 33 19 32 00", "Tel. 33 19 32 00"],
    ["Telefon: 063-14 34 66", "Telefon: 063-14 34 66"],
    ["puh. 029 566 6766", "puh. 029 566 6766"],
    ["sentralbord 62 94 20 00.", "sentralbord 62 94 20 00"],
    ["Datatilsynet, 22 39 69 00, Oslo", "22 39 69 00"],
    ["på 468 88 911 eller", "468 88 911"],
    ["Phone: 08-657 61 00", "Phone: 08-657 61 00"],
    ["tel. 029 566 6766 The decision", "tel. 029 566 6766"],
    ["ring 040 123 4567 i morgon", "040 123 4567"],
    ["ring 0771-123456 i morgon", "0771-123456"],
  ])("finds the number in %j", (text, number) => {
    expect(phones(text)).toEqual([number]);
  });

  it.each([
    "case 20/02191",
    "journal number 2018-32-0232",
    "DI-2019-3839",
    "a fine of NOK 12 500 000",
    "NOK 1 600 000 and SEK 500 000",
    "SEK 1,600,000",
    "decided 2020-07-02",
    "by telephone 2020-05-12 and",
    "on 01 02 2020 at noon",
    "in 2018 2019 2020",
    "org. no. 974 761 467",
    "Klarna Bank AB (organisation number 556573-5668)",
    "by e-mail and telephone. 2020010382 ¶ 43",
    "Article 6 (1) (f) of Regulation 2016/679",
    "HSLF-FS 2016: 40",
    "IN STOCKHOLM 2023-09-07 1930-23 Section 8",
    "by phone on 22 March 2020",
  ])("finds none in %j", (text) => {
    expect(phones(text)).toEqual([]);
  });

  it("finds generated Norwegian and Danish numbers in pairs, with or without the country code", () => {
    const pair = fc.integer({ min: 10, max: 99 }).map(String);
    fc.assert(
      fc.property(fc.tuple(pair, pair, pair, pair), fc.constantFrom("", "+45 ", "+47 "), (groups, code) => {
        const number = `${code}${groups.join(" ")}`;
        expect(phones(`Ring ${number} i dag.`)).toEqual([number]);
      }),
      { numRuns: 500 },
    );
  });

  it("never takes an amount grouped in thousands for a phone number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom("NOK", "SEK", "DKK", "EUR", "ISK"), (amount, currency) => {
        const grouped = amount.toLocaleString("en-US").replace(/,/g, " ");
        expect(phones(`a fine of ${currency} ${grouped} was imposed`)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
