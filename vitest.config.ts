import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds the real index of corpus/ once for every test file (see test/support/global-setup.ts).
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
