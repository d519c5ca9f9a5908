import { gcpControls } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import { sampleConfig, sourceOf } from "../test/sample-config";
import { ConfigError, loadConfig, validateConfig } from "./config";
import { enforcedConstraints } from "./guardrails";

const KNOWN = enforcedConstraints(gcpControls);

// biome-ignore lint/suspicious/noExplicitAny: tests poke arbitrary values into the config
type Loose = Record<string, any>;

function problemsOf(mutate: (c: Loose) => void): string[] {
  const c = structuredClone(sampleConfig()) as Loose;
  mutate(c);
  try {
    validateConfig(c, KNOWN);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe("landing zone config", () => {
  it("accepts the sample stack's config and fills in defaults", () => {
    const c = loadConfig(sourceOf(sampleConfig()), KNOWN);
    expect(c.organization.id).toBe("123456789012");
    expect(c.folders.nonProduction).toBe("non-production");
    expect(c.network.iapRanges).toEqual(["35.235.240.0/20"]);
    expect(c.projects.workloads.map((w) => w.services)).toEqual([[], []]);
    expect(c.kms.rotationDays).toBe(90);
  });

  it("names the key of each missing or malformed value", () => {
    expect(problemsOf((c) => delete c.organization.id)).toEqual(["organization.id: is required"]);
    expect(problemsOf((c) => (c.organization.billingAccount = "nope"))[0]).toMatch(
      /^organization\.billingAccount: "nope" is not valid \(expected a billing account id/,
    );
    expect(problemsOf((c) => (c.projects.workloads[1].id = "UPPER")).join("\n")).toMatch(
      /^projects\.workloads\[1\]\.id: "UPPER" is not valid/m,
    );
    expect(problemsOf((c) => (c.projects.workloads[0].folder = "sandbox"))[0]).toMatch(
      /^projects\.workloads\[0\]\.folder: must be one of "common", "production"/,
    );
    expect(problemsOf((c) => (c.network.colour = "blue"))).toEqual(["network.colour: is not a known setting"]);
    expect(problemsOf((c) => (c.kms = { rotationDays: 365 }))).toEqual(["kms.rotationDays: must be <= 90 (got 365)"]);
    expect(problemsOf((c) => (c.logging.retentionDays = 30))).toEqual(["logging.retentionDays: must be >= 365 (got 30)"]);
  });

  it("checks what the schema cannot: CIDRs, duplicates, the PSC address and exception constraints", () => {
    expect(problemsOf((c) => (c.network.subnets[1].cidr = "10.10.8.0/21"))).toEqual([
      "network.subnets[1].cidr: 10.10.8.0/21 overlaps network.subnets[0].cidr",
    ]);
    expect(problemsOf((c) => (c.network.subnets[0].cidr = "10.10.0.1/20"))[0]).toMatch(
      /^network\.subnets\[0\]\.cidr: "10.10.0.1\/20" is not an IPv4 network address/,
    );
    expect(problemsOf((c) => (c.network.pscAddress = "10.20.0.5"))).toEqual([
      "network.pscAddress: 10.20.0.5 lies inside network.subnets[1].cidr; choose an address outside every subnet",
    ]);
    expect(problemsOf((c) => (c.projects.workloads[1].id = "acme-logging"))).toEqual([
      'projects.workloads[1].id: duplicate project id "acme-logging" (also projects.logging)',
    ]);
    const p = problemsOf((c) => (c.exceptions[0].constraints = ["compute.vmExternalIPAccess"]));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^exceptions\[0\]\.constraints\[0\]: "compute.vmExternalIPAccess" is not a constraint the landing zone enforces/);
  });

  it("reports unknown keys and unreadable values of the namespace before anything else", () => {
    const values = sampleConfig();
    expect(() => loadConfig(sourceOf(values), KNOWN, "gcp-landing-zone", [...Object.keys(values), "folderz"])).toThrow(
      /gcp-landing-zone:folderz: is not a known setting/,
    );
    expect(() => loadConfig({ get: (k) => (k === "organization" ? "{not json" : undefined) }, KNOWN)).toThrow(
      /gcp-landing-zone:organization: is not valid object config/,
    );
  });
});
