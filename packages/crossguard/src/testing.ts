import type { Control } from "@palisade/controls";
import type { PolicyPackArgs } from "@pulumi/policy";

/** The test functions of the caller's runner (vitest), passed in so this module stays plain CommonJS. */
export interface TestApi {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => void) => void;
  // biome-ignore lint/suspicious/noExplicitAny: the runner's expect
  expect: (value: unknown, message?: string) => any;
}

/**
 * The contract every Palisade pack keeps, shared by the packs' own tests: one policy per control of its
 * cloud, named by the control id, with the metadata and config schema the Pulumi CLI and Pulumi Cloud use.
 * Import from "@palisade/crossguard/dist/testing" in tests.
 */
export function describePackContract(
  pack: { packName: string; packVersion: string; packArgs: PolicyPackArgs },
  controls: readonly Control[],
  cloud: string,
  { describe, it, expect }: TestApi,
): void {
  describe(`${cloud} guardrails pack`, () => {
    it(`has one policy per ${cloud} control, named by the control id`, () => {
      expect(pack.packArgs.policies.map((p) => p.name)).toEqual(controls.map((c) => c.id));
      expect(pack.packName).toMatch(/^[a-zA-Z0-9-_.]{1,100}$/);
      expect(pack.packVersion).toMatch(/^\d+\.\d+\.\d+/);
    });

    it("carries the @pulumi/policy 1.18+ metadata and a config schema the CLI accepts", () => {
      for (const p of pack.packArgs.policies) {
        expect(p.severity, p.name).toMatch(/^(low|medium|high|critical)$/);
        expect(p.remediationSteps?.length, p.name).toBeGreaterThan(10);
        expect(p.framework?.reference, p.name).toBeTruthy();
        expect(p.tags, p.name).toContain(cloud);
        // The SDK exits the pack process when a policy declares enforcementLevel in its schema.
        expect(Object.keys(p.configSchema?.properties ?? {}), p.name).not.toContain("enforcementLevel");
        expect(Object.keys(p.configSchema?.properties ?? {}), p.name).toContain("exemptions");
      }
    });
  });
}
