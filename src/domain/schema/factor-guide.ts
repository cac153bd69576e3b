import { z } from "./zod.ts";
import { factorLetters } from "../factors.ts";
import { isoDateSchema } from "./primitives.ts";
import { pinpointSchema } from "./case.ts";

/** Text we wrote, per site locale; English is required, other locales fall back to it. */
const ownWordsSchema = z.strictObject({ en: z.string().min(20), nb: z.string().min(20).optional() });

/**
 * A paragraph (or run of paragraphs) of the EDPB's fining guidelines, known only through a
 * decision in the library that cites it: `citedIn` points at that citation, so the number can be
 * checked by the build (the quote must be in the paragraph) and by a reader.
 */
export const guidelineParagraphSchema = z.strictObject({
  /** As the citing decision gives them: "53", "55–56". */
  paragraphs: z.string().regex(/^\d+(–\d+)?$/, { message: 'a paragraph number or range such as "55–56"' }),
  /** The version the decision names; absent when it names none. Version 1.0 was renumbered in 2.1. */
  version: z.enum(["1.0", "2.1"]).optional(),
  /** What the decision cited the paragraph for, in our own words. */
  citedFor: ownWordsSchema,
  citedIn: pinpointSchema,
});
export type GuidelineParagraph = z.infer<typeof guidelineParagraphSchema>;

export const factorGuideEntrySchema = z.strictObject({
  letter: z.enum(factorLetters),
  /** What the letter asks, for a student, in our own words. */
  explanation: ownWordsSchema,
  /** The guidelines' chapter that treats the letter: 4 (seriousness, the starting point) or 5 (aggravating and mitigating). */
  chapter: z.union([z.literal(4), z.literal(5)]),
  /** GDPR provisions the letter refers to or is read with, e.g. "Art. 83(2)(d)", "Art. 32". */
  articles: z.array(z.string().regex(/^(Art\. \d+(\(\d+\))?(\([a-z]\))?|Recital \d+)$/)).min(1),
  paragraphs: z.array(guidelineParagraphSchema),
});
export type FactorGuideEntry = z.infer<typeof factorGuideEntrySchema>;

export const factorGuideSchema = z.strictObject({
  guidelines: z.strictObject({
    title: z.string().min(10),
    version: z.string().min(1),
    adopted: isoDateSchema,
    /** How the paragraph numbers were obtained. */
    note: ownWordsSchema,
  }),
  factors: z
    .array(factorGuideEntrySchema)
    .refine((entries) => entries.map((e) => e.letter).join("") === factorLetters.join(""), {
      message: `list each letter once, in order: ${factorLetters.join(", ")}`,
    }),
});
export type FactorGuide = z.infer<typeof factorGuideSchema>;
