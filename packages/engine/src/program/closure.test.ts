import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "./runProgram";

const programs = path.resolve(__dirname, "../../test-fixtures/programs");

describe("runProgram: programs load as under the Pulumi Node.js host", () => {
  it("serializes a callback that captures an import (ts-node with the project's tsconfig, not tsx)", async () => {
    const snapshot = await runProgram(path.join(programs, "lambda-closure"), { stack: "dev" });
    const code = snapshot.resources.find((r) => r.name === "handler")?.inputs.code;
    expect(typeof code).toBe("string");
    // The serialized closure requires the captured module and keeps the captured constant.
    expect(code).toMatch(/const path = require\("path(\/posix)?"\);/);
    expect(code).toContain('with({ greeting: "hello"');
    expect(code).toContain("path.join(greeting, name)");
    expect(code).toContain('"hello"');
  }, 120_000);
});
