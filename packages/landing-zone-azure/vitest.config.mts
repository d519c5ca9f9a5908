import { defineConfig } from "vitest/config";

export default defineConfig({
  // The whole-stack test runs the program in a child process in beforeAll: a loaded machine needs time.
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 180_000 },
});
