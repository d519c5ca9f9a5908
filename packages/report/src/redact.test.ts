import { describe, expect, it } from "vitest";
import { SecretRedactor } from "./redact";

const SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };

describe("SecretRedactor", () => {
  it("shows secrets as [secret] and unknowns as [unknown]", () => {
    const r = new SecretRedactor();
    const shown = r.display({
      a: { ...SIG, value: "p4ssw0rd!" },
      b: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
      c: [{ ...SIG, value: { nested: "deep-secret-value" } }],
      d: { ...SIG, plaintext: JSON.stringify("from-export-secret") },
      e: "plain",
    });
    expect(shown).toEqual({ a: "[secret]", b: "[unknown]", c: ["[secret]"], d: "[secret]", e: "plain" });
  });

  it("scrubs every secret it has seen from free text, longest first", () => {
    const r = new SecretRedactor();
    r.display({ a: { ...SIG, value: "p4ssw0rd!" }, b: { ...SIG, value: "p4ssw0rd!-longer" } });
    expect(r.scrub('value "p4ssw0rd!-longer" and p4ssw0rd!')).toBe('value "[secret]" and [secret]');
    expect(r.scrubDeep({ m: ["x p4ssw0rd! y"] })).toEqual({ m: ["x [secret] y"] });
  });

  it("does not scrub values too short to tell apart from ordinary words", () => {
    const r = new SecretRedactor();
    r.display({ a: { ...SIG, value: true }, b: { ...SIG, value: "on" } });
    expect(r.scrub("true on")).toBe("true on");
  });

  it("scrubs a secret in every encoding our outputs give it", () => {
    const secret = "opt\"ZQ\\x\n<&'é LEAK03";
    const r = new SecretRedactor();
    r.display({ a: { ...SIG, value: secret } });
    const encodings = [
      secret,
      JSON.stringify(secret),
      JSON.stringify(JSON.stringify(secret)),
      secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;"),
      secret.replace(/"/g, '""'),
      encodeURIComponent(secret),
      secret.replace(/\s+/g, " "),
    ];
    for (const e of encodings) {
      const out = r.scrub(`before ${e} after`);
      expect(out, e).not.toContain("LEAK03");
      expect(out).toMatch(/^before .*\[secret\].* after$/s);
    }
    // Each line of a multi-line secret on its own, as a renderer that splits lines would print it.
    expect(r.scrub('x opt"ZQ\\x y')).toBe("x [secret] y");
  });
});
