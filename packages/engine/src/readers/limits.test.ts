import { describe, expect, it } from "vitest";
import { jsonDepthExceeds } from "./limits";

describe("jsonDepthExceeds", () => {
  const nested = (n: number) => `${"[".repeat(n)}1${"]".repeat(n)}`;

  it("counts nesting of arrays and objects, stopping past the bound", () => {
    expect(jsonDepthExceeds(nested(10), 10)).toBe(false);
    expect(jsonDepthExceeds(nested(11), 10)).toBe(true);
    expect(jsonDepthExceeds(`{"a":{"b":${nested(8)}}}`, 10)).toBe(false);
    expect(jsonDepthExceeds(`{"a":{"b":${nested(9)}}}`, 10)).toBe(true);
  });

  it("ignores brackets inside strings, including after escaped quotes and backslashes", () => {
    const inString = JSON.stringify({ a: `"[[[[${"{".repeat(50)}\\`, b: '\\"[[[[' });
    expect(jsonDepthExceeds(inString, 1)).toBe(false);
    // A string ending in a backslash: the quote after "\\\\" closes it, and the brackets after it count.
    expect(jsonDepthExceeds(`["x\\\\",${nested(3)}]`, 3)).toBe(true);
    expect(jsonDepthExceeds(`["x\\\\",${nested(2)}]`, 3)).toBe(false);
  });
});
