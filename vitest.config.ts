import { configDefaults, defineConfig } from "vitest/config";

// Unit tests (`npm run test:unit`). Browser tests have their own config: vitest.browser.config.ts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/browser/**"],
  },
});
