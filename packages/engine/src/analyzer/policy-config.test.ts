import { describe, expect, it } from "vitest";
import { InputError } from "../model/snapshot";
import { parsePolicyPackConfig, reconcilePolicyPackConfig, validatePolicyPackConfig } from "./policy-config";
import type { AnalyzerInfo, PolicyInfo } from "./types";

function policy(name: string, extra: Partial<PolicyInfo> = {}): PolicyInfo {
  return {
    name,
    displayName: "",
    description: "",
    enforcementLevel: "advisory",
    message: "",
    policyType: "resource",
    tags: [],
    remediationSteps: "",
    url: "",
    ...extra,
  };
}

function pack(policies: PolicyInfo[], initialConfig: AnalyzerInfo["initialConfig"] = {}): AnalyzerInfo {
  return {
    name: "pack",
    displayName: "",
    version: "1.0.0",
    description: "",
    supportsConfig: true,
    policies,
    initialConfig,
    tags: [],
    provider: "",
    repository: "",
  };
}

const expiry = policy("cert-expiry", {
  enforcementLevel: "mandatory",
  configSchema: {
    properties: { days: { type: "integer", minimum: 1, default: 14 }, issuer: { type: "string" } },
    required: ["issuer"],
  },
});

describe("policy pack config, as the CLI reconciles it", () => {
  it("starts from declared levels and schema defaults, then initial config, then user config", () => {
    const info = pack([expiry, policy("other")], { all: { enforcementLevel: "mandatory" } });
    const user = parsePolicyPackConfig({ "cert-expiry": { issuer: "acme", enforcementLevel: "advisory" } }, "cfg");
    expect(Object.fromEntries(reconcilePolicyPackConfig(info, user))).toEqual({
      "cert-expiry": { enforcementLevel: "advisory", properties: { days: 14, issuer: "acme" } },
      other: { enforcementLevel: "mandatory", properties: undefined },
      // The CLI sends "all" as an entry too; the SDK ignores it.
      all: { enforcementLevel: "mandatory", properties: undefined },
    });
  });

  it("keeps the CLI's reading of an initial config that has only properties as 'advisory'", () => {
    const info = pack([expiry], { "cert-expiry": { enforcementLevel: "advisory", properties: { issuer: "x" } } });
    expect(reconcilePolicyPackConfig(info, new Map()).get("cert-expiry")).toEqual({
      enforcementLevel: "advisory",
      properties: { days: 14, issuer: "x" },
    });
  });

  it("reports schema errors per policy, including missing required properties", () => {
    const info = pack([expiry]);
    const errors = validatePolicyPackConfig(
      info,
      reconcilePolicyPackConfig(info, parsePolicyPackConfig({ "cert-expiry": { days: 0 } }, "cfg")),
    );
    expect(errors).toEqual(["cert-expiry: days must be >= 1", "cert-expiry: must have required property 'issuer'"]);
  });

  it("rejects malformed config files", () => {
    expect(() => parsePolicyPackConfig([], "cfg")).toThrow(InputError);
    expect(() => parsePolicyPackConfig({ all: "strict" }, "cfg")).toThrow(
      'cfg: parsing enforcement level for "all": "strict" is not a valid enforcement level',
    );
    expect(() => parsePolicyPackConfig({ p: { enforcementLevel: 1 } }, "cfg")).toThrow(/not a valid enforcement level/);
    expect(parsePolicyPackConfig({ p: {} }, "cfg").size).toBe(0);
  });
});
