import type { WireProperties } from "../model/snapshot";

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
export type PolicySeverity = "low" | "medium" | "high" | "critical";
export type PolicyType = "resource" | "stack" | "unknown";

export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/** A JSON value as found in policy config and config schemas. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * The `--policy-pack-config` file format: per policy (or `all`), either an enforcement level or an
 * object with an optional `enforcementLevel` and the policy's own config properties.
 */
export type PolicyPackConfig = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & JsonObject)>;

/** One policy's effective config, as sent in `Configure`. */
export interface EffectivePolicyConfig {
  enforcementLevel: EnforcementLevel | "";
  properties?: JsonObject;
}

export interface PolicyConfigSchema {
  properties: Record<string, JsonObject>;
  required: string[];
}

export interface PolicyComplianceFramework {
  name: string;
  version: string;
  reference: string;
  specification: string;
}

export interface PolicyInfo {
  name: string;
  displayName: string;
  description: string;
  /** The level the pack declares (the pack's default when the policy has none). */
  enforcementLevel: EnforcementLevel;
  message: string;
  policyType: PolicyType;
  configSchema?: PolicyConfigSchema;
  severity?: PolicySeverity;
  framework?: PolicyComplianceFramework;
  tags: string[];
  remediationSteps: string;
  url: string;
}

export interface AnalyzerInfo {
  name: string;
  displayName: string;
  /** `version` of PulumiPolicy.yaml when set (the CLI prefers it), else the pack's package.json version. */
  version: string;
  description: string;
  supportsConfig: boolean;
  policies: PolicyInfo[];
  /** Config the pack passed to its `PolicyPack` constructor; the CLI applies it before the user's. */
  initialConfig: Record<string, { enforcementLevel: EnforcementLevel; properties?: JsonObject }>;
  tags: string[];
  provider: string;
  repository: string;
}

export interface PolicyDiagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  /** As the pack reported it from `analyze`/`analyzeStack`; `runPolicyPacks` fills it as the engine does. */
  urn: string;
  enforcementLevel: EnforcementLevel;
  severity?: PolicySeverity;
}

export interface PolicyNotApplicable {
  policyName: string;
  reason: string;
}

export interface AnalyzeResult {
  diagnostics: PolicyDiagnostic[];
  notApplicable: PolicyNotApplicable[];
}

export interface PolicyRemediation {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  /** The resource's new inputs in wire form; absent when the remediation only produced a diagnostic. */
  properties?: WireProperties;
  /** Set when the remediation could not run (e.g. an unknown value during preview). */
  diagnostic?: string;
}

export interface RemediateResult {
  remediations: PolicyRemediation[];
  notApplicable: PolicyNotApplicable[];
}

/** What the engine tells a pack about the stack (`ConfigureStack` and the pack's environment). */
export interface StackContext {
  project: string;
  stack: string;
  organization?: string;
  /** The engine sets this for `pulumi preview`; packs can read it through `pulumi.runtime.isDryRun()`. */
  dryRun?: boolean;
  tags?: Record<string, string>;
  /** Stack config as `project:key` → string value. */
  config?: Record<string, string>;
  configSecretKeys?: string[];
}
