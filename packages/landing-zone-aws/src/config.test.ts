import { describe, expect, it } from "vitest";
import { NAMESPACE, sampleConfig, sourceOf } from "../test/sample-config";
import { ConfigError, loadConfig, parseCidr, validateConfig } from "./config";

// biome-ignore lint/suspicious/noExplicitAny: the edits below reach into arbitrary config keys
type Cfg = any;

/** The sample config with one change applied to a copy. */
function variant(change: (c: Cfg) => void): Record<string, unknown> {
  const c = structuredClone(sampleConfig()) as Cfg;
  change(c);
  return c;
}

/** The problems validation reports for a config (empty when it is valid). */
function problems(values: Record<string, unknown>): string[] {
  try {
    loadConfig(sourceOf(values), NAMESPACE);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe("landing zone config", () => {
  it("accepts the sample stack's config and fills in defaults", () => {
    const config = loadConfig(sourceOf(sampleConfig()), NAMESPACE);
    expect(config.organization.automationRoleName).toBe("OrganizationAccountAccessRole");
    expect(config.accounts.workloads.map((w) => w.name)).toEqual(["payments-prod", "payments-dev", "sandbox-data-science"]);
    expect(config.network.availabilityZones).toBe(2);
  });

  it.each([
    ["an unknown region", (c: Cfg) => c.allowedRegions.push("eu-west-9"), 'allowedRegions[3]: unknown region "eu-west-9"'],
    ["a malformed region", (c: Cfg) => (c.homeRegion = "Ireland"), "homeRegion"],
    [
      "a home region outside the allowed ones",
      (c: Cfg) => (c.allowedRegions = ["eu-central-1", "us-east-1"]),
      "allowedRegions: must contain homeRegion",
    ],
    ["no us-east-1 (global events)", (c: Cfg) => (c.allowedRegions = ["eu-west-1"]), "allowedRegions: must contain us-east-1"],
    [
      "duplicate account emails (case-insensitive)",
      (c: Cfg) => (c.accounts.workloads[1].email = "AWS+Audit@acme.example"),
      'accounts.workloads[1].email: duplicate email "AWS+Audit@acme.example" (also used by accounts.core.audit)',
    ],
    ["duplicate account names", (c: Cfg) => (c.accounts.workloads[2].name = "payments-prod"), "accounts.workloads[2].name: duplicate name"],
    ["a malformed email", (c: Cfg) => (c.accounts.core.audit.email = "audit-at-acme"), "accounts.core.audit.email"],
    ["a 13-digit account id", (c: Cfg) => (c.accounts.core.network.id = "4444444444445"), "accounts.core.network.id"],
    [
      "the management account as a member",
      (c: Cfg) => (c.accounts.core.network.id = "111111111111"),
      "accounts.core.network.id: 111111111111 is the management account",
    ],
    [
      "an account id written as a number",
      (c: Cfg) => (c.organization.managementAccountId = 111111111111),
      "organization.managementAccountId: must be string",
    ],
    ["a CIDR with host bits", (c: Cfg) => (c.network.hubCidr = "10.0.0.1/22"), 'network.hubCidr: "10.0.0.1/22" is not an IPv4 network'],
    ["a CIDR that is not one", (c: Cfg) => (c.network.workloadSupernet = "10.300.0.0/12"), "network.workloadSupernet"],
    ["a hub VPC too large", (c: Cfg) => (c.network.hubCidr = "10.0.0.0/12"), "network.hubCidr: a VPC must be /16 to /24"],
    [
      "overlapping CIDRs",
      (c: Cfg) => (c.network.workloadSupernet = "10.0.0.0/8"),
      "network.workloadSupernet: 10.0.0.0/8 overlaps network.hubCidr",
    ],
    [
      "a session longer than 12 hours",
      (c: Cfg) => (c.identityCenter.sessionDurations.administrator = "PT13H"),
      "identityCenter.sessionDurations.administrator",
    ],
    [
      "a session shorter than 15 minutes",
      (c: Cfg) => (c.identityCenter.sessionDurations["read-only"] = "PT10M"),
      "identityCenter.sessionDurations.read-only",
    ],
    [
      "an unknown permission set",
      (c: Cfg) => (c.identityCenter.assignments[0].permissionSet = "god-mode"),
      "identityCenter.assignments[0].permissionSet: must be one of",
    ],
    [
      "an assignment to an unknown group",
      (c: Cfg) => (c.identityCenter.assignments[1].group = "nobody"),
      'identityCenter.assignments[1].group: unknown group "nobody"',
    ],
    [
      "an assignment to an unknown account",
      (c: Cfg) => (c.identityCenter.assignments[2].accounts = ["payments-qa"]),
      'identityCenter.assignments[2].accounts[0]: unknown account "payments-qa"',
    ],
    [
      "an unprotected break-glass role",
      (c: Cfg) => (c.breakGlass.roleNames = ["emergency-admin"]),
      'breakGlass.roleNames[0]: "emergency-admin" is not covered by protectedRoleNames',
    ],
    [
      "a break-glass principal that is not an IAM ARN",
      (c: Cfg) => (c.breakGlass.trustedPrincipals = ["alice"]),
      "breakGlass.trustedPrincipals[0]",
    ],
    [
      "a workload OU that does not exist",
      (c: Cfg) => (c.accounts.workloads[0].ou = "Workloads/Staging"),
      "accounts.workloads[0].ou: must be one of",
    ],
    [
      "object lock longer than retention",
      (c: Cfg) => (c.logging = { ...c.logging, retentionDays: 400, objectLockDays: 500 }),
      "logging.objectLockDays: 500 exceeds logging.retentionDays 400",
    ],
    ["a typo in a setting", (c: Cfg) => (c.network.egressThroughHubs = true), "network.egressThroughHubs: is not a known setting"],
    ["a missing required key", (c: Cfg) => delete c.breakGlass, "breakGlass: is required"],
  ])("rejects %s, naming the key", (_what, change, expected) => {
    const found = problems(variant(change));
    expect(
      found.some((p) => p.includes(expected)),
      `expected a problem containing ${JSON.stringify(expected)}, got:\n${found.join("\n")}`,
    ).toBe(true);
  });

  it("reports every problem at once, each prefixed with the config namespace", () => {
    const bad = variant((c) => {
      c.homeRegion = "mars-north-1";
      c.network.hubCidr = "banana";
    });
    expect(() => loadConfig(sourceOf(bad), NAMESPACE)).toThrowError(/aws-landing-zone:homeRegion[\s\S]*aws-landing-zone:network\.hubCidr/);
  });

  it("rejects structured keys that are not JSON, and unknown keys in the namespace", () => {
    const values = sampleConfig();
    const source = { get: (k: string) => (k === "network" ? "10.0.0.0/22" : sourceOf(values).get(k)) };
    expect(() => loadConfig(source, NAMESPACE, ["network", "alowedRegions"])).toThrowError(
      /network: expected structured YAML[\s\S]*alowedRegions: is not a known setting/,
    );
  });

  it("validates plain objects too, without touching the input", () => {
    const raw = structuredClone(sampleConfig());
    const before = JSON.stringify(raw);
    validateConfig(raw);
    expect(JSON.stringify(raw)).toBe(before);
  });

  it("parses CIDRs exactly", () => {
    expect(parseCidr("10.16.0.0/12")).toEqual({ base: 0x0a100000, prefix: 12 });
    expect(parseCidr("10.17.0.0/12")).toBeUndefined();
    expect(parseCidr("256.0.0.0/8")).toBeUndefined();
    expect(parseCidr("10.0.0.0/33")).toBeUndefined();
  });
});
