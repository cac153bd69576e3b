import type { ExportContext } from "../domain/export.ts";
import { library } from "./library.ts";
import { caseHref } from "./paths.ts";

export function exportContext(site: URL | undefined): ExportContext {
  const { rates, authorities } = library();
  return {
    rates,
    authorities,
    caseUrl: (id) => (site ? new URL(caseHref(id), site).href : caseHref(id)),
  };
}
