/**
 * An Astro integration that writes `_headers` (Netlify, Cloudflare Pages) into the built site,
 * from the same policy as every page's <meta> tag (src/domain/security/policy.ts).
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headerRules, renderHeadersFile } from "../domain/security/headers.ts";

export function securityHeadersFile(): AstroIntegration {
  return {
    name: "art83:security-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = readdirSync(root, { withFileTypes: true }).map((e) => ({ name: e.name, directory: e.isDirectory() }));
        writeFileSync(join(root, "_headers"), renderHeadersFile(headerRules(entries)));
        logger.info("wrote _headers");
      },
    },
  };
}
