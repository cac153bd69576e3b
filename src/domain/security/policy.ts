/**
 * The site's security policy, in one place: the <meta> tag of every page (src/layouts/Base.astro)
 * and the `_headers` file written at build time (src/lib/security-headers.ts) both read it.
 * Data only; src/domain/security/headers.ts turns it into header text.
 */

/**
 * Content-Security-Policy. Everything comes from the site itself: no inline script or style, no
 * eval (zod is told not to probe for it: src/domain/schema/zod.ts), no other origin. Nothing
 * needs `blob:` or `data:`: the search worker is a built file, the favicon an SVG file, and
 * downloads are plain links to built files.
 */
export const contentSecurityPolicy = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  // Style attributes are not allowed either: the pages carry none, and the few positions set at
  // run time (a chart's tooltip) go through the CSSOM, which the policy does not govern.
  "style-src": ["'self'"],
  "worker-src": ["'self'"],
  "img-src": ["'self'"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/** Directives a <meta> policy cannot carry (browsers ignore them there): sent as a header only. */
export const headerOnlyDirectives = {
  "frame-ancestors": ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/**
 * No referrer at all: the site links out to the authorities and GDPRhub, and which decision a
 * lawyer was reading when they followed a link is nobody else's business. The site itself never
 * reads the referrer, so nothing is lost.
 */
export const referrerPolicy = "no-referrer";

/**
 * Powerful features the site never uses, denied to it and to anything it could embed. Only
 * features Chromium recognises: an unknown one (FLoC's retired `interest-cohort`) is logged as
 * a console error on every page; `browsing-topics` is its successor.
 */
export const deniedFeatures = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "payment",
  "usb",
] as const;

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Cache-Control values: content-addressed files are kept for a year, everything else revalidated. */
export const cacheControl = {
  immutable: `public, max-age=${YEAR_SECONDS}, immutable`,
  revalidate: "no-cache",
} as const;

/**
 * Which built paths never change once published: they carry a content hash in their name
 * (/_astro/*) or folder (/search-index/v<hash>/*). The search index's manifest sits at a stable
 * path and names the current folder, so it is revalidated like the pages.
 */
export const immutablePaths = ["/_astro/*", "/search-index/:version/*"] as const;
export const revalidatedPaths = ["/search-index/manifest.json"] as const;
