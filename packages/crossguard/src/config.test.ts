import { describe, expect, it } from "vitest";
import { resolvePolicyConfig } from "./config";

const policies = [
  { name: "a", enforcementLevel: "mandatory" as const, configSchema: { properties: { limit: { default: 30 } } } },
  { name: "b", enforcementLevel: "advisory" as const },
];

describe("policy pack config resolution (as the Pulumi CLI does it)", () => {
  it("keeps declared levels and schema defaults without config", () => {
    const r = resolvePolicyConfig(policies, {});
    expect(r.get("a")).toEqual({ enforcementLevel: "mandatory", properties: { limit: 30 } });
    expect(r.get("b")).toEqual({ enforcementLevel: "advisory", properties: {} });
  });

  it("applies `all`, then each policy's own entry", () => {
    const r = resolvePolicyConfig(policies, { all: "advisory", a: { enforcementLevel: "disabled", limit: 7 } });
    expect(r.get("a")).toEqual({ enforcementLevel: "disabled", properties: { limit: 7 } });
    expect(r.get("b")?.enforcementLevel).toBe("advisory");
    expect(resolvePolicyConfig(policies, { all: { enforcementLevel: "mandatory" } }).get("b")?.enforcementLevel).toBe("mandatory");
  });

  it("keeps a policy's level when its entry only sets properties", () => {
    expect(resolvePolicyConfig(policies, { a: { limit: 1 } }).get("a")).toEqual({
      enforcementLevel: "mandatory",
      properties: { limit: 1 },
    });
  });
});
