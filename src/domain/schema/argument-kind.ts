import { z } from "./zod.ts";
import { slugSchema } from "./primitives.ts";

/** A kind's label and description in one language. */
const kindTextShape = {
  /** A short label (a heading on /arguments/, a row of a table). */
  label: z.string().min(3),
  /** What counts as this kind and what does not, in our own words. */
  description: z.string().min(20, { message: "say in a sentence or two what counts as this kind and what does not" }),
};

/**
 * A kind of argument a controller raises against a notified fine (content/argument-kinds.json),
 * so that arguments can be counted by what they claim across cases. The English label and
 * description are the kind's own fields; `nb` holds them in Norwegian bokmål, required for every
 * kind (Norwegian pages show no kind in English).
 */
export const argumentKindSchema = z.strictObject({
  id: slugSchema,
  ...kindTextShape,
  /** The label and description in bokmål, in our own words and Datatilsynet's terms. */
  nb: z.strictObject(kindTextShape, { error: (issue) => (issue.input === undefined ? "write the kind's label and description in bokmål (nb: { label, description })" : undefined) }),
});
export type ArgumentKind = z.infer<typeof argumentKindSchema>;
