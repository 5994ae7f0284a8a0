import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
    testTimeout: 20_000,
    // Worker threads run bundles, not TypeScript: built once per run (test/setup/build-workers.ts).
    globalSetup: ["test/setup/build-workers.ts"],
    setupFiles: ["test/setup/worker-bundles.ts"],
  },
});
