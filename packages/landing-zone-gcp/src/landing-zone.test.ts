import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gcpControls } from "@palisade/controls";
import { InProcessPolicyPack } from "@palisade/crossguard";
import { runProgram, type StackSnapshot } from "@palisade/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { STACK_DIR, sampleConfig, sourceOf } from "../test/sample-config";
import { loadConfig } from "./config";
import { enforcedConstraints, planGuardrails } from "./guardrails";

/**
 * The whole outcome: the sample stack run offline (as `pulumi preview` would run it, under mocks), its
 * resource inventory compared with a checked-in expectation, and the GCP pack's verdict on it. After an
 * intended change, regenerate the expectation with UPDATE_INVENTORY=1 and review the diff.
 */

const EXPECTED = join(__dirname, "..", "test", "expected-inventory.json");
const NAMED_TYPES = [
  "gcp:organizations/folder:Folder",
  "gcp:organizations/project:Project",
  "gcp:orgpolicy/policy:Policy",
  "gcp:kms/cryptoKey:CryptoKey",
  "gcp:logging/metric:Metric",
];

function inventoryOf(snapshot: StackSnapshot) {
  const byType: Record<string, number> = {};
  const names: Record<string, string[]> = {};
  for (const r of snapshot.resources) {
    byType[r.type] = (byType[r.type] ?? 0) + 1;
    if (NAMED_TYPES.includes(r.type)) names[r.type] = [...(names[r.type] ?? []), r.name];
  }
  const sorted = <T>(o: Record<string, T>) =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  for (const list of Object.values(names)) list.sort();
  return { resources: snapshot.resources.length, byType: sorted(byType), names: sorted(names) };
}

async function gcpPackFindings(snapshot: StackSnapshot) {
  const { packName, packVersion, packArgs } = require("@palisade/gcp-guardrails/dist/policies");
  const pack = new InProcessPolicyPack(packName, packVersion, packArgs);
  const diagnostics = [];
  for (const r of snapshot.resources) diagnostics.push(...(await pack.analyze(r)).diagnostics);
  const stack = await pack.analyzeStack(snapshot.resources);
  return { diagnostics: [...diagnostics, ...stack.diagnostics], notApplicable: stack.notApplicable };
}

describe("the gcp-landing-zone stack (org)", () => {
  let snapshot: StackSnapshot;
  beforeAll(async () => {
    snapshot = await runProgram(STACK_DIR, { stack: "org" });
  });

  it("declares the expected inventory", () => {
    const actual = inventoryOf(snapshot);
    if (process.env.UPDATE_INVENTORY === "1") writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, "utf8")));
  });

  it("deploys exactly the organisation policies planned from the controls", () => {
    const config = loadConfig(sourceOf(sampleConfig()), enforcedConstraints(gcpControls));
    const plan = planGuardrails(gcpControls, config);
    const policies = snapshot.resources.filter((r) => r.type === "gcp:orgpolicy/policy:Policy");
    const inputs = (r: (typeof policies)[number]) => r.inputs as { name: string; spec: { rules: unknown[] } };
    // Registration order depends on when dependencies resolve: compare by name.
    const byName = (a: [string, unknown], b: [string, unknown]) => a[0].localeCompare(b[0]);
    expect(policies.map((p): [string, unknown] => [inputs(p).name, inputs(p).spec.rules]).sort(byName)).toEqual(
      plan.policies.map((p): [string, unknown] => [`organizations/123456789012/policies/${p.constraint}`, p.rules]).sort(byName),
    );
    const custom = snapshot.resources.filter((r) => r.type === "gcp:orgpolicy/customConstraint:CustomConstraint");
    const conditions = (list: { name: string; condition: string }[]) =>
      list.map((c): [string, unknown] => [c.name, c.condition]).sort(byName);
    expect(conditions(custom.map((c) => c.inputs as { name: string; condition: string }))).toEqual(conditions(plan.customConstraints));
  });

  it("has no project with a default network and every project on Cloud Asset Inventory", () => {
    const projects = snapshot.resources.filter((r) => r.type === "gcp:organizations/project:Project");
    expect(projects).toHaveLength(5);
    for (const p of projects) expect((p.inputs as { autoCreateNetwork: boolean }).autoCreateNetwork).toBe(false);
  });

  it("deploys the response functions: bundled source in a CMEK bucket, SCC and audit-log triggers, a custom least-privilege role, a failure alert", () => {
    const fns = snapshot.resources.filter((r) => r.type === "gcp:cloudfunctionsv2/function:Function");
    expect(fns.map((f) => (f.inputs as Record<string, string>).name).sort()).toEqual(["palisade-respond-audit", "palisade-respond-scc"]);
    for (const f of fns) {
      const i = f.inputs as Record<string, any>;
      expect(i.eventTrigger).toMatchObject({
        eventType: "google.cloud.pubsub.topic.v1.messagePublished",
        retryPolicy: "RETRY_POLICY_RETRY",
      });
      expect(i.serviceConfig).toMatchObject({ ingressSettings: "ALLOW_INTERNAL_ONLY" });
      expect(i.serviceConfig.environmentVariables.PALISADE_RESPOND_RUNBOOKS.split(",")).toHaveLength(4);
    }
    const zip = snapshot.resources.find((r) => r.type === "gcp:storage/bucketObject:BucketObject" && r.name === "respond-source-zip")!;
    expect(JSON.stringify(zip.inputs)).toContain("respond/dist/functions/gcp/index.js");
    const role = snapshot.resources.find((r) => r.type === "gcp:organizations/iAMCustomRole:IAMCustomRole")!;
    expect((role.inputs as { permissions: string[] }).permissions.some((p) => p.includes("*") || p.endsWith(".delete"))).toBe(false);
    expect(snapshot.resources.some((r) => r.type === "gcp:securitycenter/notificationConfig:NotificationConfig")).toBe(true);
    expect(
      snapshot.resources.some((r) => r.type === "gcp:logging/organizationSink:OrganizationSink" && r.name === "respond-audit-sink"),
    ).toBe(true);
    expect(snapshot.resources.some((r) => r.type === "gcp:monitoring/alertPolicy:AlertPolicy" && r.name === "respond-failures")).toBe(true);
  });

  it("passes its own guardrails: no mandatory finding from the GCP pack, and the organisation controls decide it", async () => {
    const { diagnostics, notApplicable } = await gcpPackFindings(snapshot);
    const mandatory = diagnostics.filter((d) => d.enforcementLevel === "mandatory");
    expect(mandatory.map((d) => `${d.policyName} ${d.urn.split("::").pop()}: ${d.message}`)).toEqual([]);
    const decidedHere = [
      "gcp-logging-organization-sink",
      "gcp-essentialcontacts-organization-contacts",
      ...gcpControls.filter((c) => c.id.startsWith("gcp-logging-metric-alert-")).map((c) => c.id),
    ];
    expect(notApplicable.map((n) => n.policyName).filter((n) => decidedHere.includes(n))).toEqual([]);
    // The only advisories are values unknown until creation (writer identities, service agents).
    // And the response source bucket's usage logs: it holds only the function package, whose reads the Data Access audit
    // logs already record.
    for (const d of diagnostics) {
      if (d.policyName === "gcp-storage-bucket-access-logging" && d.urn.endsWith("::respond-source")) continue;
      expect(d.message, `${d.policyName} ${d.urn}`).toMatch(/during preview|cannot be evaluated at preview/);
    }
  });
});
