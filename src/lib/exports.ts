import type { ExportContext } from "../domain/export.ts";
import { library } from "./library.ts";
import { caseHref } from "./paths.ts";
import { caseOriginal } from "../domain/citation.ts";

export function exportContext(site: URL | undefined): ExportContext {
  const { rates, authorities, cases, documents, originals } = library();
  const byId = new Map(cases.map((c) => [c.id, c]));
  return {
    rates,
    authorities,
    caseUrl: (id) => (site ? new URL(caseHref(id), site).href : caseHref(id)),
    originalUrl: (id) => caseOriginal(byId.get(id)!, documents, originals)?.url,
  };
}
