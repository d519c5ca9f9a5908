import type { EnforcementLevel, PolicyPackConfig } from "@pulumi/policy";

/**
 * The `--policy-pack-config` file, resolved the way the Pulumi CLI resolves it before calling Configure:
 * `all` sets every policy's level, a policy's own entry overrides it, schema defaults fill the rest.
 */

export type PolicyConfigFile = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)>;

export interface ResolvedPolicyConfig {
  enforcementLevel: EnforcementLevel;
  properties: Record<string, unknown>;
}

export interface PolicyDescriptor {
  name: string;
  enforcementLevel?: EnforcementLevel;
  configSchema?: { properties?: Record<string, { default?: unknown }> };
}

const LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

export function isEnforcementLevel(v: unknown): v is EnforcementLevel {
  return typeof v === "string" && (LEVELS as readonly string[]).includes(v);
}

export function resolvePolicyConfig(
  policies: readonly PolicyDescriptor[],
  file: PolicyConfigFile | PolicyPackConfig = {},
  packLevel: EnforcementLevel = "advisory",
): Map<string, ResolvedPolicyConfig> {
  const entries = file as Record<string, unknown>;
  const all = entries.all;
  const allLevel = isEnforcementLevel(all)
    ? all
    : isEnforcementLevel((all as { enforcementLevel?: unknown })?.enforcementLevel)
      ? (all as { enforcementLevel: EnforcementLevel }).enforcementLevel
      : undefined;
  const out = new Map<string, ResolvedPolicyConfig>();
  for (const p of policies) {
    const own = entries[p.name];
    let level = allLevel ?? p.enforcementLevel ?? packLevel;
    const properties: Record<string, unknown> = {};
    for (const [k, schema] of Object.entries(p.configSchema?.properties ?? {})) {
      if (schema.default !== undefined) properties[k] = schema.default;
    }
    if (isEnforcementLevel(own)) level = own;
    else if (own && typeof own === "object") {
      const { enforcementLevel, ...rest } = own as Record<string, unknown>;
      if (isEnforcementLevel(enforcementLevel)) level = enforcementLevel;
      Object.assign(properties, rest);
    }
    out.set(p.name, { enforcementLevel: level, properties });
  }
  return out;
}
