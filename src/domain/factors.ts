/**
 * The eleven criteria of GDPR Article 83(2), (a) to (k), in our own words.
 * The letter is the stable key used in case files, exports and URLs.
 */
export const factorLetters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"] as const;
export type FactorLetter = (typeof factorLetters)[number];

export interface FactorDefinition {
  letter: FactorLetter;
  /** Short label for tables. */
  label: string;
  /** What the authority looks at under this letter, for students and the calculator. */
  explanation: string;
}

export const factorCatalogue: Record<FactorLetter, FactorDefinition> = {
  a: {
    letter: "a",
    label: "Nature, gravity and duration",
    explanation:
      "How serious the infringement was: what processing it concerned, its purpose, how many people were affected, how much harm they suffered and how long it lasted.",
  },
  b: {
    letter: "b",
    label: "Intent or negligence",
    explanation:
      "Whether the controller acted on purpose or through carelessness, such as ignoring its own routines or known risks.",
  },
  c: {
    letter: "c",
    label: "Action to mitigate the damage",
    explanation: "What the controller did to limit the harm to the people affected once it knew of the problem.",
  },
  d: {
    letter: "d",
    label: "Degree of responsibility",
    explanation:
      "How far the controller is to blame given the technical and organisational measures it was obliged to have in place (Articles 25 and 32).",
  },
  e: {
    letter: "e",
    label: "Previous infringements",
    explanation: "Whether the controller has infringed data protection rules before, especially in a similar way.",
  },
  f: {
    letter: "f",
    label: "Cooperation with the authority",
    explanation: "How far the controller helped the authority to remedy the infringement and limit its effects, beyond what the law requires anyway.",
  },
  g: {
    letter: "g",
    label: "Categories of personal data",
    explanation:
      "Which kinds of data were affected: special categories (Article 9), criminal records (Article 10), children's data and other sensitive information weigh heavier.",
  },
  h: {
    letter: "h",
    label: "How the authority learned of it",
    explanation:
      "Whether the controller notified the authority itself, and to what extent; a notification the law requires anyway rarely counts in mitigation.",
  },
  i: {
    letter: "i",
    label: "Compliance with earlier orders",
    explanation: "Whether the controller complied with corrective measures the authority had already ordered on the same subject (Article 58(2)).",
  },
  j: {
    letter: "j",
    label: "Codes of conduct and certification",
    explanation: "Whether the controller adhered to an approved code of conduct (Article 40) or certification mechanism (Article 42).",
  },
  k: {
    letter: "k",
    label: "Other circumstances",
    explanation:
      "Anything else that aggravates or mitigates, such as financial benefit gained or losses avoided, or a public body's financial situation.",
  },
};

/** How an authority weighed a factor in a decided case. */
export const factorDirections = ["aggravating", "mitigating", "neutral", "not-assessed"] as const;
export type FactorDirection = (typeof factorDirections)[number];
