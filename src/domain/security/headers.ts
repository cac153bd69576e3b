/**
 * Turns the security policy (policy.ts) into header text: the <meta> tag's CSP, the `_headers`
 * file of Netlify and Cloudflare Pages, and the nginx block the README documents. Also reads a
 * `_headers` file back, so a local server can answer with the same headers a host would.
 */
import {
  cacheControl,
  contentSecurityPolicy,
  deniedFeatures,
  headerOnlyDirectives,
  immutablePaths,
  referrerPolicy,
  revalidatedPaths,
} from "./policy.ts";

type Directives = Readonly<Record<string, readonly string[]>>;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** The policy as the <meta http-equiv="Content-Security-Policy"> tag carries it. */
export const metaContentSecurityPolicy = (): string => serialize(contentSecurityPolicy);

/** The policy as the Content-Security-Policy header carries it (with `frame-ancestors`). */
export const headerContentSecurityPolicy = (): string => serialize({ ...contentSecurityPolicy, ...headerOnlyDirectives });

export const permissionsPolicy = (): string => deniedFeatures.map((f) => `${f}=()`).join(", ");

/** Headers every response carries. */
export function securityHeaders(): [string, string][] {
  return [
    ["Content-Security-Policy", headerContentSecurityPolicy()],
    ["Referrer-Policy", referrerPolicy],
    ["X-Content-Type-Options", "nosniff"],
    ["Permissions-Policy", permissionsPolicy()],
  ];
}

export interface HeaderRule {
  /** A `_headers` path pattern: `*` matches any rest of the path, `:name` one segment. */
  path: string;
  headers: [string, string][];
}

/** A top-level entry of the built site. */
export interface BuiltEntry {
  name: string;
  directory: boolean;
}

/**
 * The rules for a built site whose top level holds `entries`. Cache-Control is set by rules that
 * never overlap (hosts join the values of overlapping rules with a comma, which would make
 * "no-cache, …, immutable"): the hashed folders, and one revalidating rule per page folder or
 * top-level file, listed from the build.
 */
export function headerRules(entries: readonly BuiltEntry[]): HeaderRule[] {
  const hashedFolders = new Set(immutablePaths.map((p) => p.split("/")[1]));
  const pages = entries
    .filter((e) => !hashedFolders.has(e.name) && e.name !== "_headers")
    .map((e) => (e.directory ? `/${e.name}/*` : e.name === "index.html" ? "/" : `/${e.name}`))
    .sort();
  return [
    { path: "/*", headers: securityHeaders() },
    ...immutablePaths.map((path) => ({ path, headers: [["Cache-Control", cacheControl.immutable]] as [string, string][] })),
    ...[...revalidatedPaths, ...pages].map((path) => ({ path, headers: [["Cache-Control", cacheControl.revalidate]] as [string, string][] })),
  ];
}

/** The `_headers` file (Netlify, Cloudflare Pages). */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const head = "# Generated at build time from src/domain/security/policy.ts; edit that, not this.\n";
  return head + rules.map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}\n`).join("")}`).join("\n");
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path or without a colon: "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${re}$`).test(path);
}

/** The headers a host applies to `path` (a URL path without query): every matching rule, in order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const had = out.get(key);
      out.set(key, had ? [had[0], `${had[1]}, ${value}`] : [name, value]);
    }
  }
  return [...out.values()];
}

/**
 * The nginx equivalent, for the README. nginx forgets inherited `add_header`s in a location that
 * sets its own, so each location repeats the security headers.
 */
export function nginxConfig(root = "/srv/art83/dist"): string {
  const lines = (cache: string, indent: string) =>
    [...securityHeaders(), ["Cache-Control", cache] as [string, string]]
      .map(([k, v]) => `${indent}add_header ${k} "${v}" always;`)
      .join("\n");
  return [
    "server {",
    `    root ${root};`,
    "    error_page 404 /404.html;",
    "    gzip on;",
    "    gzip_types text/css application/javascript application/json image/svg+xml;",
    "",
    "    # Pages and the search index's manifest: always revalidated.",
    lines(cacheControl.revalidate, "    "),
    "",
    "    # Content-hashed files: kept for a year.",
    "    location /_astro/ {",
    lines(cacheControl.immutable, "        "),
    "    }",
    "    location ~ ^/search-index/[^/]+/ {",
    lines(cacheControl.immutable, "        "),
    "    }",
    "}",
  ].join("\n");
}
