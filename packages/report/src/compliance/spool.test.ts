import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Spool } from "./spool";

describe("Spool", () => {
  it("reads back what it wrote, in order, across chunk boundaries and multi-byte characters", () => {
    const spool = new Spool<{ i: number; text: string }>();
    try {
      const text = "ünïcødé ✓ 🔐 ".repeat(2000);
      for (let i = 0; i < 200; i++) spool.write({ i, text });
      const back = [...spool.read()];
      expect(back.length).toBe(200);
      expect(back.every((r, i) => r.i === i && r.text === text)).toBe(true);
      expect([...spool.read()].length).toBe(200);
    } finally {
      spool.dispose();
    }
  });

  it("removes its file when disposed", () => {
    const spool = new Spool<number>();
    spool.write(1);
    const dir = (spool as unknown as { dir: string }).dir;
    expect(existsSync(dir)).toBe(true);
    spool.dispose();
    expect(existsSync(dir)).toBe(false);
  });
});
