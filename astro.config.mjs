// @ts-check
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";
import { securityHeadersFile } from "./src/lib/security-headers.ts";

// The site's public address, for absolute links in exports and citations. Unset, links stay relative
// (and what runs in the browser uses the address the page was served from): never a placeholder domain.
const site = process.env.ART83_SITE?.trim() || undefined;
if (site && !/^https?:\/\/[^/]+/.test(site)) throw new Error(`ART83_SITE must be an http(s) address such as https://art83.no, not "${site}"`);

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [preact(), securityHeadersFile()],
  build: {
    format: "directory",
    // No inline styles or scripts: the site runs under a strict policy of external files only.
    inlineStylesheets: "never",
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
