import { defineConfig } from "vitest/config";

// Cross-package tests: the CLI end to end, gRPC vs in-process parity, output formats against their schemas.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "third-party/**"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The tests spawn Pulumi programs and policy packs; two cores run them best one file at a time.
    fileParallelism: false,
  },
});
