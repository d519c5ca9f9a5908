import { existsSync } from "node:fs";
import { join } from "node:path";
import { allControls, type Cloud } from "@palisade/controls";
import { checkedPolicyPackConfig, type EnforcementLevel, InputError, infoFromPolicies } from "@palisade/engine";
import { readPolicyPackConfig } from "./config-files";
import { UsageError } from "./errors";
import { ownPack } from "./packs";

/**
 * Policy-pack config for Palisade's own packs, checked once whichever path evaluates it: the schema
 * validation is the engine's Configure validation (`checkedPolicyPackConfig`), run here over the same
 * policies, so in-process `scan`, `report` and the gRPC path refuse the same configs with the same errors.
 */

export interface PolicyConfigInput {
  file: string;
  content: Record<string, unknown>;
  /** `explicit`: passed with --policy-pack-config; `shipped`: found beside a program's Pulumi.yaml. */
  origin?: "explicit" | "shipped";
}

const KNOWN_POLICIES = new Set(["all", ...allControls.map((c) => c.id)]);
const CLOUDS: readonly Cloud[] = ["aws", "azure", "gcp"];

/** With Palisade's own packs, a config key that is no control id is a typo: say so instead of ignoring it. */
export function checkOwnConfig(config: { file: string; content: Record<string, unknown> } | undefined): void {
  if (!config) return;
  const unknown = Object.keys(config.content).filter((k) => !KNOWN_POLICIES.has(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `${config.file}: unknown policy name(s) ${unknown.map((u) => `"${u}"`).join(", ")}; run \`palisade controls\` for the list`,
    );
  }
}

/** The part of a config that concerns one pack (`all` and its policies' entries). */
export function relevantTo(content: Record<string, unknown>, policyNames: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(content).filter(([k]) => k === "all" || policyNames.has(k)));
}

const validated = new WeakMap<object, true>();

/** Validates a config for every Palisade pack: unknown names, levels, settings and exemptions (schema). */
export function validateOwnConfig(config: PolicyConfigInput | undefined): void {
  if (!config || validated.has(config.content)) return;
  checkOwnConfig(config);
  for (const cloud of CLOUDS) {
    const { packName, packVersion, packArgs } = ownPack(cloud).load();
    const names = new Set(packArgs.policies.map((p) => p.name));
    const relevant = relevantTo(config.content, names);
    try {
      checkedPolicyPackConfig(infoFromPolicies(packName, packVersion, packArgs.policies as never), relevant, config.file);
    } catch (e) {
      if (e instanceof InputError) throw new UsageError(e.message);
      throw e;
    }
  }
  validated.set(config.content, true);
}

/** A program may ship its policy-pack config (its exemptions, with their reasons) beside Pulumi.yaml. */
export const STACK_POLICY_CONFIG = "policy-pack-config.json";

const RANK: Record<EnforcementLevel, number> = { disabled: 0, advisory: 1, mandatory: 2, remediate: 2 };

function declaredLevels(): Map<string, EnforcementLevel> {
  const levels = new Map<string, EnforcementLevel>();
  for (const cloud of CLOUDS) {
    for (const p of ownPack(cloud).load().packArgs.policies) levels.set(p.name, (p.enforcementLevel ?? "advisory") as EnforcementLevel);
  }
  return levels;
}

/**
 * The config a program ships beside Pulumi.yaml, or undefined. A stack must not switch off its own
 * guardrails (with Pulumi Cloud policy groups the platform team sets config, not the stack): the shipped file
 * may add exemptions, each with a reason, and raise levels; lowering a level, disabling a control or changing
 * a setting needs a config the caller passes with --policy-pack-config.
 */
export function shippedConfig(programDir: string): PolicyConfigInput | undefined {
  const file = join(programDir, STACK_POLICY_CONFIG);
  if (!existsSync(file)) return undefined;
  const config: PolicyConfigInput = { file, content: readPolicyPackConfig(file), origin: "shipped" };
  validateOwnConfig(config);
  const declared = declaredLevels();
  const problems: string[] = [];
  for (const [name, value] of Object.entries(config.content)) {
    const level = typeof value === "string" ? value : (value as { enforcementLevel?: string }).enforcementLevel;
    if (level !== undefined) {
      const lowest = name === "all" ? Math.max(...[...declared.values()].map((l) => RANK[l])) : RANK[declared.get(name) ?? "advisory"];
      if (RANK[level as EnforcementLevel] < lowest) problems.push(`"${name}" sets the level "${level}", lower than the control's own`);
    }
    if (value && typeof value === "object") {
      const settings = Object.keys(value).filter((k) => k !== "enforcementLevel" && k !== "exemptions");
      if (settings.length > 0) problems.push(`"${name}" changes setting(s) ${settings.map((s) => `"${s}"`).join(", ")}`);
    }
  }
  if (problems.length > 0) {
    throw new UsageError(
      `${file}: a program's shipped policy-pack config may only add exemptions (each with a reason) or raise levels, but ${problems.join("; ")}. ` +
        "To lower levels, disable controls or change settings, pass a config explicitly with --policy-pack-config.",
    );
  }
  return config;
}
