import { configDefaults, defineConfig } from "vitest/config";

// Unit tests (`npm run test:unit`). Browser tests have their own config: vitest.browser.config.ts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/browser/**"],
    // Property tests run 1,000 cases each on a 2-core CI machine: time is not what they test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
