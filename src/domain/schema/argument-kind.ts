import { z } from "zod";
import { slugSchema } from "./primitives.ts";

/**
 * A kind of argument a controller raises against a notified fine (content/argument-kinds.json),
 * so that arguments can be counted by what they claim across cases.
 */
export const argumentKindSchema = z.strictObject({
  id: slugSchema,
  /** A short English label. */
  label: z.string().min(3),
  /** What counts as this kind and what does not, in our own words. */
  description: z.string().min(20, { message: "say in a sentence or two what counts as this kind and what does not" }),
});
export type ArgumentKind = z.infer<typeof argumentKindSchema>;
