import { csvFormat } from "d3-dsv";
import { z } from "./schema/zod.ts";
import { caseRecordSchema, sourceRefSchema, stageAmountSchema, type CaseRecord } from "./schema/case.ts";
import type { Authority } from "./schema/document.ts";
import { currencySchema, partialDateSchema } from "./schema/primitives.ts";
import { factorLetters } from "./factors.ts";
import { amountStages, decisionDate, isPreGdpr, withEur } from "./cases.ts";
import { caseEnding, endingKinds } from "./outcome.ts";
import type { RateTable } from "./money.ts";

export interface ExportContext {
  rates: RateTable;
  authorities: Map<string, Authority>;
  /** Absolute or site-relative URL of a case page. */
  caseUrl(id: string): string;
  /** The authority's own page of the case's decision, where one was found (content/originals.json). */
  originalUrl?(id: string): string | undefined;
}

const eurSchema = z.object({ amount: z.number(), rate: z.number(), rateDate: z.string() }).nullable();
const exportedAmountSchema = stageAmountSchema.extend({ eur: eurSchema });
const percentSchema = z.number().nullable().describe("Change in percent, rounded to two decimals; null without a comparable amount");

/** How the case ended (src/domain/outcome.ts), flattened for the export. */
export const endedAsSchema = z.strictObject({
  kind: z.enum(endingKinds),
  /** The last binding amount in major units: 0 when annulled, the recommendation for Denmark without a court outcome. */
  amount: z.number().nullable(),
  currency: currencySchema.nullable(),
  eur: z.number().nullable(),
  stage: z.enum(["notice", "decision", "appeal"]).nullable(),
  date: partialDateSchema.nullable(),
  source: sourceRefSchema.nullable(),
  recommendation: z.boolean().describe("The authority's amount is a recommendation to the police (Denmark)"),
  appealUnrecorded: z.enum(["decided", "pending", "unknown"]).nullable().describe("Appealed, but the effect on the amount is not recorded"),
});

/** A case in cases.json: the record as stored plus euro figures and how it ended. */
export const exportedCaseSchema = caseRecordSchema.extend({
  url: z.string(),
  originalUrl: z.string().nullable().describe("The authority's own page of the decision, where one was found; null otherwise"),
  preGdpr: z.boolean(),
  amounts: z.strictObject({
    notice: exportedAmountSchema.optional(),
    final: exportedAmountSchema.optional(),
    appeal: exportedAmountSchema.optional(),
  }),
  endedAs: endedAsSchema,
  noticeAmount: z.number().nullable(),
  decisionAmount: z.number().nullable(),
  appealAmount: z.number().nullable(),
  changeFromNotice: percentSchema,
  changeFromDecision: percentSchema,
});
export const casesExportSchema = z.strictObject({
  generatedFrom: z.string(),
  exchangeRates: z.string(),
  cases: z.array(exportedCaseSchema),
});
export type ExportedCase = z.infer<typeof exportedCaseSchema>;

const roundPercent = (p: number | undefined) => (p === undefined ? null : Math.round(p * 100) / 100);

/** How a case ended, with the euro figure at the rate of the ending's date. */
export function endedAs(record: CaseRecord, rates: RateTable): z.infer<typeof endedAsSchema> {
  const e = caseEnding(record);
  return {
    kind: e.kind,
    amount: e.amount?.amount ?? null,
    currency: e.amount?.currency ?? null,
    eur: e.amount ? (withEur(e.amount, rates).eur?.amount ?? null) : null,
    stage: e.stage ?? null,
    date: e.date ?? null,
    source: e.source ?? null,
    recommendation: e.recommendation,
    appealUnrecorded: e.appealUnrecorded ?? null,
  };
}

/** The JSON export: every record as stored, plus euro figures and derived fields. */
export function casesToJson(cases: CaseRecord[], ctx: ExportContext): z.infer<typeof casesExportSchema> {
  return {
    generatedFrom: "content/cases/*.json",
    exchangeRates: ctx.rates.source,
    cases: cases.map((record) => {
      const ending = caseEnding(record);
      return {
        ...record,
        url: ctx.caseUrl(record.id),
        originalUrl: ctx.originalUrl?.(record.id) ?? null,
        preGdpr: isPreGdpr(record),
        amounts: Object.fromEntries(
          amountStages.flatMap((stage) => {
            const amount = record.amounts[stage];
            if (!amount) return [];
            const converted = withEur(amount, ctx.rates);
            return [
              [
                stage,
                {
                  ...amount,
                  eur: converted.eur
                    ? { amount: converted.eur.amount, rate: converted.eur.rate?.perEur ?? 1, rateDate: converted.eur.rate?.rateDate ?? amount.date }
                    : null,
                },
              ],
            ];
          }),
        ),
        endedAs: endedAs(record, ctx.rates),
        noticeAmount: record.amounts.notice?.amount ?? null,
        decisionAmount: record.amounts.final?.amount ?? null,
        appealAmount: record.amounts.appeal?.amount ?? null,
        changeFromNotice: roundPercent(ending.changeFromNotice),
        changeFromDecision: roundPercent(ending.changeFromDecision),
      };
    }),
  };
}

/** One flat row per case, for spreadsheets. */
export function caseToRow(record: CaseRecord, ctx: ExportContext): Record<string, string | number> {
  const row: Record<string, string | number> = {
    id: record.id,
    title: record.title,
    authority: ctx.authorities.get(record.authority)?.name ?? record.authority,
    country: record.country,
    reference: record.reference,
    controller: record.controller.name,
    controller_type: record.controller.type,
    sector: record.controller.sector ?? "",
    regime: record.regime,
    pre_gdpr: isPreGdpr(record) ? "yes" : "no",
    decision_date: decisionDate(record) ?? "",
    outcome: record.outcome,
  };
  for (const stage of amountStages) {
    const amount = record.amounts[stage];
    const converted = amount ? withEur(amount, ctx.rates) : undefined;
    row[`${stage}_amount`] = amount?.amount ?? "";
    row[`${stage}_currency`] = amount?.currency ?? "";
    row[`${stage}_date`] = amount?.date ?? "";
    row[`${stage}_eur`] = converted?.eur?.amount ?? "";
    row[`${stage}_eur_rate`] = converted?.eur?.rate?.perEur ?? (amount?.currency === "EUR" ? 1 : "");
    row[`${stage}_eur_rate_date`] = converted?.eur?.rate?.rateDate ?? "";
  }
  const ended = endedAs(record, ctx.rates);
  const ending = caseEnding(record);
  row.ended_as = ended.kind;
  row.ended_amount = ended.amount ?? "";
  row.ended_currency = ended.currency ?? "";
  row.ended_eur = ended.eur ?? "";
  row.ended_stage = ended.stage ?? "";
  row.ended_date = ended.date ?? "";
  row.ended_source = ended.source?.document ?? "";
  row.ended_recommendation = ended.recommendation ? "yes" : "no";
  row.change_from_notice_pct = roundPercent(ending.changeFromNotice) ?? "";
  row.change_from_decision_pct = roundPercent(ending.changeFromDecision) ?? "";
  row.articles = record.articles.join("; ");
  row.tier = record.tier ?? "";
  row.data_subjects = record.dataSubjects.count ?? "";
  const yesNo = (v: boolean | undefined) => (v === undefined ? "" : v ? "yes" : "no");
  row.children = yesNo(record.dataSubjects.children);
  row.special_categories = yesNo(record.dataSubjects.specialCategories);
  row.criminal_data = yesNo(record.dataSubjects.criminalData);
  for (const letter of factorLetters) row[`factor_${letter}`] = record.factors[letter].direction;
  row.verification = record.verification.status;
  row.url = ctx.caseUrl(record.id);
  row.original_url = ctx.originalUrl?.(record.id) ?? "";
  return row;
}

export const casesToCsv = (cases: CaseRecord[], ctx: ExportContext) => csvFormat(cases.map((c) => caseToRow(c, ctx)));

/** JSON Schema of a case file, generated from the zod schema so the two cannot drift. */
export function caseJsonSchema() {
  return {
    $id: "cases.schema.json",
    title: "Art83 case record",
    ...z.toJSONSchema(caseRecordSchema, { io: "input", unrepresentable: "any" }),
  };
}

/** JSON Schema of cases.json: the records plus euro figures and how each case ended. */
export function casesExportJsonSchema() {
  return {
    $id: "cases-export.schema.json",
    title: "Art83 cases.json export",
    ...z.toJSONSchema(casesExportSchema, { io: "output", unrepresentable: "any" }),
  };
}
