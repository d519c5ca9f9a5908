import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allControls } from "./index";
import type { ExampleResource } from "./model/control";
import { UNKNOWN_SENTINELS } from "./model/unknowns";
import { readPaths, runExample, withUnknownAt } from "./testing/harness";

/**
 * Property-based robustness: whatever a provider or a user's program puts in a property bag, no control
 * throws, and an unknown value it reads never yields a pass.
 */

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

const unknownValue = fc.constantFrom(...UNKNOWN_SENTINELS);
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  unknownValue,
  fc.constantFrom("0.0.0.0/0", "::/0", "*", "22", "3389", "tcp", "-1", "required", "enforced", "TLS1_0", "allUsers", "7776000s"),
);
const wireValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 5 }),
    tie("value").map((value) => ({ [SIG_KEY]: SECRET_SIG, value })),
  ),
})).value;

/** Property bags that reuse the property names the control's examples use, so generation reaches the checks. */
function bagFor(examples: ExampleResource[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...new Set(examples.flatMap((e) => Object.keys(e.props)))];
  return fc.dictionary(
    keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })) : fc.string({ maxLength: 8 }),
    wireValue,
    {
      maxKeys: 8,
    },
  );
}

/** Wraps random leaves of a wire value in secret signatures (secrets are transparent to checks). */
function secretWrap(value: unknown, pick: () => boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => secretWrap(v, pick));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, secretWrap(v, pick)]));
  }
  return pick() ? { [SIG_KEY]: SECRET_SIG, value } : value;
}

describe.each(allControls.map((c) => [c.id, c] as const))("%s", (_id, control) => {
  const examples = [...control.examples.compliant, ...control.examples.nonCompliant].flat();

  it("never throws on arbitrary property bags", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...control.resourceTypes),
        bagFor(examples),
        fc.array(bagFor(examples), { maxLength: 3 }),
        (type, props, others) => {
          const related = [...new Set(examples.slice(1).map((e) => e.type))];
          const stack: ExampleResource[] = [{ type, name: "subject", props }];
          others.forEach((p, i) => {
            if (related.length > 0)
              stack.push({
                type: related[i % related.length],
                name: `other-${i}`,
                props: p,
                refs: i % 2 === 0 ? { bucket: ["subject"] } : {},
              });
          });
          const verdict = runExample(control, stack);
          expect(["pass", "fail", "not-applicable", "cannot-evaluate"]).toContain(verdict.status);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never passes when values it reads are unknown, whatever else is secret", () => {
    for (const example of control.examples.compliant) {
      const paths = readPaths(control, example).filter((p) => p.via === "proxy");
      if (paths.length === 0) continue;
      fc.assert(
        fc.property(fc.subarray(paths, { minLength: 1 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }), (chosen, coins) => {
          let i = 0;
          const pick = () => coins[i++ % coins.length];
          // A path under another chosen path is already unknown with its parent.
          const key = (p: (typeof paths)[number]) => `${p.resource}:${p.path.join(".")}`;
          const outermost = chosen.filter((p) => !chosen.some((q) => q !== p && key(p).startsWith(`${key(q)}.`)));
          let variant: ExampleResource[] = example.map((r) => ({ ...r }));
          for (const at of outermost) variant = withUnknownAt(variant, at);
          // Secrets wrap after: a secret whose value is unknown is still unknown.
          variant = variant.map((r) => ({ ...r, props: secretWrap(r.props, pick) as Record<string, unknown> }));
          expect(runExample(control, variant).status).not.toBe("pass");
        }),
        { numRuns: 60 },
      );
    }
  });

  it("decides the same whether values are secret or not", () => {
    for (const example of [...control.examples.compliant, ...control.examples.nonCompliant]) {
      const plain = runExample(control, example).status;
      fc.assert(
        fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }), (coins) => {
          let i = 0;
          const variant = example.map((r) => ({
            ...r,
            props: secretWrap(r.props, () => coins[i++ % coins.length]) as Record<string, unknown>,
          }));
          expect(runExample(control, variant).status).toBe(plain);
        }),
        { numRuns: 30 },
      );
    }
  });
});
