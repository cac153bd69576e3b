/**
 * Builds site-internal URLs under a base path. Pure, so scripts and tests format links
 * exactly as pages do; src/lib/paths.ts binds it to Astro's configured base.
 */
export function createPathFormatter(base: string) {
  const prefix = base.endsWith("/") ? base.slice(0, -1) : base;
  return (path: string): string => {
    const [beforeHash, hash = ""] = path.split("#", 2);
    const [pathname, query = ""] = beforeHash!.split("?", 2);
    let p = pathname!.startsWith("/") ? pathname! : `/${pathname}`;
    // Pages end in "/", files (cases.csv) keep their extension.
    if (!p.endsWith("/") && !/\.[a-z0-9]+$/i.test(p)) p += "/";
    return `${prefix}${p}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
  };
}

export const casePath = (id: string) => `/cases/${id}/`;
export const decisionPath = (id: string, paragraph?: string) => `/decisions/${id}/${paragraph ? `#${paragraph}` : ""}`;
export const authorityPath = (id: string) => `/authorities/${id}/`;
/** A kind of argument's page: every argument that names it, written out. */
export const argumentKindPath = (id: string) => `/arguments/${id}/`;
/** One argument on its kind's page (the argument's place in its record, from 1). */
export const argumentAnchor = (caseId: string, index: number) => `${caseId}-${index + 1}`;
/** The comparison of the given cases (the page reads the query in the browser). */
export const comparePath = (ids: readonly string[] = []) => `/compare/${ids.length ? `?cases=${ids.map(encodeURIComponent).join(",")}` : ""}`;
