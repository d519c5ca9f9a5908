import {
  type CheckedResource,
  type Control,
  type ControlSettings,
  EXEMPTIONS_SCHEMA,
  evaluateResource,
  evaluateStack,
  findingMessages,
  type StackResource,
  StackView,
  settingsFor,
  type Verdict,
  withExemption,
} from "@palisade/controls";
import type {
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { frameworkTags, primaryFramework } from "./frameworks";

/**
 * One control → one CrossGuard policy. The policy name is the control id; its config accepts the
 * control's own settings plus `exemptions`; its metadata uses the @pulumi/policy 1.18+ fields.
 */

function configSchema(control: Control) {
  return { properties: { exemptions: EXEMPTIONS_SCHEMA, ...(control.configSchema ?? {}) } } as const;
}

function metadata(control: Control) {
  return {
    name: control.id,
    description: control.title,
    enforcementLevel: control.enforcementLevel,
    severity: control.severity,
    framework: primaryFramework(control),
    tags: [control.cloud, control.service, ...(control.tags ?? []), ...frameworkTags(control)],
    remediationSteps: control.remediation,
    // biome-ignore lint/suspicious/noExplicitAny: PolicyConfigSchema's JSON Schema type is narrower than the JSON we emit
    configSchema: configSchema(control) as any,
  };
}

/**
 * Reports a verdict the way both the pack and the in-process scanner do: failures at the policy's
 * level, "cannot be evaluated" as advisory, exempted failures not at all, expired exemptions noted.
 */
export function reportVerdict(
  control: Control,
  subject: { urn: string; name: string; type: string; props: unknown },
  verdict: Verdict,
  settings: ControlSettings,
  report: ReportViolation,
  urnForReport: string | undefined,
): void {
  const finding = withExemption(control, subject, verdict, settings);
  if (finding.exemption?.state === "active") return;
  const expired = finding.exemption?.state === "expired" ? finding.exemption.exemption : undefined;
  const suffix = expired ? ` (exemption "${expired.reason}" expired on ${expired.expires})` : "";
  for (const message of findingMessages(control, verdict)) {
    report({
      message: message + suffix,
      ...(urnForReport ? { urn: urnForReport } : {}),
      ...(verdict.status === "cannot-evaluate" ? { enforcementLevel: "advisory" as const } : {}),
    } as unknown as Parameters<ReportViolation>[0]);
  }
}

/**
 * The types a generated resource policy applies to, for the in-process analyzer to skip the rest without
 * calling the policy (over gRPC the policy itself reports "not applicable", as any pack does).
 */
export const APPLIES_TO = Symbol.for("palisade.appliesTo");

/**
 * Says "not applicable" through the SDK, whose `notApplicable` throws an `Error`. Capturing that error's
 * stack trace (deep in the server's async frames) was a third of the pack's Analyze time in a CPU profile,
 * for a trace nobody reads; the answer sent to the engine is the same.
 */
function notApplicable(args: { notApplicable(reason?: string): never }, reason: string): never {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return args.notApplicable(reason);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function resourcePolicy(control: Control): ResourceValidationPolicy {
  // Worked out once per pack load, not per call: which types apply, and what to say to the others.
  const types = new Set(control.resourceTypes);
  const otherTypes = `applies to ${control.resourceTypes.join(", ")}`;
  const settingsOf = settingsCache(control);
  const check = (args: ResourceValidationArgs, report: ReportViolation) => {
    if (!types.has(args.type)) notApplicable(args, otherTypes);
    const settings = settingsOf(args.getConfig());
    const resource: CheckedResource = { type: args.type, name: args.name, urn: args.urn, props: args.props };
    const verdict = evaluateResource(control, resource, settings);
    if (verdict.status === "not-applicable") notApplicable(args, verdict.reason);
    reportVerdict(control, resource, verdict, settings, report, undefined);
  };
  const remediate = control.remediate;
  const policy: ResourceValidationPolicy & { [APPLIES_TO]?: readonly string[] } = {
    ...metadata(control),
    validateResource: check,
    ...(remediate
      ? {
          remediateResource: (args: ResourceValidationArgs) =>
            control.resourceTypes.includes(args.type)
              ? remediate({ type: args.type, name: args.name, urn: args.urn, props: args.props })
              : undefined,
        }
      : {}),
  };
  policy[APPLIES_TO] = control.resourceTypes;
  markType(policy.validateResource, control);
  markType(policy.remediateResource, control);
  return policy;
}

/** Rebuilds the stack graph with our resource shape, keeping relations. */
function toStackResources(resources: readonly PolicyResource[]): StackResource[] {
  const map = new Map<PolicyResource, StackResource>();
  for (const r of resources) {
    map.set(r, { type: r.type, name: r.name, urn: r.urn, props: r.props, dependencies: [], propertyDependencies: {} });
  }
  for (const r of resources) {
    const s = map.get(r) as StackResource;
    if (r.parent) s.parent = map.get(r.parent);
    s.dependencies = r.dependencies.map((d) => map.get(d)).filter((d): d is StackResource => !!d);
    for (const [k, deps] of Object.entries(r.propertyDependencies)) {
      s.propertyDependencies[k] = deps.map((d) => map.get(d)).filter((d): d is StackResource => !!d);
    }
  }
  return [...map.values()];
}

/**
 * The stack as our checks see it, built once per `resources` array: the in-process analyzer hands every
 * stack policy the same array, so a scan builds one view per stack, not one per control. (Over gRPC the
 * SDK deserializes the stack afresh for each policy, so each gets its own.)
 */
const stacks = new WeakMap<readonly PolicyResource[], { resources: StackResource[]; view: StackView }>();
function stackOf(policyResources: readonly PolicyResource[]): { resources: StackResource[]; view: StackView } {
  let stack = stacks.get(policyResources);
  if (!stack) {
    const resources = toStackResources(policyResources);
    stack = { resources, view: new StackView(resources) };
    stacks.set(policyResources, stack);
  }
  return stack;
}

/**
 * A control's settings (schema defaults filled in) for the config the SDK hands a policy. The SDK builds
 * a fresh object per call from the config of the last Configure, whose values stay the same objects, so
 * the settings are worked out again only when Configure changed them. Kept apart so config validation
 * and exemption matchers prepared at Configure time can slot in here.
 */
function settingsCache(control: Control): (configured: ControlSettings) => ControlSettings {
  let last: { configured: ControlSettings; settings: ControlSettings } | undefined;
  return (configured) => {
    if (last && sameEntries(last.configured, configured)) return last.settings;
    const settings = settingsFor(control, configured);
    last = { configured, settings };
    return settings;
  };
}

function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!Object.hasOwn(b, k) || a[k] !== b[k]) return false;
  return true;
}

function stackUrnOf(resources: PolicyResource[]): string {
  return resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? "";
}

function stackPolicy(control: Control): StackValidationPolicy {
  const settingsOf = settingsCache(control);
  const policy: StackValidationPolicy = {
    ...metadata(control),
    validateStack: (args: StackValidationArgs, report: ReportViolation) => {
      const settings = settingsOf(args.getConfig());
      const { resources, view } = stackOf(args.resources);
      const subjects = control.correlatedCheck ? resources.filter((r) => control.resourceTypes.includes(r.type)) : [];
      if (control.correlatedCheck && subjects.length === 0) notApplicable(args, `no ${control.resourceTypes.join(", ")} in the stack`);
      for (const v of evaluateStack(control, view, settings, stackUrnOf(args.resources))) {
        const { urn, ...verdict } = v;
        const subject = view.get(urn) ?? { urn, name: "", type: "pulumi:pulumi:Stack", props: {} };
        reportVerdict(control, subject, verdict as Verdict, settings, report, urn);
      }
    },
  };
  if (control.correlatedCheck) markType(policy.validateStack, control);
  return policy;
}

/**
 * A control of exactly one type marks its functions with `__pulumiType`, as typed CrossGuard validations do:
 * the analyzer server then answers "not applicable" for other types without calling the policy, which is
 * most of the work when a pack has a hundred policies.
 */
function markType(fn: unknown, control: Control): void {
  if (typeof fn === "function" && control.resourceTypes.length === 1) {
    Object.defineProperty(fn, "__pulumiType", { value: control.resourceTypes[0] });
  }
}

export function controlToPolicy(control: Control): ResourceValidationPolicy | StackValidationPolicy {
  return control.check ? resourcePolicy(control) : stackPolicy(control);
}
