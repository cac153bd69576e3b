// @ts-check
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";
import { securityHeadersFile } from "./src/lib/security-headers.ts";

export default defineConfig({
  site: "https://art83.example",
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
