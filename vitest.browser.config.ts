import { defineConfig } from "vitest/config";

// Browser tests (`npm run test:browser`): run against `astro preview` of the already-built dist/
// (started and stopped by test/browser/setup.ts), driven by playwright-core and the system Chromium.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    globalSetup: ["test/browser/setup.ts"],
    environment: "node",
    // One browser file at a time: each launches its own Chromium.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
