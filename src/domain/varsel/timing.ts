import { median } from "../estimator/distribution.ts";
import type { AppealCase } from "./appeals.ts";
import type { NoticeCase } from "./cases.ts";

export interface Duration {
  /** Median days (NaN without cases). */
  median: number;
  min: number;
  max: number;
  /** Cases with both dates as full days. */
  n: number;
  ids: string[];
}

function duration(items: { id: string; days?: number }[]): Duration {
  const known = items.filter((i): i is { id: string; days: number } => i.days !== undefined);
  const days = known.map((i) => i.days);
  return {
    median: median(days),
    min: days.length ? Math.min(...days) : Number.NaN,
    max: days.length ? Math.max(...days) : Number.NaN,
    n: known.length,
    ids: known.map((i) => i.id),
  };
}

/** How long it takes: from the notice to the decision, and from the decision to the appeal's outcome. */
export function timings(notices: readonly NoticeCase[], appeals: readonly AppealCase[]) {
  return {
    noticeToDecision: duration(notices.map((c) => ({ id: c.id, ...(c.days !== undefined ? { days: c.days } : {}) }))),
    decisionToAppeal: duration(appeals.filter((a) => a.outcome !== "pending" && a.outcome !== "unrecorded").map((a) => ({ id: a.id, ...(a.days !== undefined ? { days: a.days } : {}) }))),
  };
}
export type Timings = ReturnType<typeof timings>;
