import type { CaseEnding, EndingKind } from "../domain/outcome.ts";
import type { Strings } from "../i18n/strings.ts";

/** The words for how a case ended; a court's ruling on a Danish recommendation reads differently. */
export function endingLabel(e: CaseEnding, ui: Strings): string {
  const k = ui.ending;
  if (e.recommendation && e.stage === "appeal") {
    if (e.kind === "annulled") return k.notImposed;
    if (e.kind === "fine") return k.courtFine;
    if (e.kind === "fine-changed") return k.courtChanged;
  }
  if (e.kind === "fine" && e.stage === "appeal") return k.upheld;
  return k.kind[e.kind];
}

/** A shape beside the words, so the status never rests on colour alone. */
export const endingShape: Record<EndingKind, string> = {
  fine: "●",
  "fine-changed": "◐",
  annulled: "⊘",
  recommended: "◇",
  reprimand: "△",
  orders: "△",
  "no-fine": "△",
  "notice-only": "◌",
  pending: "◌",
  unknown: "◌",
};
