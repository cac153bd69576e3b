import { amountStages } from "./cases.ts";
import type { CaseRecord, Pinpoint, SourceRef } from "./schema/case.ts";
import { sizePinpoints } from "./size.ts";
import type { CleanedText } from "./text/clean.ts";

/**
 * Ways an amount is written in the decisions: "NOK 500,000", "500 000 kroner", "kr 500.000",
 * "SEK 4 000 000", "1.6 million", "1,6 millioner", "EUR 8 300". Returns a regex that finds the
 * number in any of them (and not inside a longer number).
 */
export function amountPattern(amount: number): RegExp {
  const digits = String(Math.round(amount));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  const separated = groups.join("[\\s.,'’\u00a0\u202f]?");
  const alternatives = [separated];
  if (amount >= 1_000_000 && amount % 10_000 === 0) {
    const millions = amount / 1_000_000;
    const written = String(millions).replace(".", "[.,]");
    alternatives.push(`${written}\\s?(?:million|millioner|miljoner|miljon|milj\\.?|mill\\.?|mio\\.?|m\\b)`);
  }
  if (amount >= 1_000 && amount < 1_000_000 && amount % 1_000 === 0) {
    alternatives.push(`${amount / 1_000}\\s?(?:thousand|tusen|tusind|000)`);
  }
  return new RegExp(`(?<![\\d.,])(?:${alternatives.join("|")})(?![\\d]|[.,]\\d)`, "i");
}

export function findAmount(text: string, amount: number): string | undefined {
  const m = amountPattern(amount).exec(text);
  if (!m) return undefined;
  return text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, " ");
}

export interface AmountAudit {
  stage: string;
  amount: number;
  currency: string;
  /** Where the amount was found, or undefined. */
  foundIn: string | undefined;
  /** The record's own explanation when it is not in a text (an `unverified` note). */
  explanation: string | undefined;
}

export interface CaseAudit {
  id: string;
  amounts: AmountAudit[];
  pinpoints: { total: number; resolving: number; broken: string[] };
  unverified: boolean;
  disagreements: string[];
  notAssessed: number;
}

interface AuditSources {
  text(documentId: string): CleanedText;
  hasText(documentId: string): boolean;
}

function refs(record: CaseRecord): { where: string; ref: SourceRef | Pinpoint }[] {
  const out: { where: string; ref: SourceRef | Pinpoint }[] = [];
  record.sources.forEach((s, i) => out.push({ where: `sources[${i}]`, ref: s }));
  record.timeline.forEach((t, i) => out.push({ where: `timeline[${i}]`, ref: t.source }));
  for (const stage of amountStages) {
    const a = record.amounts[stage];
    if (a) out.push({ where: `amounts.${stage}`, ref: a.source });
  }
  for (const [letter, f] of Object.entries(record.factors)) if (f.pinpoint) out.push({ where: `factors.${letter}`, ref: f.pinpoint });
  record.arguments.forEach((a, i) => a.pinpoint && out.push({ where: `arguments[${i}]`, ref: a.pinpoint }));
  if (record.appeal?.source) out.push({ where: "appeal", ref: record.appeal.source });
  for (const [part, ref] of sizePinpoints(record)) out.push({ where: `controller.size.${part}`, ref });
  return out;
}

/** Checks one record against its sources: amounts present in the texts, pinpoints resolving. */
export function auditCase(record: CaseRecord, sources: AuditSources): CaseAudit {
  const documentIds = [...new Set(refs(record).map((r) => r.ref.document))].filter((id) => sources.hasText(id));
  const amounts: AmountAudit[] = [];
  for (const stage of amountStages) {
    const a = record.amounts[stage];
    if (!a) continue;
    // The amount's own source first, then every other text the case cites.
    const order = [a.source.document, ...documentIds.filter((id) => id !== a.source.document)].filter((id) => sources.hasText(id));
    let foundIn: string | undefined;
    for (const id of order) {
      for (const p of sources.text(id).paragraphs) {
        if (findAmount(p.text, a.amount)) {
          foundIn = `${id}#${p.id}`;
          break;
        }
      }
      if (foundIn) break;
    }
    // An amount of 0 records a fine annulled on appeal: there is no figure to find.
    const explanation = a.unverified ?? (a.amount === 0 ? "annulled (amount 0)" : undefined);
    amounts.push({ stage, amount: a.amount, currency: a.currency, foundIn, explanation });
  }
  const pinned = refs(record).filter((r) => r.ref.paragraph);
  const broken = pinned
    .filter(({ ref }) => !sources.hasText(ref.document) || !sources.text(ref.document).paragraphs.some((p) => p.id === ref.paragraph))
    .map(({ where, ref }) => `${where} → ${ref.document}#${ref.paragraph}`);
  return {
    id: record.id,
    amounts,
    pinpoints: { total: pinned.length, resolving: pinned.length - broken.length, broken },
    unverified: record.verification.status !== "verified",
    disagreements: record.verification.unverified.filter((u) => /^GDPRhub metadata/i.test(u)),
    notAssessed: Object.values(record.factors).filter((f) => f.direction === "not-assessed").length,
  };
}

/** An amount fails the audit when it is in no text and the record does not explain why. */
export const amountFails = (a: AmountAudit) => a.foundIn === undefined && !a.explanation;
