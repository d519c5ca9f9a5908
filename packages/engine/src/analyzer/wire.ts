/**
 * Conversions between the snapshot model and the analyzer protocol messages, following what the
 * CLI sends (sdk/go/common/resource/plugin/analyzer_plugin.go) and what it reads back.
 */
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as structPb from "google-protobuf/google/protobuf/struct_pb";
import { type PlannedResource, parseUrn, type WireProperties, type WireValue } from "../model/snapshot";
import type { PulumiProtoModules } from "./pulumi-modules";
import type {
  AnalyzeResult,
  AnalyzerInfo,
  EnforcementLevel,
  JsonObject,
  PolicyDiagnostic,
  PolicyInfo,
  PolicyNotApplicable,
  PolicySeverity,
  PolicyType,
  RemediateResult,
} from "./types";

/**
 * The CLI marshals Analyze/AnalyzeStack properties with `SkipInternalKeys`, which drops keys starting
 * with "__" (e.g. the bridge's `__defaults`) at every depth; Remediate keeps them.
 */
export function withoutInternalKeys(value: WireValue): WireValue {
  if (Array.isArray(value)) {
    return value.map(withoutInternalKeys);
  }
  if (typeof value === "object" && value !== null) {
    const result: { [key: string]: WireValue } = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!key.startsWith("__")) {
        result[key] = withoutInternalKeys(inner);
      }
    }
    return result;
  }
  return value;
}

export function toStruct(modules: PulumiProtoModules, properties: WireProperties, skipInternalKeys: boolean): structPb.Struct {
  const plain = skipInternalKeys ? (withoutInternalKeys(properties) as WireProperties) : properties;
  return modules.structPb.Struct.fromJavaScript(plain as Record<string, structPb.JavaScriptValue>);
}

/** The resource a provider reference `<provider urn>::<provider id>` points to. */
export function providerOf(resource: PlannedResource, resourcesByUrn: ReadonlyMap<string, PlannedResource>): PlannedResource | undefined {
  if (!resource.provider) {
    return undefined;
  }
  // The URN itself contains "::", the id follows the last one.
  const separator = resource.provider.lastIndexOf("::");
  const providerUrn = separator < 0 ? resource.provider : resource.provider.slice(0, separator);
  return resourcesByUrn.get(providerUrn);
}

/** The engine names a resource by its URN's name part. */
export function nameOfResource(resource: PlannedResource): string {
  try {
    return parseUrn(resource.urn).name;
  } catch {
    return resource.name;
  }
}

export function toResourceOptions(
  modules: PulumiProtoModules,
  resource: PlannedResource,
  includeParent: boolean,
): analyzerPb.AnalyzerResourceOptions {
  const { options } = resource;
  const message = new modules.analyzerPb.AnalyzerResourceOptions();
  message.setProtect(options.protect);
  message.setIgnorechangesList([...options.ignoreChanges]);
  message.setAliasesList([...options.aliases]);
  message.setAdditionalsecretoutputsList([...options.additionalSecretOutputs]);
  if (options.deleteBeforeReplace !== undefined) {
    message.setDeletebeforereplace(options.deleteBeforeReplace);
    message.setDeletebeforereplacedefined(true);
  }
  // The CLI always sends custom timeouts, zero when unset.
  const timeouts = new modules.analyzerPb.AnalyzerResourceOptions.CustomTimeouts();
  timeouts.setCreate(options.customTimeouts?.create ?? 0);
  timeouts.setUpdate(options.customTimeouts?.update ?? 0);
  timeouts.setDelete(options.customTimeouts?.delete ?? 0);
  message.setCustomtimeouts(timeouts);
  // AnalyzeStack carries the parent on the resource, not in its options.
  if (includeParent && resource.parent) {
    message.setParent(resource.parent);
  }
  return message;
}

export function toProviderResource(modules: PulumiProtoModules, provider: PlannedResource): analyzerPb.AnalyzerProviderResource {
  const message = new modules.analyzerPb.AnalyzerProviderResource();
  message.setType(provider.type);
  message.setUrn(provider.urn);
  message.setName(nameOfResource(provider));
  // The engine sends the provider's inputs (its configuration).
  message.setProperties(toStruct(modules, provider.inputs, true));
  return message;
}

export function toAnalyzeRequest(
  modules: PulumiProtoModules,
  resource: PlannedResource,
  provider: PlannedResource | undefined,
  forRemediation: boolean,
): analyzerPb.AnalyzeRequest {
  const request = new modules.analyzerPb.AnalyzeRequest();
  request.setType(resource.type);
  request.setUrn(resource.urn);
  request.setName(nameOfResource(resource));
  request.setProperties(toStruct(modules, resource.inputs, !forRemediation));
  // Without options the SDK answers "A more recent version of the Pulumi CLI is required".
  request.setOptions(toResourceOptions(modules, resource, true));
  if (provider) {
    request.setProvider(toProviderResource(modules, provider));
  }
  return request;
}

export interface StackResourceInput {
  resource: PlannedResource;
  /** What stack policies see: the outputs after the step, else the (remediated) inputs. */
  properties: WireProperties;
  provider?: PlannedResource;
}

export function toAnalyzeStackRequest(modules: PulumiProtoModules, resources: StackResourceInput[]): analyzerPb.AnalyzeStackRequest {
  const request = new modules.analyzerPb.AnalyzeStackRequest();
  for (const { resource, properties, provider } of resources) {
    const message = new modules.analyzerPb.AnalyzerResource();
    message.setType(resource.type);
    message.setUrn(resource.urn);
    message.setName(nameOfResource(resource));
    message.setProperties(toStruct(modules, properties, true));
    message.setOptions(toResourceOptions(modules, resource, false));
    if (provider) {
      message.setProvider(toProviderResource(modules, provider));
    }
    message.setParent(resource.parent ?? "");
    message.setDependenciesList([...resource.dependencies]);
    const propertyDependencies = message.getPropertydependenciesMap();
    for (const [property, urns] of Object.entries(resource.propertyDependencies)) {
      // The CLI skips properties without dependencies.
      if (urns.length === 0) {
        continue;
      }
      const dependencies = new modules.analyzerPb.AnalyzerPropertyDependencies();
      dependencies.setUrnsList([...urns]);
      propertyDependencies.set(property, dependencies);
    }
    request.addResources(message);
  }
  return request;
}

export function enforcementLevelFromProto(modules: PulumiProtoModules, level: number): EnforcementLevel {
  const { EnforcementLevel } = modules.analyzerPb;
  switch (level) {
    case EnforcementLevel.ADVISORY:
      return "advisory";
    case EnforcementLevel.MANDATORY:
      return "mandatory";
    case EnforcementLevel.REMEDIATE:
      return "remediate";
    case EnforcementLevel.DISABLED:
      return "disabled";
    default:
      throw new Error(`invalid enforcement level ${level}`);
  }
}

export function enforcementLevelToProto(modules: PulumiProtoModules, level: EnforcementLevel): analyzerPb.EnforcementLevel {
  const { EnforcementLevel } = modules.analyzerPb;
  switch (level) {
    case "advisory":
      return EnforcementLevel.ADVISORY;
    case "mandatory":
      return EnforcementLevel.MANDATORY;
    case "remediate":
      return EnforcementLevel.REMEDIATE;
    case "disabled":
      return EnforcementLevel.DISABLED;
  }
}

function severityFromProto(modules: PulumiProtoModules, severity: number): PolicySeverity | undefined {
  const { PolicySeverity } = modules.analyzerPb;
  switch (severity) {
    case PolicySeverity.POLICY_SEVERITY_LOW:
      return "low";
    case PolicySeverity.POLICY_SEVERITY_MEDIUM:
      return "medium";
    case PolicySeverity.POLICY_SEVERITY_HIGH:
      return "high";
    case PolicySeverity.POLICY_SEVERITY_CRITICAL:
      return "critical";
    default:
      return undefined;
  }
}

function policyTypeFromProto(modules: PulumiProtoModules, policyType: number): PolicyType {
  const { PolicyType } = modules.analyzerPb;
  switch (policyType) {
    case PolicyType.POLICY_TYPE_RESOURCE:
      return "resource";
    case PolicyType.POLICY_TYPE_STACK:
      return "stack";
    default:
      return "unknown";
  }
}

function structToJson(struct: structPb.Struct | undefined): JsonObject | undefined {
  return struct ? (struct.toJavaScript() as JsonObject) : undefined;
}

export function analyzerInfoFromProto(
  modules: PulumiProtoModules,
  info: analyzerPb.AnalyzerInfo,
  versionFromPolicyYaml: string | undefined,
): AnalyzerInfo {
  const policies: PolicyInfo[] = info.getPoliciesList().map((policy) => {
    const schema = policy.getConfigschema();
    const framework = policy.getFramework();
    const result: PolicyInfo = {
      name: policy.getName(),
      displayName: policy.getDisplayname(),
      description: policy.getDescription(),
      enforcementLevel: enforcementLevelFromProto(modules, policy.getEnforcementlevel()),
      message: policy.getMessage(),
      policyType: policyTypeFromProto(modules, policy.getPolicyType()),
      tags: policy.getTagsList(),
      remediationSteps: policy.getRemediationSteps(),
      url: policy.getUrl(),
    };
    if (schema) {
      result.configSchema = {
        properties: (structToJson(schema.getProperties()) ?? {}) as Record<string, JsonObject>,
        required: schema.getRequiredList(),
      };
    }
    const severity = severityFromProto(modules, policy.getSeverity());
    if (severity) {
      result.severity = severity;
    }
    if (framework) {
      result.framework = {
        name: framework.getName(),
        version: framework.getVersion(),
        reference: framework.getReference(),
        specification: framework.getSpecification(),
      };
    }
    return result;
  });
  const initialConfig: AnalyzerInfo["initialConfig"] = {};
  info.getInitialconfigMap().forEach((config, policyName) => {
    const properties = structToJson(config.getProperties());
    initialConfig[policyName] = {
      enforcementLevel: enforcementLevelFromProto(modules, config.getEnforcementlevel()),
      ...(properties ? { properties } : {}),
    };
  });
  return {
    name: info.getName(),
    displayName: info.getDisplayname(),
    version: versionFromPolicyYaml || info.getVersion(),
    description: info.getDescription(),
    supportsConfig: info.getSupportsconfig(),
    policies,
    initialConfig,
    tags: info.getTagsList(),
    provider: info.getProvider(),
    repository: info.getRepository(),
  };
}

function notApplicableFromProto(list: analyzerPb.PolicyNotApplicable[]): PolicyNotApplicable[] {
  return list.map((entry) => ({ policyName: entry.getPolicyName(), reason: entry.getReason() }));
}

export function analyzeResultFromProto(
  modules: PulumiProtoModules,
  response: analyzerPb.AnalyzeResponse,
  versionFromPolicyYaml: string | undefined,
): AnalyzeResult {
  const diagnostics: PolicyDiagnostic[] = response.getDiagnosticsList().map((diagnostic) => {
    const result: PolicyDiagnostic = {
      policyName: diagnostic.getPolicyname(),
      policyPackName: diagnostic.getPolicypackname(),
      // The CLI prefers the version of PulumiPolicy.yaml.
      policyPackVersion: versionFromPolicyYaml || diagnostic.getPolicypackversion(),
      description: diagnostic.getDescription(),
      message: diagnostic.getMessage(),
      urn: diagnostic.getUrn(),
      enforcementLevel: enforcementLevelFromProto(modules, diagnostic.getEnforcementlevel()),
    };
    const severity = severityFromProto(modules, diagnostic.getSeverity());
    if (severity) {
      result.severity = severity;
    }
    return result;
  });
  return { diagnostics, notApplicable: notApplicableFromProto(response.getNotApplicableList()) };
}

/** Unlike diagnostics, the CLI keeps the version the pack reports on remediations. */
export function remediateResultFromProto(response: analyzerPb.RemediateResponse): RemediateResult {
  return {
    remediations: response.getRemediationsList().map((remediation) => {
      const properties = remediation.getProperties();
      const diagnostic = remediation.getDiagnostic();
      return {
        policyName: remediation.getPolicyname(),
        policyPackName: remediation.getPolicypackname(),
        policyPackVersion: remediation.getPolicypackversion(),
        description: remediation.getDescription(),
        ...(properties ? { properties: properties.toJavaScript() as WireProperties } : {}),
        ...(diagnostic ? { diagnostic } : {}),
      };
    }),
    notApplicable: notApplicableFromProto(response.getNotApplicableList()),
  };
}
