import { awsControls } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import { packArgs, packName, packVersion } from "./policies";

describe("aws guardrails pack", () => {
  it("has one policy per aws control, named by the control id", () => {
    expect(packArgs.policies.map((p) => p.name)).toEqual(awsControls.map((c) => c.id));
    expect(packName).toMatch(/^[a-zA-Z0-9-_.]{1,100}$/);
    expect(packVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("carries the @pulumi/policy 1.18+ metadata and a config schema the CLI accepts", () => {
    for (const p of packArgs.policies) {
      expect(p.severity, p.name).toMatch(/^(low|medium|high|critical)$/);
      expect(p.remediationSteps?.length, p.name).toBeGreaterThan(10);
      expect(p.framework?.reference, p.name).toBeTruthy();
      expect(p.tags, p.name).toContain("aws");
      // The SDK exits the pack process when a policy declares enforcementLevel in its schema.
      expect(Object.keys(p.configSchema?.properties ?? {}), p.name).not.toContain("enforcementLevel");
      expect(Object.keys(p.configSchema?.properties ?? {}), p.name).toContain("exemptions");
    }
  });
});
