import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: make vite load the same copy Node does (one realm).
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Test files share one Neo4j database and reset it: run them one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ["default"],
    // The hub logs one JSON line per operation at info: tests see warnings and errors only.
    env: { HUB_LOG_LEVEL: process.env.HUB_LOG_LEVEL ?? "warn" },
  },
});
