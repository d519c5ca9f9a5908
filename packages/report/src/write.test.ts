import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AtomicFileSet } from "./write";

describe("AtomicFileSet", () => {
  it("writes every file, from strings or chunks, only on commit", () => {
    const dir = mkdtempSync(join(tmpdir(), "palisade-write-"));
    const set = new AtomicFileSet();
    set.stage(join(dir, "a.txt"), "whole");
    set.stage(
      join(dir, "sub", "b.txt"),
      (function* () {
        for (let i = 0; i < 3; i++) yield `chunk${i};`;
      })(),
    );
    expect(existsSync(join(dir, "a.txt"))).toBe(false);
    expect(set.commit()).toEqual([join(dir, "a.txt"), join(dir, "sub", "b.txt")]);
    expect(readFileSync(join(dir, "sub", "b.txt"), "utf8")).toBe("chunk0;chunk1;chunk2;");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves existing files untouched and no temporary file when a render fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "palisade-write-"));
    writeFileSync(join(dir, "a.txt"), "previous");
    const set = new AtomicFileSet();
    set.stage(join(dir, "a.txt"), "new");
    expect(() =>
      set.stage(
        join(dir, "b.txt"),
        (function* () {
          yield "half";
          throw new Error("render failed");
        })(),
      ),
    ).toThrow("render failed");
    set.abort();
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });
});
