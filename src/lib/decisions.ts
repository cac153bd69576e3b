import { createHash } from "node:crypto";
import { casesCiting, documentFineEur, documentHasFine, documentYear, libraryDocuments } from "../domain/documents.ts";
import { encodeDecisionRows, type DecisionCells } from "../domain/decision-list.ts";
import { fmt, library, ui } from "./library.ts";
import { decisionHref, href } from "./paths.ts";

let cached: { rows: DecisionCells[]; json: string; file: string } | undefined;

/**
 * Every document of the decision library as table cells (newest first), and the same rows as a
 * JSON file whose name carries a hash of its content, so a browser may cache it for good.
 */
export function decisionList() {
  if (cached) return cached;
  const { documents, authorities, cases, rates } = library();
  const rows = libraryDocuments(documents.values()).map((d): DecisionCells => {
    const fine = d.metadata?.fine;
    const fineEur = documentFineEur(d, rates);
    return {
      id: d.id,
      href: decisionHref(d.id),
      body: d.authority ? authorities.get(d.authority)!.name : (d.publisher ?? ""),
      country: d.country ?? "",
      countryName: d.country ? ui.countries[d.country] : "—",
      date: d.date ?? "",
      dateText: d.date ? fmt.shortDate(d.date) : "—",
      year: documentYear(d) ?? "",
      reference: d.reference ?? d.title,
      parties: d.metadata?.parties ?? "",
      kind: d.kind !== "decision" ? ui.kinds[d.kind] : "",
      outcome: d.metadata?.outcome ?? "—",
      fineText: fine ? fmt.money(fine.amount, fine.currency) : "—",
      fineSort: fineEur !== undefined ? String(fineEur) : fine ? String(fine.amount) : "",
      hasFine: documentHasFine(d, casesCiting(d.id, cases)),
    };
  });
  const json = JSON.stringify(encodeDecisionRows(rows));
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
  cached = { rows, json, file: `rows-${hash}` };
  return cached;
}

export const decisionRowsHref = () => href(`/decisions/${decisionList().file}.json`);
export const decisionPageHref = (page: number) => href(page === 1 ? "/decisions/" : `/decisions/page/${page}/`);
