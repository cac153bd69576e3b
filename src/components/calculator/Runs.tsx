import type { Run } from "./text.ts";

/** A sentence from caseRuns: a case's name in another language than the page's carries its lang. */
export default function Runs({ runs }: { runs: readonly Run[] }) {
  return <>{runs.map((r) => (typeof r === "string" ? r : <span lang={r.lang}>{r.text}</span>))}</>;
}
