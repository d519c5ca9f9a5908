import { checkProps, isUnknownValueError, toPlain } from "@palisade/controls";
import type {
  EnforcementLevel,
  Policy,
  PolicyPackArgs,
  PolicyResource,
  ReportViolation,
  ResourceValidation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { type PolicyConfigFile, type ResolvedPolicyConfig, resolvePolicyConfig } from "./config";
import { APPLIES_TO } from "./policy";

/**
 * Runs a pack's policies in this process, following the analyzer server of @pulumi/policy step by step
 * (level resolution, not-applicable handling, unknown values, message format), without gRPC. It serves
 * the fast `palisade scan` path; a test proves it returns what the same pack returns over gRPC.
 */

/** A resource in wire form (see @palisade/engine's PlannedResource, which satisfies this shape). */
export interface AnalyzableResource {
  urn: string;
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  parent?: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  options?: {
    protect?: boolean;
    ignoreChanges?: string[];
    aliases?: string[];
    additionalSecretOutputs?: string[];
    deleteBeforeReplace?: boolean;
  };
}

export interface AnalyzerDiagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  urn: string;
  enforcementLevel: EnforcementLevel;
  severity?: string;
}

export interface AnalyzeResult {
  diagnostics: AnalyzerDiagnostic[];
  notApplicable: { policyName: string; reason: string }[];
}

/** One policy's part in analysing a resource of a given type (see `InProcessPolicyPack.analyzePlan`). */
type AnalyzeStep =
  | { notApplicable: { policyName: string; reason: string }; run?: undefined }
  | {
      notApplicable?: undefined;
      run: { policy: Policy; level: EnforcementLevel; validations: readonly (ResourceValidation | undefined)[] };
    };

/**
 * Thrown by `args.notApplicable`. Not an Error: most policies are not applicable to most resources, and
 * capturing a stack trace each time would dominate the cost of scanning a large state file.
 */
class NotApplicable {
  constructor(readonly reason?: string) {}
}
const throwNotApplicable = (reason?: string): never => {
  throw new NotApplicable(reason);
};

/** As @pulumi/policy's getPulumiType. */
function pulumiTypeOf(fn: unknown): string | undefined {
  const t = (fn as { __pulumiType?: unknown } | undefined)?.__pulumiType;
  return typeof t === "string" && t.length > 0 ? t : undefined;
}

function isResourcePolicy(p: Policy): p is ResourceValidationPolicy {
  return (
    typeof (p as ResourceValidationPolicy).validateResource === "function" ||
    Array.isArray((p as ResourceValidationPolicy).validateResource)
  );
}
function isStackPolicy(p: Policy): p is StackValidationPolicy {
  return typeof (p as StackValidationPolicy).validateStack === "function";
}

function options(r: AnalyzableResource) {
  const o = r.options ?? {};
  return {
    protect: o.protect ?? false,
    ignoreChanges: o.ignoreChanges ?? [],
    aliases: o.aliases ?? [],
    additionalSecretOutputs: o.additionalSecretOutputs ?? [],
    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    ...(o.deleteBeforeReplace !== undefined ? { deleteBeforeReplace: o.deleteBeforeReplace } : {}),
    ...(r.parent ? { parent: r.parent } : {}),
  };
}

export class InProcessPolicyPack {
  private config: Map<string, ResolvedPolicyConfig>;
  private readonly policies: Policy[];

  constructor(
    readonly name: string,
    readonly version: string,
    args: PolicyPackArgs,
    private readonly packLevel: EnforcementLevel = "advisory",
  ) {
    this.policies = args.policies;
    this.config = resolvePolicyConfig(this.policies as never, {}, packLevel);
  }

  /** As the engine's Configure call, from a `--policy-pack-config` file. */
  configure(file: PolicyConfigFile = {}): void {
    this.config = resolvePolicyConfig(this.policies as never, file, this.packLevel);
    // Levels may have changed: the per-type plans are worked out again on first use.
    this.analyzePlans = new Map();
    this.remediating = undefined;
  }

  /** The policies at level `remediate` that can remediate, in pack order; set on first use after Configure. */
  private remediating: Policy[] | undefined;

  private readonly reasons = new Map<string, string>();
  private appliesToReason(policy: string, types: readonly string[]): string {
    let reason = this.reasons.get(policy);
    if (reason === undefined) {
      reason = `applies to ${types.join(", ")}`;
      this.reasons.set(policy, reason);
    }
    return reason;
  }

  /** The `args` a resource policy or remediation receives from the analyzer server. */
  private resourceArgs(r: AnalyzableResource, props: Record<string, unknown>, p: Policy): ResourceValidationArgs {
    return {
      type: r.type,
      props,
      urn: r.urn,
      name: r.name,
      opts: options(r),
      stackTags: new Map(),
      isType: () => false,
      asType: () => undefined,
      getConfig: () => ({ ...(this.config.get(p.name)?.properties ?? {}) }),
      notApplicable: throwNotApplicable,
    } as unknown as ResourceValidationArgs;
  }

  private levelOf(p: Policy): EnforcementLevel {
    return this.config.get(p.name)?.enforcementLevel ?? p.enforcementLevel ?? this.packLevel;
  }

  private reporter(p: Policy, level: EnforcementLevel, out: AnalyzerDiagnostic[], defaultUrn: string): ReportViolation {
    const base = { policyName: p.name, policyPackName: this.name, policyPackVersion: this.version, description: p.description };
    return ((message: unknown, urn?: string) => {
      if (message && typeof message === "object") {
        const info = message as {
          name?: string;
          message?: string;
          description?: string;
          urn?: string;
          enforcementLevel?: EnforcementLevel;
          severity?: string;
        };
        out.push({
          ...base,
          policyName: info.name || p.name,
          message: info.message || info.description || p.description,
          description: info.description || p.description,
          urn: info.urn || defaultUrn,
          enforcementLevel: info.enforcementLevel || level,
          ...((info.severity ?? p.severity) ? { severity: info.severity ?? p.severity } : {}),
        });
      } else {
        out.push({
          ...base,
          message: message ? `${p.description}\n${message}` : p.description,
          urn: urn || defaultUrn,
          enforcementLevel: level,
          ...(p.severity ? { severity: p.severity } : {}),
        });
      }
    }) as ReportViolation;
  }

  private unknownDiagnostic(p: Policy, e: Error, urn: string): AnalyzerDiagnostic {
    return {
      policyName: p.name,
      policyPackName: this.name,
      policyPackVersion: this.version,
      description: p.description,
      message: `can't run policy '${p.name}' from policy pack '${this.name}@v${this.version}' during preview: ${e.message}`,
      urn,
      enforcementLevel: "advisory",
      ...(p.severity ? { severity: p.severity } : {}),
    };
  }

  /**
   * What Analyze does for a resource of one type, worked out once per type and Configure: for each policy
   * in pack order, either its "not applicable" answer or the validations to run and at which level. A
   * resource then meets only the policies that apply to its type.
   */
  private analyzePlans = new Map<string, AnalyzeStep[]>();
  private analyzePlan(type: string): AnalyzeStep[] {
    let plan = this.analyzePlans.get(type);
    if (plan) return plan;
    plan = [];
    for (const p of this.policies) {
      let level = this.levelOf(p);
      if (level === "disabled" || !isResourcePolicy(p)) continue;
      if (level === "remediate") level = "mandatory";
      // The server's fast path for typed validations, then ours for multi-type controls.
      const typed = Array.isArray(p.validateResource) ? undefined : pulumiTypeOf(p.validateResource);
      if (typed && typed !== type) {
        plan.push({ notApplicable: { policyName: p.name, reason: `Policy only applies to resources of type '${typed}'` } });
        continue;
      }
      const appliesTo = (p as { [APPLIES_TO]?: readonly string[] })[APPLIES_TO];
      if (appliesTo && !appliesTo.includes(type)) {
        plan.push({ notApplicable: { policyName: p.name, reason: this.appliesToReason(p.name, appliesTo) } });
        continue;
      }
      const validations = Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource];
      plan.push({ run: { policy: p, level, validations } });
    }
    this.analyzePlans.set(type, plan);
    return plan;
  }

  async analyze(r: AnalyzableResource): Promise<AnalyzeResult> {
    const diagnostics: AnalyzerDiagnostic[] = [];
    const notApplicable: AnalyzeResult["notApplicable"] = [];
    // The server deserializes per policy; once per resource gives the same values (policies only read them)
    // and keeps a scan of a large state file linear.
    let props: ReturnType<typeof checkProps> | undefined;
    for (const step of this.analyzePlan(r.type)) {
      if (step.notApplicable) {
        notApplicable.push(step.notApplicable);
        continue;
      }
      const { policy: p, level, validations } = step.run;
      for (const validate of validations) {
        props ??= checkProps(r.inputs);
        try {
          await validate?.(this.resourceArgs(r, props, p), this.reporter(p, level, diagnostics, r.urn));
        } catch (e) {
          if (isUnknownValueError(e)) diagnostics.push(this.unknownDiagnostic(p, e as Error, r.urn));
          else if (e instanceof NotApplicable) notApplicable.push({ policyName: p.name, reason: e.reason ?? "" });
          else
            throw new Error(
              `Error validating resource with policy '${p.name}' from policy pack '${this.name}@v${this.version}': ${(e as Error).message}`,
            );
        }
      }
    }
    return { diagnostics, notApplicable };
  }

  /**
   * As the engine's Remediate: policies at level `remediate` that can fix the resource do so in turn,
   * each seeing the previous one's result. Returns the new inputs, or undefined when nothing changed.
   */
  async remediate(r: AnalyzableResource): Promise<Record<string, unknown> | undefined> {
    let inputs: Record<string, unknown> | undefined;
    this.remediating ??= this.policies.filter((p) => this.levelOf(p) === "remediate" && isResourcePolicy(p) && !!p.remediateResource);
    for (const p of this.remediating as ResourceValidationPolicy[]) {
      if (!p.remediateResource) continue;
      const appliesTo = (p as { [APPLIES_TO]?: readonly string[] })[APPLIES_TO];
      if (appliesTo && !appliesTo.includes(r.type)) continue;
      try {
        const result = await p.remediateResource(this.resourceArgs(r, checkProps(inputs ?? r.inputs), p));
        if (result) inputs = toPlain(result) as Record<string, unknown>;
      } catch (e) {
        if (isUnknownValueError(e) || e instanceof NotApplicable) continue;
        throw new Error(
          `Error remediating resource with remediation '${p.name}' from policy pack '${this.name}@v${this.version}': ${(e as Error).message}`,
        );
      }
    }
    return inputs;
  }

  /** The stack as stack policies see it (outputs when known), with relations resolved to objects. */
  private stackResources(resources: readonly AnalyzableResource[]) {
    const built = resources.map((r) => ({
      source: r,
      resource: {
        type: r.type,
        props: checkProps(r.outputs ?? r.inputs),
        urn: r.urn,
        name: r.name,
        opts: options(r),
        dependencies: [],
        propertyDependencies: {},
        isType: () => false,
        asType: () => undefined,
      } as unknown as PolicyResource,
    }));
    const byUrn = new Map(built.map((b) => [b.source.urn, b.resource]));
    for (const b of built) {
      if (b.source.parent && byUrn.has(b.source.parent)) b.resource.parent = byUrn.get(b.source.parent);
      b.resource.dependencies = b.source.dependencies.map((d) => byUrn.get(d)).filter((d): d is PolicyResource => !!d);
      for (const [k, deps] of Object.entries(b.source.propertyDependencies)) {
        b.resource.propertyDependencies[k] = deps.map((d) => byUrn.get(d)).filter((d): d is PolicyResource => !!d);
      }
    }
    return built;
  }

  async analyzeStack(resources: readonly AnalyzableResource[]): Promise<AnalyzeResult> {
    const diagnostics: AnalyzerDiagnostic[] = [];
    const notApplicable: AnalyzeResult["notApplicable"] = [];
    // One array for every policy, so the controls share one view of the stack (see policy.ts).
    let built: PolicyResource[] | undefined;
    for (const p of this.policies) {
      let level = this.levelOf(p);
      if (level === "disabled" || !isStackPolicy(p)) continue;
      const typed = pulumiTypeOf(p.validateStack);
      if (typed && !resources.some((r) => r.type === typed)) {
        notApplicable.push({ policyName: p.name, reason: `Policy only applies to resources of type '${typed}'` });
        continue;
      }
      if (level === "remediate") level = "mandatory";
      built ??= this.stackResources(resources).map((b) => b.resource);
      try {
        await p.validateStack(
          {
            resources: built,
            getConfig: () => ({ ...(this.config.get(p.name)?.properties ?? {}) }),
            stackTags: new Map(),
            notApplicable: throwNotApplicable,
          } as never,
          this.reporter(p, level, diagnostics, ""),
        );
      } catch (e) {
        if (isUnknownValueError(e)) diagnostics.push(this.unknownDiagnostic(p, e as Error, ""));
        else if (e instanceof NotApplicable) notApplicable.push({ policyName: p.name, reason: e.reason ?? "" });
        else
          throw new Error(
            `Error validating stack with policy '${p.name}' from policy pack '${this.name}@v${this.version}': ${(e as Error).message}`,
          );
      }
    }
    return { diagnostics, notApplicable };
  }
}
