import { csvFormat } from "d3-dsv";
import { z } from "./schema/zod.ts";
import { caseRecordSchema, type CaseRecord } from "./schema/case.ts";
import type { Authority } from "./schema/document.ts";
import { factorLetters } from "./factors.ts";
import { amountStages, decisionDate, isPreGdpr, withEur } from "./cases.ts";
import type { RateTable } from "./money.ts";

export interface ExportContext {
  rates: RateTable;
  authorities: Map<string, Authority>;
  /** Absolute or site-relative URL of a case page. */
  caseUrl(id: string): string;
}

/** The JSON export: every record as stored, plus euro figures and derived fields. */
export function casesToJson(cases: CaseRecord[], ctx: ExportContext) {
  return {
    generatedFrom: "content/cases/*.json",
    exchangeRates: ctx.rates.source,
    cases: cases.map((record) => ({
      ...record,
      url: ctx.caseUrl(record.id),
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
    })),
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
