import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InProcessPolicyPack, type PolicyConfigFile } from "@palisade/crossguard";
import { type PlannedResource, runProgram, type StackSnapshot } from "@palisade/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { NAMESPACE, STACK_DIR, sampleConfig, sourceOf } from "../test/sample-config";
import { loadConfig } from "./config";
import { buildGuardrails, guardrailOptions } from "./guardrails";

/**
 * The whole outcome: the sample stack run offline (as `pulumi preview` would run it, under mocks), its
 * resource inventory compared with a checked-in expectation, and the AWS pack's verdict on it. After an
 * intended change, regenerate the expectation with UPDATE_INVENTORY=1 and review the diff.
 */

const EXPECTED = join(__dirname, "..", "test", "expected-inventory.json");
/** Types whose resource names the expectation lists: the parts of the structure a reviewer reads. */
const NAMED_TYPES = [
  "aws:organizations/organizationalUnit:OrganizationalUnit",
  "aws:organizations/account:Account",
  "aws:organizations/policy:Policy",
  "aws:organizations/delegatedAdministrator:DelegatedAdministrator",
  "aws:ssoadmin/permissionSet:PermissionSet",
  "aws:kms/key:Key",
  "aws:s3/bucket:Bucket",
  "aws:cloudtrail/trail:Trail",
  "pulumi:providers:aws",
];

interface Inventory {
  resources: number;
  byType: Record<string, number>;
  names: Record<string, string[]>;
}

function inventoryOf(snapshot: StackSnapshot): Inventory {
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

/** The AWS pack over the snapshot, the way the CLI's in-process path runs it (remediate, analyze, analyze stack). */
async function awsPackFindings(snapshot: StackSnapshot, config: PolicyConfigFile) {
  const { packName, packVersion, packArgs } = require("@palisade/aws-guardrails/dist/policies");
  const pack = new InProcessPolicyPack(packName, packVersion, packArgs);
  pack.configure(config);
  const diagnostics = [];
  for (const r of snapshot.resources) {
    const fixed = await pack.remediate(r);
    diagnostics.push(...(await pack.analyze(fixed ? { ...r, inputs: fixed } : r)).diagnostics);
  }
  const stack = await pack.analyzeStack(snapshot.resources);
  return { diagnostics: [...diagnostics, ...stack.diagnostics], notApplicable: stack.notApplicable };
}

const inputs = (r: PlannedResource) => r.inputs as Record<string, unknown>;

describe("the aws-landing-zone stack (management)", () => {
  let snapshot: StackSnapshot;
  beforeAll(async () => {
    snapshot = await runProgram(STACK_DIR, { stack: "management" });
  });

  it("declares the expected inventory", () => {
    const actual = inventoryOf(snapshot);
    if (process.env.UPDATE_INVENTORY === "1") writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, "utf8")));
  });

  it("deploys exactly the guardrail documents built from the controls", () => {
    const g = buildGuardrails(guardrailOptions(loadConfig(sourceOf(sampleConfig()), NAMESPACE)));
    const deployed = snapshot.resources.filter((r) => r.type === "aws:organizations/policy:Policy");
    const expected = [...g.rootScps, ...g.rootRcps, ...g.suspendedScps];
    expect(deployed.map((r) => [inputs(r).name, inputs(r).content])).toEqual(expected.map((p) => [p.name, p.json]));
    // Each is attached once: root for the organisation-wide ones, the Suspended OU for the quarantine.
    const attachments = snapshot.resources.filter((r) => r.type === "aws:organizations/policyAttachment:PolicyAttachment");
    expect(attachments).toHaveLength(expected.length);
    const suspendedOu = snapshot.resources.find((r) => r.type.endsWith(":OrganizationalUnit") && inputs(r).name === "Suspended")!;
    const quarantine = attachments.filter((a) => a.propertyDependencies.targetId?.includes(suspendedOu.urn));
    expect(quarantine.map((a) => a.name)).toEqual(g.suspendedScps.map((p) => `${p.name}-attachment`));
  });

  it("deploys the response function: bundled code, encrypted environment, its triggers, dead letters, alarms, a member role per account", () => {
    const fn = snapshot.resources.find((r) => r.type === "aws:lambda/function:Function")!;
    expect(inputs(fn)).toMatchObject({ name: "palisade-respond", handler: "index.handler", runtime: "nodejs22.x" });
    expect(JSON.stringify(inputs(fn).code)).toContain("respond/dist/functions/aws/index.js");
    const env = (inputs(fn).environment as { variables: Record<string, string> }).variables;
    expect(env.PALISADE_RESPOND_RUNBOOKS.split(",")).toHaveLength(5);
    expect(JSON.parse(env.PALISADE_RESPOND_EXCLUSIONS)).toMatchObject({
      principals: ["palisade-break-glass"],
      tags: ["palisade:respond=skip"],
    });
    for (const p of ["kmsKeyArn", "deadLetterConfig", "role"]) expect(fn.propertyDependencies[p]?.length, p).toBeGreaterThan(0);
    const rules = snapshot.resources.filter(
      (r) => r.type === "aws:cloudwatch/eventRule:EventRule" && String(inputs(r).name).startsWith("palisade-respond-"),
    );
    expect(rules.map((r) => [inputs(r).eventBusName, JSON.parse(String(inputs(r).eventPattern)).source ?? "root"]).sort()).toEqual(
      [
        ["default", ["aws.guardduty"]],
        ["default", ["aws.guardduty"]],
        ["default", ["aws.securityhub"]],
        ["default", ["aws.securityhub"]],
        ["palisade-security-events", ["aws.ec2"]],
        ["palisade-security-events", ["aws.s3"]],
        ["palisade-security-events", "root"],
      ].sort(),
    );
    const targets = snapshot.resources.filter((r) => r.type === "aws:cloudwatch/eventTarget:EventTarget" && r.name.startsWith("respond-"));
    expect(targets).toHaveLength(rules.length);
    expect(targets.every((t) => (inputs(t).retryPolicy as { maximumRetryAttempts: number }).maximumRetryAttempts === 4)).toBe(true);
    expect(
      snapshot.resources
        .filter((r) => r.type === "aws:lambda/permission:Permission")
        .every((p) => p.propertyDependencies.sourceArn?.length),
    ).toBe(true);
    const alarms = snapshot.resources.filter(
      (r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm" && String(inputs(r).name).startsWith("palisade-respond-"),
    );
    expect(alarms.map((a) => inputs(a).metricName).sort()).toEqual(["ApproximateNumberOfMessagesVisible", "Errors", "Throttles"]);
    const accounts = snapshot.resources.filter((r) => r.type === "aws:organizations/account:Account").length;
    const memberRoles = snapshot.resources.filter((r) => r.type === "aws:iam/role:Role" && inputs(r).name === "palisade-respond-member");
    expect(memberRoles.length).toBeGreaterThanOrEqual(accounts);
  });

  it("passes its own guardrails: no mandatory finding from the AWS pack (break-glass exemption from the stack's pack config)", async () => {
    const config = JSON.parse(readFileSync(join(STACK_DIR, "policy-pack-config.json"), "utf8")) as PolicyConfigFile;
    const { diagnostics, notApplicable } = await awsPackFindings(snapshot, config);
    const mandatory = diagnostics.filter((d) => d.enforcementLevel === "mandatory");
    expect(mandatory.map((d) => `${d.policyName} ${d.urn.split("::").pop()}: ${d.message}`)).toEqual([]);
    // The organisation controls decided the stack (it manages the organisation): none was "not applicable".
    expect(notApplicable.map((n) => n.policyName).filter((n) => n.startsWith("aws-organizations-"))).toEqual([]);
  });

  it("without the exemptions, reports exactly the break-glass roles' administrator access and the auto-accepting hub", async () => {
    const { diagnostics } = await awsPackFindings(snapshot, {});
    const mandatory = diagnostics.filter((d) => d.enforcementLevel === "mandatory");
    expect(new Set(mandatory.map((d) => d.policyName))).toEqual(
      new Set(["aws-iam-policy-no-full-admin", "aws-ec2-transit-gateway-no-auto-accept"]),
    );
    const admin = mandatory.filter((d) => d.policyName === "aws-iam-policy-no-full-admin");
    expect(admin.every((d) => d.urn.endsWith("-palisade-break-glass-administrator"))).toBe(true);
    const tgw = mandatory.filter((d) => d.policyName === "aws-ec2-transit-gateway-no-auto-accept");
    expect(tgw.map((d) => d.urn.split("::").pop())).toEqual(["tgw"]);
  });
});

describe("the aws-landing-zone stack without egress through the hub", () => {
  let dir: string;
  let snapshot: StackSnapshot;
  beforeAll(async () => {
    // A copy of the stack inside the repository, so it resolves the same packages, with one setting changed.
    dir = mkdtempSync(join(__dirname, "..", ".isolated-"));
    for (const f of ["index.ts", "Pulumi.yaml", "package.json"]) cpSync(join(STACK_DIR, f), join(dir, f));
    const doc = parse(readFileSync(join(STACK_DIR, "Pulumi.management.yaml"), "utf8"));
    doc.config["aws-landing-zone:network"].egressThroughHub = false;
    writeFileSync(join(dir, "Pulumi.isolated.yaml"), stringify(doc));
    snapshot = await runProgram(dir, { stack: "isolated" });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has no internet path: no internet or NAT gateway, no default route anywhere", () => {
    const types = new Set(snapshot.resources.map((r) => r.type));
    expect(types.has("aws:ec2/internetGateway:InternetGateway")).toBe(false);
    expect(types.has("aws:ec2/natGateway:NatGateway")).toBe(false);
    expect(types.has("aws:ec2/eip:Eip")).toBe(false);
    const defaultRoutes = snapshot.resources.filter(
      (r) =>
        (r.type === "aws:ec2/route:Route" || r.type === "aws:ec2transitgateway/route:Route") &&
        inputs(r).destinationCidrBlock === "0.0.0.0/0",
    );
    expect(defaultRoutes).toEqual([]);
    const nacl = snapshot.resources.find((r) => r.type === "aws:ec2/networkAcl:NetworkAcl")!;
    const sources = [...(inputs(nacl).ingress as { cidrBlock: string }[]), ...(inputs(nacl).egress as { cidrBlock: string }[])].map(
      (e) => e.cidrBlock,
    );
    expect(sources).not.toContain("0.0.0.0/0");
  });
});
