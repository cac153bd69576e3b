import type { Country, Currency } from "../schema/codes.ts";
import type { ControllerType } from "./scenario.ts";

/** The two fine tiers: Art. 83(4) (lower) and Art. 83(5)/(6) (upper). */
export type Tier = "lower" | "upper";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Art. 83(5): principles, lawfulness, consent, special categories, rights, transfers, orders (and 83(6)). */
const upperArticles = new Set([5, 6, 7, 9, ...range(12, 22), ...range(44, 49), 58, ...range(85, 91)]);
/** Art. 83(4)(a)–(c): obligations of controllers and processors, certification, monitoring bodies. */
const lowerArticles = new Set([8, 11, ...range(25, 39), 41, 42, 43]);

export const articleNumber = (article: string): number | undefined => {
  const m = /^(\d{1,2})/.exec(article);
  return m ? Number(m[1]) : undefined;
};

/**
 * The tier that follows from the articles infringed: the upper tier if any article falls under
 * Art. 83(5), else the lower if any falls under 83(4); undefined when none does (e.g. only Art. 24).
 */
export function tierOfArticles(articles: readonly string[]): Tier | undefined {
  const numbers = articles.map(articleNumber).filter((n): n is number => n !== undefined);
  if (numbers.some((n) => upperArticles.has(n))) return "upper";
  if (numbers.some((n) => lowerArticles.has(n))) return "lower";
  return undefined;
}

export const tierOfRecord = (tier: "83(4)" | "83(5)" | "83(6)" | undefined): Tier | undefined =>
  tier === undefined ? undefined : tier === "83(4)" ? "lower" : "upper";

export type MaximumRule = "gdpr-83-4" | "gdpr-83-5" | "se-public-lower" | "se-public-upper";

export interface LegalMaximum {
  amount: number;
  currency: Currency;
  rule: MaximumRule;
  /** The provision, as lawyers cite it. */
  basis: string;
  tier: Tier;
  /** True when no article fixed the tier and the upper (higher) maximum was assumed. */
  tierAssumed: boolean;
  /** For undertakings the GDPR maximum is the higher of this amount and a share of turnover. */
  turnoverMayRaise: boolean;
}

export type FineRegime =
  | { fineable: true; maximum: LegalMaximum; notes: LegalNote[] }
  | { fineable: false; reason: "fi-public"; basis: string; notes: LegalNote[] };

/** Notes that qualify every estimate for a country or controller type. */
export type LegalNote = "dk-courts" | "se-public" | "no-public" | "turnover" | "tier-assumed";

/**
 * The maximum fine under the law that applies today, given the tier the articles fix
 * (undefined: none does, and the upper tier is assumed).
 * Finnish public authorities cannot be fined (tietosuojalaki 1050/2018, 24 §); Swedish public
 * authorities have their own caps (dataskyddslagen 2018:218, 6 kap. 2 §); everyone else the GDPR's
 * fixed amounts (Art. 83(4)/(5)), which for undertakings rise with worldwide turnover.
 */
export function fineRegime(country: Country, controllerType: ControllerType, found: Tier | undefined): FineRegime {
  const tier: Tier = found ?? "upper";
  const notes: LegalNote[] = [];
  if (found === undefined) notes.push("tier-assumed");
  if (country === "DK") notes.push("dk-courts");
  if (country === "FI" && controllerType === "public") {
    return { fineable: false, reason: "fi-public", basis: "tietosuojalaki (1050/2018) 24 §", notes };
  }
  if (country === "SE" && controllerType === "public") {
    notes.push("se-public");
    return {
      fineable: true,
      notes,
      maximum: {
        amount: tier === "upper" ? 10_000_000 : 5_000_000,
        currency: "SEK",
        rule: tier === "upper" ? "se-public-upper" : "se-public-lower",
        basis: "dataskyddslagen (2018:218) 6 kap. 2 §",
        tier,
        tierAssumed: found === undefined,
        turnoverMayRaise: false,
      },
    };
  }
  if (country === "NO" && controllerType === "public") notes.push("no-public");
  const turnoverMayRaise = controllerType === "private";
  if (turnoverMayRaise) notes.push("turnover");
  return {
    fineable: true,
    notes,
    maximum: {
      amount: tier === "upper" ? 20_000_000 : 10_000_000,
      currency: "EUR",
      rule: tier === "upper" ? "gdpr-83-5" : "gdpr-83-4",
      basis: tier === "upper" ? "GDPR Art. 83(5)" : "GDPR Art. 83(4)",
      tier,
      tierAssumed: found === undefined,
      turnoverMayRaise,
    },
  };
}

/** Units of each currency per euro on one day (ECB reference rates). */
export type PerEur = Record<Currency, number>;

export const convertAt = (perEur: PerEur, amount: number, from: Currency, to: Currency): number =>
  from === to ? amount : (amount / perEur[from]) * perEur[to];
