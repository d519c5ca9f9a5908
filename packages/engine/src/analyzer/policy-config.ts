/**
 * Policy pack config as the Pulumi CLI handles it (pkg/resource/analyzer/config.go): parse the
 * `--policy-pack-config` file, start every policy from its declared level and schema defaults, apply the
 * pack's initial config, then the user's, and validate each policy's properties against its schema.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { InputError } from "../model/snapshot";
import {
  type AnalyzerInfo,
  type EffectivePolicyConfig,
  ENFORCEMENT_LEVELS,
  type EnforcementLevel,
  type JsonObject,
  type PolicyInfo,
} from "./types";

/** One entry of a parsed config file: both parts optional, as in the CLI's `AnalyzerPolicyConfig`. */
export interface ParsedPolicyConfig {
  enforcementLevel?: EnforcementLevel;
  properties?: JsonObject;
}

export function isEnforcementLevel(value: unknown): value is EnforcementLevel {
  return typeof value === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses the `--policy-pack-config` format; `source` names the file in errors. */
export function parsePolicyPackConfig(raw: unknown, source: string): Map<string, ParsedPolicyConfig> {
  const result = new Map<string, ParsedPolicyConfig>();
  if (raw === undefined || raw === null) {
    return result;
  }
  if (!isPlainObject(raw)) {
    throw new InputError(source, "policy pack config must be a JSON object");
  }
  for (const [policyName, value] of Object.entries(raw)) {
    let parsed: ParsedPolicyConfig;
    if (typeof value === "string") {
      if (!isEnforcementLevel(value)) {
        throw new InputError(source, `parsing enforcement level for "${policyName}": "${value}" is not a valid enforcement level`);
      }
      parsed = { enforcementLevel: value };
    } else if (isPlainObject(value)) {
      const { enforcementLevel, ...properties } = value;
      parsed = {};
      if (enforcementLevel !== undefined) {
        if (!isEnforcementLevel(enforcementLevel)) {
          throw new InputError(
            source,
            `parsing enforcement level for "${policyName}": ${JSON.stringify(enforcementLevel)} is not a valid enforcement level`,
          );
        }
        parsed.enforcementLevel = enforcementLevel;
      }
      if (Object.keys(properties).length > 0) {
        parsed.properties = properties as JsonObject;
      }
    } else {
      throw new InputError(source, `parsing "${policyName}": ${JSON.stringify(value)} is not a valid value; must be a string or object`);
    }
    // The CLI drops entries that say nothing.
    if (parsed.enforcementLevel !== undefined || parsed.properties !== undefined) {
      result.set(policyName, parsed);
    }
  }
  return result;
}

/**
 * The pack's initial config as the CLI reads it from `GetAnalyzerInfo`. The enum's zero value is
 * ADVISORY, so an entry that only carries properties reads as "advisory" and overrides the declared
 * level: a CLI quirk we keep so results match `pulumi preview`.
 */
export function initialConfigAsParsed(info: AnalyzerInfo): Map<string, ParsedPolicyConfig> {
  const result = new Map<string, ParsedPolicyConfig>();
  for (const [name, entry] of Object.entries(info.initialConfig)) {
    result.set(name, { enforcementLevel: entry.enforcementLevel, properties: entry.properties });
  }
  return result;
}

function schemaDefaults(policy: PolicyInfo): JsonObject | undefined {
  let defaults: JsonObject | undefined;
  for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
    if ("default" in schema) {
      defaults ??= {};
      defaults[key] = schema.default;
    }
  }
  return defaults;
}

function applyConfig(result: Map<string, EffectivePolicyConfig>, toApply: Map<string, ParsedPolicyConfig>): void {
  const all = toApply.get("all");
  if (all?.enforcementLevel) {
    for (const [name, current] of result) {
      result.set(name, { enforcementLevel: all.enforcementLevel, properties: current.properties });
    }
  }
  // Like the CLI, "all" is also applied as an entry of its own; the SDK ignores it.
  for (const [name, given] of toApply) {
    const current = result.get(name);
    let properties = current?.properties;
    if (given.properties && Object.keys(given.properties).length > 0) {
      properties = { ...properties, ...given.properties };
    }
    result.set(name, {
      enforcementLevel: given.enforcementLevel ?? current?.enforcementLevel ?? "",
      properties,
    });
  }
}

/** The config map sent in `Configure`, keyed by policy name, in the pack's policy order. */
export function reconcilePolicyPackConfig(
  info: AnalyzerInfo,
  userConfig: Map<string, ParsedPolicyConfig>,
): Map<string, EffectivePolicyConfig> {
  const result = new Map<string, EffectivePolicyConfig>();
  for (const policy of info.policies) {
    result.set(policy.name, { enforcementLevel: policy.enforcementLevel, properties: schemaDefaults(policy) });
  }
  applyConfig(result, initialConfigAsParsed(info));
  applyConfig(result, userConfig);
  return result;
}

// verbose: errors carry their schema, to name an `anyOf`'s alternatives in one line.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
addFormats(ajv);
const validatorCache = new Map<string, ValidateFunction>();

function validatorFor(policy: PolicyInfo): ValidateFunction {
  // The CLI wraps the properties in an object schema and adds `enforcementLevel` to it.
  const schema: JsonObject = {
    type: "object",
    properties: {
      ...(policy.configSchema?.properties ?? {}),
      enforcementLevel: { type: "string", enum: [...ENFORCEMENT_LEVELS] },
    },
  };
  if (policy.configSchema && policy.configSchema.required.length > 0) {
    schema.required = policy.configSchema.required;
  }
  const key = JSON.stringify(schema);
  let validate = validatorCache.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    validatorCache.set(key, validate);
  }
  return validate;
}

function describeSchemaError(error: ErrorObject): string {
  const field = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
  const detail = error.keyword === "enum" ? ` (allowed: ${JSON.stringify(error.params.allowedValues)})` : "";
  if (error.keyword === "anyOf" && Array.isArray(error.schema)) {
    // `anyOf: [{required: [urn]}, {required: [name]}, …]`: one line naming the choices.
    const choices = (error.schema as { required?: string[] }[]).map((alt) => alt.required?.join(" and ")).filter(Boolean);
    if (choices.length === (error.schema as unknown[]).length) return `${field ? `${field} ` : ""}needs one of: ${choices.join(", ")}`;
  }
  return `${field ? `${field} ` : ""}${error.message ?? "is invalid"}${detail}`;
}

/** Schema errors of the reconciled config, as `<policy>: <error>` lines sorted like the CLI's. */
export function validatePolicyPackConfig(info: AnalyzerInfo, config: Map<string, EffectivePolicyConfig>): string[] {
  if (!info.supportsConfig) {
    return [];
  }
  const errors: string[] = [];
  for (const policy of info.policies) {
    let validate: ValidateFunction;
    try {
      validate = validatorFor(policy);
    } catch (error) {
      errors.push(`${policy.name}: invalid config schema: ${(error as Error).message}`);
      continue;
    }
    if (!validate(config.get(policy.name)?.properties ?? {})) {
      // An anyOf's failed alternatives are said once, by the anyOf error.
      for (const error of (validate.errors ?? []).filter((e) => !/\/anyOf\/\d+\//.test(e.schemaPath))) {
        errors.push(`${policy.name}: ${describeSchemaError(error)}`);
      }
    }
  }
  return errors.sort();
}

/**
 * The one config path: parse, reconcile and validate `config` for a pack, throwing the error the CLI
 * would, naming `source`. Configure over gRPC calls it with what GetAnalyzerInfo answered; the in-process
 * scanner calls it with `infoFromPolicies` over the same policies, so both refuse the same configs with
 * the same words.
 */
export function checkedPolicyPackConfig(info: AnalyzerInfo, config: unknown, source: string): Map<string, EffectivePolicyConfig> {
  const userConfig = parsePolicyPackConfig(config, source);
  if (!info.supportsConfig) {
    if (userConfig.size > 0) {
      throw new InputError(source, `policy pack "${info.name}" does not support config`);
    }
    return new Map();
  }
  const reconciled = reconcilePolicyPackConfig(info, userConfig);
  const errors = validatePolicyPackConfig(info, reconciled);
  if (errors.length > 0) {
    throw new InputError(source, `invalid config for policy pack "${info.name}":\n  ${errors.join("\n  ")}`);
  }
  return reconciled;
}

/** A policy as declared in `new PolicyPack(name, {policies})`: what GetAnalyzerInfo reports of it. */
export interface DeclaredPolicy {
  name: string;
  description?: string;
  enforcementLevel?: string;
  configSchema?: { properties?: Record<string, unknown>; required?: string[] };
}

/** The AnalyzerInfo the analyzer server of @pulumi/policy answers for these policies (the parts config uses). */
export function infoFromPolicies(
  packName: string,
  version: string,
  policies: readonly DeclaredPolicy[],
  packLevel: EnforcementLevel = "advisory",
): AnalyzerInfo {
  return {
    name: packName,
    displayName: packName,
    version,
    description: "",
    supportsConfig: true,
    policies: policies.map((p) => ({
      name: p.name,
      displayName: p.name,
      description: p.description ?? "",
      enforcementLevel: (isEnforcementLevel(p.enforcementLevel) ? p.enforcementLevel : packLevel) as EnforcementLevel,
      message: "",
      policyType: "unknown",
      ...(p.configSchema
        ? {
            configSchema: {
              properties: (p.configSchema.properties ?? {}) as Record<string, JsonObject>,
              required: p.configSchema.required ?? [],
            },
          }
        : {}),
      tags: [],
      remediationSteps: "",
      url: "",
    })),
    initialConfig: {},
    tags: [],
    provider: "",
    repository: "",
  };
}
