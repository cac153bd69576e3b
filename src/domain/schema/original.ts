import { z } from "./zod.ts";
import { isoDateSchema } from "./primitives.ts";

/**
 * The authority's own page of a decision, as found in a stored copy of the page (never a guessed
 * address): content/originals.json, keyed by library document id or case id.
 */
export const originalSchema = z.strictObject({
  url: z.url({ protocol: /^https$/, message: "expected an https address" }),
  /** The page's title as read. */
  title: z.string().min(3),
  /** Language of the page (ISO 639-1). */
  language: z.string().regex(/^[a-z]{2}$/, { message: "expected a two-letter language code such as no" }),
  /** How the address was found. */
  foundVia: z.enum(["stored page"]),
  /** When it was looked up. */
  checked: isoDateSchema,
  note: z.string().optional(),
});
export type Original = z.infer<typeof originalSchema>;

/** The host names an authority publishes on: those listed, else its own address's. */
export function authorityDomains(authority: { url?: string; domains?: readonly string[] }): string[] {
  if (authority.domains && authority.domains.length > 0) return [...authority.domains];
  return authority.url ? [new URL(authority.url).hostname.replace(/^www\./, "")] : [];
}

/** True when the address is on one of the domains (or a subdomain of one). */
export const onDomain = (url: string, domains: readonly string[]): boolean => {
  const host = new URL(url).hostname.replace(/^www\./, "");
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
};
