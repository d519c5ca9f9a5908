import { describe, expect, it } from "vitest";
import { NAMESPACE, sampleConfig, sourceOf } from "../test/sample-config";
import { ConfigError, type LandingZoneConfig, loadConfig, validateConfig } from "./config";
import { hubSubnets, keyVaultName, nextHopIp, storageAccountName } from "./conventions";

// biome-ignore lint/suspicious/noExplicitAny: tests edit the sample config freely, including into invalid shapes
type Editable = Record<string, any>;

/** The problems a config produces, or [] when it is valid. */
function problemsOf(mutate: (c: Editable) => void): string[] {
  const c = structuredClone(sampleConfig()) as Editable;
  mutate(c);
  try {
    validateConfig(c);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe("landing zone config", () => {
  it("accepts the sample stack's config and fills in defaults", () => {
    const c = loadConfig(sourceOf(sampleConfig()), NAMESPACE);
    expect(c.prefix).toBe("contoso");
    expect(c.security.defenderPlans).toContain("KeyVaults");
    expect(c.network.privateDnsZones).toContain("privatelink.vaultcore.azure.net");
    expect(c.policy.exemptions[0].category).toBe("Waiver");
    expect(c.keyManagement.keys.map((k) => k.name)).toEqual(["platform-cmk", "backup-cmk"]);
  });

  it("names the key of a missing or unknown setting", () => {
    expect(problemsOf((c) => delete c.tenantRootGroupId)).toContain("tenantRootGroupId: is required");
    expect(problemsOf((c) => (c.network.colour = "blue"))).toContain("network.colour: is not a known setting");
    expect(problemsOf((c) => delete c.network.egress.type)).toContain("network.egress.type: is required");
  });

  it("rejects malformed values, saying what is expected", () => {
    expect(problemsOf((c) => (c.tenantRootGroupId = "not-a-guid"))).toEqual([
      'tenantRootGroupId: "not-a-guid" is not valid (a GUID such as 00000000-0000-0000-0000-000000000000)',
    ]);
    expect(problemsOf((c) => (c.prefix = "Contoso-Platform"))[0]).toMatch(/^prefix: "Contoso-Platform" is not valid \(2-8 lower-case/);
    expect(problemsOf((c) => (c.policy.effect = "Block"))).toContain('policy.effect: must be one of "Deny", "Audit"');
    expect(problemsOf((c) => (c.subscriptions.management.managementGroup = "platform"))[0]).toMatch(
      /^subscriptions\.management\.managementGroup: must be one of "management", "connectivity"/,
    );
    expect(problemsOf((c) => (c.security.contactEmails = ["soc"]))[0]).toMatch(
      /^security\.contactEmails\[0\]: "soc" is not valid \(an e-mail address\)/,
    );
    expect(problemsOf((c) => (c.network.flowLogRetentionDays = 30))).toContain("network.flowLogRetentionDays: must be >= 90 (got 30)");
  });

  it("checks regions and that the landing zone can satisfy its own location and tag policies", () => {
    expect(problemsOf((c) => (c.allowedLocations = ["westeurope", "westeuropa"]))).toContain(
      'allowedLocations[1]: unknown Azure region "westeuropa"',
    );
    expect(problemsOf((c) => (c.defaultLocation = "eastus"))).toContain(
      'defaultLocation: "eastus" is not in allowedLocations; the landing zone would deny its own resources',
    );
    expect(problemsOf((c) => (c.requiredTags = ["owner", "data-classification"]))).toContain(
      'requiredTags[1]: "data-classification" is required but not set in tags; add it to tags',
    );
  });

  it("requires exactly one management and one connectivity subscription, with unique ids", () => {
    expect(problemsOf((c) => (c.subscriptions.identity.managementGroup = "connectivity"))).toContain(
      "subscriptions: exactly one subscription must be placed in connectivity (found connectivity, identity)",
    );
    expect(problemsOf((c) => delete c.subscriptions.management)).toContain(
      "subscriptions: exactly one subscription must be placed in management (found none)",
    );
    expect(problemsOf((c) => (c.subscriptions.identity.id = c.subscriptions.management.id))).toContain(
      "subscriptions.identity.id: 1b0e6a2c-0000-4000-8000-000000000001 is also subscription management",
    );
  });

  it("checks the network plan: sizes, overlaps, spokes' subscriptions and the appliance's address", () => {
    expect(problemsOf((c) => (c.network.hubAddressSpace = "10.0.0.0/26"))).toContain(
      "network.hubAddressSpace: the hub needs at least a /24 (got /26)",
    );
    expect(problemsOf((c) => (c.network.hubAddressSpace = "10.0.0.1/24"))[0]).toMatch(
      /^network\.hubAddressSpace: "10\.0\.0\.1\/24" is not an IPv4 network/,
    );
    expect(problemsOf((c) => (c.network.spokes[1].addressSpace = "10.1.0.0/16"))).toContain(
      "network.spokes[1].addressSpace: 10.1.0.0/16 overlaps network.spokes[0].addressSpace 10.1.0.0/22",
    );
    expect(problemsOf((c) => (c.network.spokes[0].subnets[1].addressPrefix = "10.9.0.0/24"))).toContain(
      "network.spokes[0].subnets[1].addressPrefix: 10.9.0.0/24 is outside the spoke's addressSpace 10.1.0.0/22",
    );
    expect(problemsOf((c) => (c.network.spokes[0].subscription = "management"))).toContain(
      "network.spokes[0].subscription: management is placed in management; spokes belong to corp, online or sandbox subscriptions",
    );
    expect(problemsOf((c) => (c.network.spokes[0].subscription = "nope"))).toContain(
      'network.spokes[0].subscription: unknown subscription "nope" (declare it in subscriptions)',
    );
    expect(problemsOf((c) => (c.network.egress = { type: "nva" }))).toContain(
      'network.egress.nextHopIpAddress: is required when network.egress.type is "nva"',
    );
    expect(problemsOf((c) => (c.network.egress = { type: "nva", nextHopIpAddress: "10.9.0.4" }))).toContain(
      "network.egress.nextHopIpAddress: 10.9.0.4 is outside network.hubAddressSpace 10.0.0.0/24",
    );
  });

  it("checks policy overrides and exemptions against the generated policies", () => {
    expect(problemsOf((c) => (c.policy.overrides = { "palisade-no-such-policy": "Audit" }))[0]).toMatch(
      /^policy\.overrides\.palisade-no-such-policy: unknown policy/,
    );
    expect(problemsOf((c) => (c.policy.exemptions[0].policies = ["palisade-storage-minimum-tls"]))).toContain(
      'policy.exemptions[0].policies[0]: "palisade-storage-minimum-tls" is not a policy of the corp assignment',
    );
    expect(problemsOf((c) => (c.policy.exemptions[0].expiresOn = "next year"))[0]).toMatch(
      /^policy\.exemptions\[0\]\.expiresOn: "next year" is not valid/,
    );
    expect(problemsOf((c) => (c.policy.exemptions[0].reason = "because"))).toContain(
      'policy.exemptions[0].reason: must NOT have fewer than 10 characters (got "because")',
    );
    expect(problemsOf((c) => c.policy.exemptions.push(structuredClone(c.policy.exemptions[0])))).toContain(
      'policy.exemptions[1].name: duplicate exemption name "legacy-reporting-sa"',
    );
  });

  it("checks keys rotate before they expire", () => {
    expect(problemsOf((c) => (c.keyManagement.keys[0].rotateAfter = "P2Y"))).toContain(
      "keyManagement.keys[0].rotateAfter: P2Y is not before expiresAfter P1Y; the key would expire before it rotates",
    );
  });

  it("reports every problem at once, prefixed with the namespace", () => {
    try {
      validateConfig({ ...sampleConfig(), prefix: "X", tenantRootGroupId: "mars" }, NAMESPACE);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/invalid landing zone config \(2 problems\)/);
      expect((e as Error).message).toContain("azure-landing-zone:prefix:");
      expect((e as Error).message).toContain("azure-landing-zone:tenantRootGroupId:");
    }
  });

  it("loads structured values from stack config and rejects unknown keys and malformed YAML", () => {
    expect(() => loadConfig(sourceOf(sampleConfig()), NAMESPACE, ["prefix", "colour"])).toThrow(
      /azure-landing-zone:colour: is not a known setting/,
    );
    const broken = { ...sampleConfig() };
    const source = { get: (k: string) => (k === "network" ? "{not json" : sourceOf(broken).get(k)) };
    expect(() => loadConfig(source, NAMESPACE)).toThrow(/network: expected structured YAML/);
  });
});

describe("naming conventions", () => {
  const c = loadConfig(sourceOf(sampleConfig()), NAMESPACE) as LandingZoneConfig;

  it("carves the hub's subnets and derives the firewall's address", () => {
    expect(hubSubnets(c)).toMatchObject({
      firewall: { name: "AzureFirewallSubnet", addressPrefix: "10.0.0.0/26" },
      gateway: { name: "GatewaySubnet", addressPrefix: "10.0.0.64/27" },
      endpoints: { addressPrefix: "10.0.0.128/26" },
      firewallPrivateIp: "10.0.0.4",
    });
    expect(nextHopIp(c)).toBe("10.0.0.4");
    expect(
      nextHopIp({ ...c, network: { ...c.network, egress: { type: "nva", firewallTier: "Standard", nextHopIpAddress: "10.0.0.196" } } }),
    ).toBe("10.0.0.196");
  });

  it("makes deterministic, valid globally unique names", () => {
    const sa = storageAccountName(c, "flow");
    expect(sa).toMatch(/^[a-z0-9]{3,24}$/);
    expect(storageAccountName(c, "flow")).toBe(sa);
    expect(keyVaultName(c)).toMatch(/^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/);
  });
});
