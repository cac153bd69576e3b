import { defineCollection } from "astro:content";
import { caseRecordSchema } from "./domain/schema/case.ts";
import { authoritySchema, documentSchema } from "./domain/schema/document.ts";
import { library } from "./lib/library.ts";

/*
 * The collections load through the domain's loader, which checks schema, cross-references,
 * pinpoints and source digests and throws naming file and field. Astro on its own only logs
 * dangling references; a legal research tool must not build on them.
 */
export const collections = {
  cases: defineCollection({
    loader: async () => library().cases.map((record) => ({ ...record })),
    schema: caseRecordSchema,
  }),
  documents: defineCollection({
    loader: async () => [...library().documents.values()].map((doc) => ({ ...doc })),
    schema: documentSchema,
  }),
  authorities: defineCollection({
    loader: async () => [...library().authorities.values()].map((a) => ({ ...a })),
    schema: authoritySchema,
  }),
};
