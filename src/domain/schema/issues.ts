import type { z } from "./zod.ts";

/** One problem in one content file, phrased for the person who has to fix it. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export const formatIssue = (i: ContentIssue) => `${i.file}: ${i.field || "(file)"}: ${i.message}`;

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in content:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join("\n"),
    );
    this.name = "ContentError";
    this.issues = issues;
  }
}

/** "factors.l" rather than zod's array path, so the message points at the field in the file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, "");
}

export function zodIssues(file: string, error: z.ZodError, prefix = ""): ContentIssue[] {
  return error.issues.flatMap((issue) => {
    const base = fieldPath([...(prefix ? [prefix] : []), ...issue.path]);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        field: base ? `${base}.${key}` : key,
        message: base.endsWith("factors") || base === "factors"
          ? `unknown factor letter "${key}": Article 83(2) has letters a to k`
          : `unknown field "${key}"`,
      }));
    }
    return [{ file, field: base, message: issue.message }];
  });
}
