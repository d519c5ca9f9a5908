import { awsControls, type Control, checkProps, evaluateResource, findingMessages, settingsFor } from "@palisade/controls";
import type { PlannedResource, StackSnapshot } from "@palisade/engine";
import { buildStackResult, type DiagnosticLike } from "../src/build";
import { type CollectorOptions, ComplianceCollector } from "../src/compliance/collect";
import type { ComplianceReport } from "../src/compliance/model";

/**
 * Small stacks and an evaluation that follows the pack's rules (resource checks only): enough to test
 * the report and its formats without the CLI.
 */

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };

export function resource(stack: string, type: string, name: string, inputs: Record<string, unknown>): PlannedResource {
  return {
    urn: `urn:pulumi:${stack}::acme::${type}::${name}`,
    type,
    name,
    custom: true,
    parent: `urn:pulumi:${stack}::acme::pulumi:pulumi:Stack::acme-${stack}`,
    inputs: inputs as PlannedResource["inputs"],
    dependencies: [],
    propertyDependencies: {},
    options: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] },
  };
}

export function snapshot(stack: string, resources: PlannedResource[]): StackSnapshot {
  const root: PlannedResource = {
    urn: `urn:pulumi:${stack}::acme::pulumi:pulumi:Stack::acme-${stack}`,
    type: "pulumi:pulumi:Stack",
    name: `acme-${stack}`,
    custom: false,
    inputs: {},
    dependencies: [],
    propertyDependencies: {},
    options: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] },
  };
  return { project: "acme", stack, source: { kind: "stack-export", path: `${stack}.json` }, resources: [root, ...resources] };
}

/** acme/prod: one encrypted and one plain volume, an instance whose IMDS setting is unknown, a key without rotation. */
export function prodStack(): StackSnapshot {
  return snapshot("prod", [
    resource("prod", "aws:ebs/volume:Volume", "enc", { encrypted: true, size: 8, tags: { team: "data" } }),
    resource("prod", "aws:ebs/volume:Volume", "plain", { encrypted: false, size: 8, tags: { team: "data" } }),
    resource("prod", "aws:ec2/instance:Instance", "web", { ami: "ami-1", metadataOptions: { httpTokens: UNKNOWN } }),
    resource("prod", "aws:kms/key:Key", "k", { enableKeyRotation: false, description: { ...SIG, value: "s3cr3t-description-value" } }),
  ]);
}

/** acme/dev: only an encrypted volume. */
export function devStack(): StackSnapshot {
  return snapshot("dev", [resource("dev", "aws:ebs/volume:Volume", "enc", { encrypted: true, size: 8 })]);
}

const RESOURCE_CONTROLS = awsControls.filter((c) => c.check);

/** Diagnostics as the pack reports them for resource checks. */
export function diagnose(s: StackSnapshot, controls: readonly Control[] = RESOURCE_CONTROLS): DiagnosticLike[] {
  const out: DiagnosticLike[] = [];
  for (const r of s.resources) {
    for (const c of controls) {
      if (!c.resourceTypes.includes(r.type)) continue;
      const verdict = evaluateResource(c, { type: r.type, name: r.name, urn: r.urn, props: checkProps(r.inputs) }, settingsFor(c));
      for (const message of findingMessages(c, verdict)) {
        out.push({
          policyName: c.id,
          policyPackName: "palisade-aws-guardrails",
          policyPackVersion: "0.1.0",
          message,
          urn: r.urn,
          enforcementLevel: verdict.status === "cannot-evaluate" ? "advisory" : c.enforcementLevel,
          severity: c.severity,
        });
      }
    }
  }
  return out;
}

export function collect(
  stacks: StackSnapshot[],
  opts: Partial<CollectorOptions> = {},
): { report: ComplianceReport; collector: ComplianceCollector } {
  const collector = new ComplianceCollector({
    toolVersion: "0.1.0",
    failOn: "mandatory",
    now: new Date("2026-06-01T12:00:00.000Z"),
    ...opts,
  });
  for (const s of stacks) {
    const scan = buildStackResult(s, diagnose(s), [{ name: "palisade-aws-guardrails", version: "0.1.0", mode: "in-process" }]);
    collector.addStack(`${s.stack}.json`, s, scan, { clouds: ["aws"], controls: RESOURCE_CONTROLS });
  }
  return { report: collector.finish(), collector };
}
