import { z } from "./zod.ts";
import { countrySchema, currencySchema, isoDateSchema, partialDateSchema, slugSchema } from "./primitives.ts";

export const textFormats = ["gdprhub-mt", "transcript-pages", "web-page"] as const;

/** Where a source text lives outside the repository, and what we expect it to be. */
export const sourceTextSchema = z.object({
  /** Path relative to the shared folder, e.g. "corpus/gdprhub-nordic/texts/MT_….md". */
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "expected a sha256 hex digest" }),
  format: z.enum(textFormats),
  /** Language of the text as shown (a machine translation is "en"). */
  language: z.string().min(2),
  machineTranslated: z.boolean(),
});
export type SourceText = z.infer<typeof sourceTextSchema>;

export const documentKinds = [
  "decision", // an authority's decision
  "judgment", // a court's or appeal board's ruling
  "report", // an inspection report
  "statement", // a controller's own public statement
  "news", // a news article: facts recorded and linked, never republished
  "web-page", // any other page we cite
] as const;

/**
 * A source document. Decisions and reports carry a text (read from the shared folder at
 * build time) and get a page in the decision library; news and web pages are cited by link.
 */
export const documentSchema = z.object({
  id: slugSchema,
  kind: z.enum(documentKinds),
  title: z.string().min(1),
  /** Authority id (see authorities.json) for decisions; publisher name otherwise. */
  authority: slugSchema.optional(),
  publisher: z.string().optional(),
  country: countrySchema.optional(),
  date: partialDateSchema.optional(),
  /** The body's own reference, e.g. "20/02191" or "DI-2019-3839". */
  reference: z.string().optional(),
  originalLanguage: z.string().optional(),
  text: sourceTextSchema.optional(),
  /** Shown in the decision library: only texts written by public bodies. */
  inLibrary: z.boolean(),
  links: z
    .object({
      gdprhub: z.url().optional(),
      original: z.url().optional(),
      /** Names the original when its address is not known. */
      originalName: z.string().optional(),
      url: z.url().optional(),
    })
    .default({}),
  /** GDPRhub's infobox, kept as facts (never its summary). */
  metadata: z
    .object({
      type: z.string().optional(),
      outcome: z.string().optional(),
      fine: z.object({ amount: z.number().nonnegative(), currency: currencySchema }).optional(),
      fineAsWritten: z.string().optional(),
      articles: z.array(z.string()).default([]),
      parties: z.string().optional(),
      published: isoDateSchema.optional(),
      corpusId: z.string().optional(),
    })
    .optional(),
  note: z.string().optional(),
});
export type SourceDocument = z.infer<typeof documentSchema>;

export const authoritySchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  englishName: z.string().min(1),
  country: countrySchema,
  kind: z.enum(["dpa", "appeal-board", "court", "other"]),
  /** How GDPRhub names this body, so corpus rows map onto it. */
  gdprhubNames: z.array(z.string()).default([]),
  url: z.url().optional(),
  /** Domains the body publishes its decisions on, when more than its own address's (content/originals.json is checked against them). */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { message: "expected a host name such as finlex.fi" })).optional(),
});
export type Authority = z.infer<typeof authoritySchema>;
