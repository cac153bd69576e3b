import { createPathFormatter, casePath, decisionPath } from "../domain/paths.ts";

/** Every internal link goes through here so a non-root deployment base keeps working. */
export const href = createPathFormatter(import.meta.env.BASE_URL);
export const caseHref = (id: string) => href(casePath(id));
export const decisionHref = (id: string, paragraph?: string) => href(decisionPath(id, paragraph));
