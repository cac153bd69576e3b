/**
 * One page of each type of the built site, for the audits that visit "every page type" (the
 * Lighthouse audit, the security browser test). Where a type has many pages the largest built one
 * stands for it: a long decision is the one that tests the budgets and the reader's patience.
 *
 * Runs under Node 22 type stripping: erasable TypeScript only.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface PageType {
  /** Short name for reports, e.g. "decision". */
  type: string;
  /** URL path with query, e.g. "/search/?q=camera". */
  path: string;
}

/** The `…/<id>/` folder under `dir` whose index.html is largest. */
function largestPage(distDir: string, folder: string): string {
  const dir = join(distDir, folder);
  let best: { id: string; size: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const size = statSync(join(dir, entry.name, "index.html"), { throwIfNoEntry: false })?.size ?? -1;
    if (!best || size > best.size) best = { id: entry.name, size };
  }
  if (!best || best.size < 0) throw new Error(`no built page under ${dir}`);
  return `/${folder}/${best.id}/`;
}

export function pageTypes(distDir: string): PageType[] {
  return [
    { type: "home", path: "/" },
    { type: "cases", path: "/cases/" },
    { type: "case", path: largestPage(distDir, "cases") },
    { type: "decisions", path: "/decisions/" },
    { type: "decision", path: largestPage(distDir, "decisions") },
    { type: "search", path: "/search/?q=camera%20surveillance" },
    { type: "calculator", path: "/calculator/" },
    { type: "method", path: "/method/" },
    { type: "data", path: "/data/" },
    // Filtered, so that the charts are redrawn in the browser as a reader's link would have them.
    { type: "trends", path: "/trends/?country=NO" },
    { type: "varsel", path: "/varsel/?notice=800000&country=NO&type=public" },
    { type: "compare", path: "/compare/?cases=raelingen-2020,bergen-2020" },
    { type: "arguments", path: "/arguments/" },
    { type: "argument-kind", path: largestPage(distDir, "arguments") },
    { type: "factors", path: "/factors/" },
    { type: "factor", path: "/factors/a/" },
    { type: "authorities", path: "/authorities/" },
    { type: "authority", path: "/authorities/no-datatilsynet/" },
    { type: "nb-case", path: "/nb/cases/raelingen-2020/" },
    { type: "404", path: "/no-such-page/" },
  ];
}
