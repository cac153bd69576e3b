import { z } from "./zod.ts";
import { factorDirections, factorLetters } from "../factors.ts";
import { sizeClasses } from "../size.ts";
import {
  articleSchema,
  countrySchema,
  currencySchema,
  isoDateSchema,
  paragraphIdSchema,
  partialDateSchema,
  slugSchema,
  turnoverCurrencySchema,
} from "./primitives.ts";

/**
 * A pointer into a paragraph of a source text, with a few words quoted from it.
 * The build checks the words are in that paragraph, so a change in text cleaning that
 * shifts paragraphs fails loudly instead of pointing a reader at the wrong text.
 */
export const pinpointSchema = z.object({
  document: slugSchema,
  paragraph: paragraphIdSchema,
  quote: z.string().min(6, { message: "quote at least a few words of the paragraph" }),
});
export type Pinpoint = z.infer<typeof pinpointSchema>;

/** Where a fact comes from: a document, optionally a paragraph of it. */
export const sourceRefSchema = z.object({
  document: slugSchema,
  paragraph: paragraphIdSchema.optional(),
  quote: z.string().min(6).optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** An amount at one stage of a case (notice, decision, appeal), in major units. */
export const stageAmountSchema = z.object({
  amount: z.number({ message: "expected a number in major units, e.g. 800000" }).nonnegative(),
  currency: currencySchema,
  /** As precise as the source gives it; a year or month converts at the period's last fixing. */
  date: partialDateSchema,
  source: sourceRefSchema,
  /** Set when the figure or its date could not be confirmed in a source we read. */
  unverified: z.string().optional(),
});
export type StageAmount = z.infer<typeof stageAmountSchema>;

const figureYearSchema = z.number().int().min(1990).max(2100);
/** Whose figure it is: the controller's own legal entity, or the group (undertaking) it belongs to. */
export const sizeScopes = ["entity", "group"] as const;

/** An annual turnover as a source states it. */
export const turnoverSchema = z
  .strictObject({
    amount: z
      .number({ message: "expected a number in major units, e.g. 168000000" })
      .nonnegative({ message: "a turnover cannot be negative" }),
    currency: turnoverCurrencySchema,
    /** The calendar year in which the financial year ends. */
    year: figureYearSchema,
    /** Only for a financial year that is not the calendar year, e.g. 1 September to 31 August. */
    period: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).optional(),
    scope: z.enum(sizeScopes),
    /** True when the authority estimated, annualised or gave only a lower bound, not an accounts figure. */
    estimated: z.boolean().optional(),
    /** Our note, e.g. where the figure comes from or what it leaves out. */
    note: z.string().min(3).optional(),
    pinpoint: pinpointSchema,
  })
  .refine((t) => !t.period || (t.period.start < t.period.end && t.period.end.startsWith(String(t.year))), {
    message: "the period must run forwards and end in `year`",
    path: ["period"],
  });
export type Turnover = z.infer<typeof turnoverSchema>;

/** A head count as a source states it (employees of a body, inhabitants of a municipality). */
export const headcountSchema = z.strictObject({
  count: z.number().int({ message: "expected a whole number" }).nonnegative(),
  year: figureYearSchema.optional(),
  note: z.string().min(3).optional(),
  pinpoint: pinpointSchema,
});

/**
 * What the sources state about the size of the undertaking. Absent = no source we read states
 * it (unknown); a part is present only when a pinpointed text states it.
 */
export const controllerSizeSchema = z
  .strictObject({
    turnover: turnoverSchema.optional(),
    employees: headcountSchema.extend({ scope: z.enum(sizeScopes) }).optional(),
    /** For a municipality or region, when the text gives its population. */
    inhabitants: headcountSchema.optional(),
    /** The authority's own words about the size, e.g. "a large company", and the class they put it in. */
    stated: z
      .strictObject({
        class: z.enum(sizeClasses),
        words: z.string().min(3),
        note: z.string().min(3).optional(),
        pinpoint: pinpointSchema,
      })
      .optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), {
    message: "leave size out when no source states it; an empty size says nothing",
  });
export type ControllerSize = z.infer<typeof controllerSizeSchema>;

/** The law a case was decided under: the GDPR or an old national act (their names are in src/i18n/strings.ts, case.regimes). */
export const legalRegimes = ["gdpr", "no-pda-2000", "se-pul-1998", "dk-pdl-2000", "fi-hetil-1999", "is-2000"] as const;
export type LegalRegime = (typeof legalRegimes)[number];
const regimeIds = [...legalRegimes] as [LegalRegime, ...LegalRegime[]];

export const legalMaximumSchema = z.object({
  amount: z.number().positive(),
  currency: currencySchema,
  /** The rule that sets it, e.g. "GDPR Art. 83(5)" or "dataskyddslagen 6 kap. 2 §". */
  basis: z.string().min(3),
  unverified: z.string().optional(),
});

export const factorAssessmentSchema = z
  .object({
    direction: z.enum(factorDirections),
    /** Our own one-sentence note. */
    note: z.string().min(3),
    pinpoint: pinpointSchema.optional(),
  })
  .refine((f) => f.direction === "not-assessed" || f.pinpoint !== undefined, {
    message: "an assessed factor needs a pinpoint to where the authority says it",
    path: ["pinpoint"],
  });
export type FactorAssessment = z.infer<typeof factorAssessmentSchema>;

const factorShape = Object.fromEntries(factorLetters.map((l) => [l, factorAssessmentSchema])) as Record<
  (typeof factorLetters)[number],
  typeof factorAssessmentSchema
>;
/** All eleven letters, no others: a typo such as "l" is an error, not a silent extra. */
export const factorsSchema = z.strictObject(factorShape);

export const argumentResults = ["accepted", "partly", "rejected", "not-answered"] as const;
export type ArgumentResult = (typeof argumentResults)[number];

export const argumentSchema = z.object({
  argument: z.string().min(3),
  answer: z.string().min(3),
  result: z.enum(argumentResults),
  /** Ids from content/argument-kinds.json, the main kind first. */
  kinds: z
    .array(slugSchema)
    .min(1, { message: "name at least one argument kind (see content/argument-kinds.json)" })
    .max(3, { message: "name at most three argument kinds, the main one first" })
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: "an argument kind is named twice" }),
  pinpoint: pinpointSchema.optional(),
});
export type ControllerArgument = z.infer<typeof argumentSchema>;

export const timelineEvents = [
  "incident",
  "discovery",
  "breach-report",
  "inspection",
  "notice",
  "reply",
  "decision",
  "appeal",
  "appeal-decision",
  "other",
] as const;

export const timelineEntrySchema = z.object({
  event: z.enum(timelineEvents),
  /** A full date, or a year-month / year when the source gives no more. */
  date: partialDateSchema,
  label: z.string().min(3),
  source: sourceRefSchema,
  unverified: z.string().optional(),
});

/** Paths of the notes `details` may hold: the case file's fields of our own notes besides those above. */
export const detailPathPattern =
  /^(controller\.(sector|context)|otherReferences\[\d+\]|legalMaximum\.(basis|unverified)|amounts\.(notice|final|appeal)\.unverified|dataSubjects\.note|dataSubjects\.categories\[\d+\]|timeline\[\d+\]\.(label|unverified)|correctiveMeasures\[\d+\]|sources\[\d+\]\.role|verification\.unverified\[\d+\])$/;

/**
 * Our texts of a record in another language (now Norwegian bokmål, under `nb`): the same texts as the
 * English fields, in our own words. The loader checks it mirrors the English (see `localeGaps` in
 * src/domain/localize.ts): a note for every factor, one entry per argument, an answer where the
 * English has one.
 */
export const localisedCaseTextSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(40),
  factors: z.strictObject(
    Object.fromEntries(factorLetters.map((l) => [l, z.string().min(3).optional()])) as Record<
      (typeof factorLetters)[number],
      z.ZodOptional<z.ZodString>
    >,
  ),
  arguments: z
    .array(
      z.strictObject({
        argument: z.string().min(3),
        answer: z.string().min(3).optional(),
      }),
    )
    .default([]),
  /** The appeal note, where the record has one. */
  appeal: z.string().min(3).optional(),
  /**
   * The record's other notes (facts, timeline, measures, sources' roles, what is unverified), each
   * under its path in the case file, e.g. "timeline[2].label" (see `detailTexts` in
   * src/domain/localize.ts, which lists the paths a record has).
   */
  details: z.record(z.string().regex(detailPathPattern, "not a path of a note we write (see detailTexts)"), z.string().min(1)).optional(),
});
export type LocalisedCaseText = z.infer<typeof localisedCaseTextSchema>;

export const outcomes = ["fine", "no-fine", "orders", "reprimand", "pending", "unknown"] as const;

export const caseRecordSchema = z.strictObject({
  id: slugSchema,
  title: z.string().min(3),
  controller: z.strictObject({
    name: z.string().min(2),
    type: z.enum(["public", "private", "individual"]),
    sector: z.string().optional(),
    /** School or system concerned, e.g. "Marikollen ungdomsskole; Showbie". */
    context: z.string().optional(),
    size: controllerSizeSchema.optional(),
  }),
  authority: slugSchema,
  country: countrySchema,
  reference: z.string().min(2),
  otherReferences: z.array(z.string()).default([]),
  regime: z.enum(regimeIds),
  legalMaximum: legalMaximumSchema.optional(),
  tier: z.enum(["83(4)", "83(5)", "83(6)"]).optional(),
  articles: z.array(articleSchema),
  outcome: z.enum(outcomes),
  core: z.boolean().default(false),
  summary: z.string().min(40),
  /** Our Norwegian bokmål texts of this record, where written. */
  nb: localisedCaseTextSchema.optional(),
  timeline: z.array(timelineEntrySchema),
  amounts: z.strictObject({
    notice: stageAmountSchema.optional(),
    final: stageAmountSchema.optional(),
    appeal: stageAmountSchema.optional(),
  }),
  dataSubjects: z.strictObject({
    count: z.number().int().nonnegative().optional(),
    note: z.string().optional(),
    /** Absent when no source says: unknown is not the same as no. */
    children: z.boolean().optional(),
    specialCategories: z.boolean().optional(),
    criminalData: z.boolean().optional(),
    categories: z.array(z.string()).default([]),
  }),
  factors: factorsSchema,
  arguments: z.array(argumentSchema).default([]),
  correctiveMeasures: z.array(z.string()).default([]),
  appeal: z
    .strictObject({
      status: z.enum(["not-appealed", "appealed", "unknown"]),
      note: z.string().min(3),
      source: sourceRefSchema.optional(),
    })
    .optional(),
  /** Documents of the case (decision, report, statements, news) in the order a reader needs them. */
  sources: z.array(sourceRefSchema.extend({ role: z.string().min(2) })).min(1),
  verification: z.strictObject({
    status: z.enum(["verified", "partly-verified", "unverified"]),
    /** Each fact we could not confirm, in a sentence a reader understands. */
    unverified: z.array(z.string()).default([]),
  }),
  related: z.array(slugSchema).default([]),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;
/** What a case file holds before defaults are applied. */
export type CaseRecordInput = z.input<typeof caseRecordSchema>;
