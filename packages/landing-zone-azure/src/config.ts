/**
 * The Azure landing zone's configuration: its JSON Schema (config.schema.json, which doubles as
 * documentation), loading from Pulumi stack config, and validation that runs before any resource is
 * declared. Every problem names the config key it is about, so a bad value never reaches an Azure call.
 */
import Ajv, { type ErrorObject } from "ajv";
import schema from "./config.schema.json";
import { knownPolicyNames, policiesOfAssignment } from "./policies";

export const PLACEMENTS = ["management", "connectivity", "identity", "security", "corp", "online", "sandbox", "decommissioned"] as const;
export type Placement = (typeof PLACEMENTS)[number];

export type PolicyEffect = "Deny" | "Audit" | "Disabled";
export type AssignmentScope = "root" | "landing-zones" | "corp";

export interface SubscriptionConfig {
  id: string;
  managementGroup: Placement;
}

export interface ExemptionConfig {
  name: string;
  assignment: AssignmentScope;
  scope: string;
  policies?: string[];
  reason: string;
  category: "Waiver" | "Mitigated";
  expiresOn: string;
}

export interface SpokeConfig {
  name: string;
  subscription: string;
  addressSpace: string;
  subnets: { name: string; addressPrefix: string }[];
}

export interface KeyConfig {
  name: string;
  type: "RSA" | "EC";
  size: number;
  curve: "P-256" | "P-384" | "P-521";
  rotateAfter: string;
  expiresAfter: string;
}

export interface LandingZoneConfig {
  tenantRootGroupId: string;
  prefix: string;
  defaultLocation: string;
  allowedLocations: string[];
  tags: Record<string, string>;
  requiredTags: string[];
  subscriptions: Record<string, SubscriptionConfig>;
  policy: { effect: "Deny" | "Audit"; overrides: Record<string, PolicyEffect>; exemptions: ExemptionConfig[] };
  security: { contactEmails: string[]; defenderPlans: string[]; logRetentionDays: number };
  network: {
    hubAddressSpace: string;
    egress: { type: "azureFirewall" | "nva"; firewallTier: "Standard" | "Premium"; nextHopIpAddress?: string };
    privateDnsZones: string[];
    flowLogRetentionDays: number;
    spokes: SpokeConfig[];
  };
  keyManagement: { keys: KeyConfig[] };
  /** Automated response: runbook modes, exclusions, and the break-glass principals it never touches. */
  respond: {
    runbooks: Record<string, "automatic" | "dry-run" | "off">;
    exclusions: { tags: string[]; subscriptions: string[] };
    breakGlassPrincipals: string[];
  };
}

/**
 * Azure public-cloud regions (lower case, no spaces, as `az account list-locations` names them); a typo
 * here would otherwise surface only at deploy.
 */
export const AZURE_LOCATIONS = [
  "australiacentral",
  "australiacentral2",
  "australiaeast",
  "australiasoutheast",
  "austriaeast",
  "belgiumcentral",
  "brazilsouth",
  "brazilsoutheast",
  "canadacentral",
  "canadaeast",
  "centralindia",
  "centralus",
  "chilecentral",
  "eastasia",
  "eastus",
  "eastus2",
  "francecentral",
  "francesouth",
  "germanynorth",
  "germanywestcentral",
  "indonesiacentral",
  "israelcentral",
  "italynorth",
  "japaneast",
  "japanwest",
  "jioindiacentral",
  "jioindiawest",
  "koreacentral",
  "koreasouth",
  "malaysiawest",
  "mexicocentral",
  "newzealandnorth",
  "northcentralus",
  "northeurope",
  "norwayeast",
  "norwaywest",
  "polandcentral",
  "qatarcentral",
  "southafricanorth",
  "southafricawest",
  "southcentralus",
  "southeastasia",
  "southindia",
  "spaincentral",
  "swedencentral",
  "swedensouth",
  "switzerlandnorth",
  "switzerlandwest",
  "uaecentral",
  "uaenorth",
  "uksouth",
  "ukwest",
  "westcentralus",
  "westeurope",
  "westindia",
  "westus",
  "westus2",
  "westus3",
] as const;

/** Thrown before any resource exists; `problems` are "<key>: <what is wrong>" lines. */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    namespace: string,
  ) {
    super(
      `invalid landing zone config (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${namespace}:${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false, verbose: true });
const validateSchema = ajv.compile(schema);

/** "/network/spokes/1/name" → "network.spokes[1].name". */
function keyOf(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}

function describeSchemaError(e: ErrorObject): string {
  const key = keyOf(e.instancePath);
  const where = (k: string) => k || "(root)";
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case "required":
      return `${[key, e.params.missingProperty].filter(Boolean).join(".")}: is required`;
    case "additionalProperties":
      return `${[key, e.params.additionalProperty].filter(Boolean).join(".")}: is not a known setting`;
    case "enum":
      return `${where(key)}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return `${where(key)}: ${JSON.stringify(e.data)} is not valid${description ? ` (${description})` : ""}`;
    case "propertyNames":
      return `${where(key)}: ${JSON.stringify(e.params.propertyName)} is not a valid name (lower-case letters, digits and hyphens)`;
    default:
      return `${where(key)}: ${e.message}${e.data !== undefined && typeof e.data !== "object" ? ` (got ${JSON.stringify(e.data)})` : ""}`;
  }
}

/** Parses an IPv4 CIDR; undefined when it is not one or has host bits set. */
export function parseCidr(cidr: string): { base: number; prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const base = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  if ((base & mask) >>> 0 !== base) return undefined;
  return { base, prefix };
}

export function parseIp(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
}

export function formatIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
}

function size(c: { prefix: number }): number {
  return 2 ** (32 - c.prefix);
}

export function contains(outer: { base: number; prefix: number }, inner: { base: number; prefix: number }): boolean {
  return inner.prefix >= outer.prefix && inner.base >= outer.base && inner.base + size(inner) <= outer.base + size(outer);
}

export function overlaps(a: { base: number; prefix: number }, b: { base: number; prefix: number }): boolean {
  return a.base < b.base + size(b) && b.base < a.base + size(a);
}

/** Checks the schema cannot express: cross-references, uniqueness, CIDR arithmetic, policy names. */
function semanticProblems(c: LandingZoneConfig): string[] {
  const problems: string[] = [];
  const regions = new Set<string>(AZURE_LOCATIONS);
  c.allowedLocations.forEach((l, i) => {
    if (!regions.has(l)) problems.push(`allowedLocations[${i}]: unknown Azure region ${JSON.stringify(l)}`);
  });
  if (!regions.has(c.defaultLocation)) problems.push(`defaultLocation: unknown Azure region ${JSON.stringify(c.defaultLocation)}`);
  else if (!c.allowedLocations.includes(c.defaultLocation)) {
    problems.push(
      `defaultLocation: ${JSON.stringify(c.defaultLocation)} is not in allowedLocations; the landing zone would deny its own resources`,
    );
  }

  // The landing zone's own resources must pass its required-tags policy.
  const tagNames = Object.keys(c.tags).map((t) => t.toLowerCase());
  c.requiredTags.forEach((t, i) => {
    if (!tagNames.includes(t.toLowerCase()))
      problems.push(`requiredTags[${i}]: ${JSON.stringify(t)} is required but not set in tags; add it to tags`);
  });
  if (c.requiredTags.length === 0) problems.push("requiredTags: list at least one tag name");

  // Subscriptions: unique ids, exactly one management and one connectivity subscription.
  const ids = new Map<string, string>();
  for (const [name, s] of Object.entries(c.subscriptions)) {
    const id = s.id.toLowerCase();
    const first = ids.get(id);
    if (first) problems.push(`subscriptions.${name}.id: ${s.id} is also subscription ${first}`);
    else ids.set(id, name);
  }
  for (const role of ["management", "connectivity"] as const) {
    const placed = Object.entries(c.subscriptions).filter(([, s]) => s.managementGroup === role);
    if (placed.length !== 1) {
      problems.push(
        `subscriptions: exactly one subscription must be placed in ${role} (found ${placed.length === 0 ? "none" : placed.map(([n]) => n).join(", ")})`,
      );
    }
  }

  // Network: hub and spokes are valid, large enough, non-overlapping; the NVA next hop lies in the hub.
  const hub = parseCidr(c.network.hubAddressSpace);
  if (!hub) problems.push(`network.hubAddressSpace: ${JSON.stringify(c.network.hubAddressSpace)} is not an IPv4 network (host bits set?)`);
  else if (hub.prefix > 24) problems.push(`network.hubAddressSpace: the hub needs at least a /24 (got /${hub.prefix})`);
  if (c.network.egress.type === "nva") {
    const ip = c.network.egress.nextHopIpAddress ? parseIp(c.network.egress.nextHopIpAddress) : undefined;
    if (c.network.egress.nextHopIpAddress === undefined)
      problems.push('network.egress.nextHopIpAddress: is required when network.egress.type is "nva"');
    else if (ip === undefined)
      problems.push(`network.egress.nextHopIpAddress: ${JSON.stringify(c.network.egress.nextHopIpAddress)} is not an IPv4 address`);
    else if (hub && !contains(hub, { base: ip, prefix: 32 })) {
      problems.push(
        `network.egress.nextHopIpAddress: ${c.network.egress.nextHopIpAddress} is outside network.hubAddressSpace ${c.network.hubAddressSpace}`,
      );
    }
  } else if (c.network.egress.nextHopIpAddress !== undefined) {
    problems.push('network.egress.nextHopIpAddress: only applies to type "nva" (the Azure Firewall\'s address is derived from its subnet)');
  }
  const seen: { key: string; cidr: { base: number; prefix: number }; text: string }[] = hub
    ? [{ key: "network.hubAddressSpace", cidr: hub, text: c.network.hubAddressSpace }]
    : [];
  const spokeNames = new Set<string>();
  c.network.spokes.forEach((s, i) => {
    const key = `network.spokes[${i}]`;
    if (spokeNames.has(s.name)) problems.push(`${key}.name: duplicate spoke name ${JSON.stringify(s.name)}`);
    spokeNames.add(s.name);
    const sub = c.subscriptions[s.subscription];
    if (!sub) problems.push(`${key}.subscription: unknown subscription ${JSON.stringify(s.subscription)} (declare it in subscriptions)`);
    else if (!["corp", "online", "sandbox"].includes(sub.managementGroup)) {
      problems.push(
        `${key}.subscription: ${s.subscription} is placed in ${sub.managementGroup}; spokes belong to corp, online or sandbox subscriptions`,
      );
    }
    const space = parseCidr(s.addressSpace);
    if (!space) {
      problems.push(`${key}.addressSpace: ${JSON.stringify(s.addressSpace)} is not an IPv4 network (host bits set?)`);
      return;
    }
    for (const other of seen) {
      if (overlaps(space, other.cidr)) problems.push(`${key}.addressSpace: ${s.addressSpace} overlaps ${other.key} ${other.text}`);
    }
    seen.push({ key: `${key}.addressSpace`, cidr: space, text: s.addressSpace });
    const subnets: { name: string; cidr: { base: number; prefix: number } }[] = [];
    s.subnets.forEach((n, j) => {
      const nkey = `${key}.subnets[${j}]`;
      const cidr = parseCidr(n.addressPrefix);
      if (!cidr) problems.push(`${nkey}.addressPrefix: ${JSON.stringify(n.addressPrefix)} is not an IPv4 network (host bits set?)`);
      else if (!contains(space, cidr))
        problems.push(`${nkey}.addressPrefix: ${n.addressPrefix} is outside the spoke's addressSpace ${s.addressSpace}`);
      else if (cidr.prefix > 29) problems.push(`${nkey}.addressPrefix: Azure subnets must be /29 or larger (got /${cidr.prefix})`);
      else {
        const clash = subnets.find((o) => overlaps(o.cidr, cidr));
        if (clash) problems.push(`${nkey}.addressPrefix: ${n.addressPrefix} overlaps subnet ${clash.name}`);
        subnets.push({ name: n.name, cidr });
      }
      if (s.subnets.findIndex((o) => o.name === n.name) !== j)
        problems.push(`${nkey}.name: duplicate subnet name ${JSON.stringify(n.name)}`);
    });
  });

  // Policy: overrides and exemptions name real policies of the right assignment; exemption names unique.
  const known = new Set(knownPolicyNames());
  for (const name of Object.keys(c.policy.overrides)) {
    if (!known.has(name)) problems.push(`policy.overrides.${name}: unknown policy (known: ${[...known].sort().join(", ")})`);
  }
  const exemptionNames = new Set<string>();
  c.policy.exemptions.forEach((e, i) => {
    const key = `policy.exemptions[${i}]`;
    if (exemptionNames.has(e.name)) problems.push(`${key}.name: duplicate exemption name ${JSON.stringify(e.name)}`);
    exemptionNames.add(e.name);
    const inAssignment = new Set(policiesOfAssignment(e.assignment));
    if (inAssignment.size === 0) problems.push(`${key}.assignment: the ${e.assignment} assignment has no policies to exempt from`);
    (e.policies ?? []).forEach((p, j) => {
      if (!inAssignment.has(p))
        problems.push(`${key}.policies[${j}]: ${JSON.stringify(p)} is not a policy of the ${e.assignment} assignment`);
    });
    if (Number.isNaN(Date.parse(`${e.expiresOn}T00:00:00Z`)))
      problems.push(`${key}.expiresOn: ${JSON.stringify(e.expiresOn)} is not a date`);
  });

  // Keys: unique names; a key must expire after it rotates.
  const keyNames = new Set<string>();
  c.keyManagement.keys.forEach((k, i) => {
    if (keyNames.has(k.name)) problems.push(`keyManagement.keys[${i}].name: duplicate key name ${JSON.stringify(k.name)}`);
    keyNames.add(k.name);
    if (durationDays(k.rotateAfter) >= durationDays(k.expiresAfter)) {
      problems.push(
        `keyManagement.keys[${i}].rotateAfter: ${k.rotateAfter} is not before expiresAfter ${k.expiresAfter}; the key would expire before it rotates`,
      );
    }
  });
  return problems;
}

/** Approximate length of an ISO 8601 date duration (P1Y2M3D), in days. */
export function durationDays(d: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(d);
  return m ? Number(m[1] ?? 0) * 365 + Number(m[2] ?? 0) * 30 + Number(m[3] ?? 0) : Number.NaN;
}

/** Validates a config object (defaults are filled in); throws ConfigError listing every problem. */
export function validateConfig(raw: unknown, namespace = "azure-landing-zone"): LandingZoneConfig {
  const data = structuredClone(raw);
  if (!validateSchema(data)) {
    const problems = [...new Set((validateSchema.errors ?? []).map(describeSchemaError))];
    throw new ConfigError(problems, namespace);
  }
  const config = data as unknown as LandingZoneConfig;
  const problems = semanticProblems(config);
  if (problems.length > 0) throw new ConfigError(problems, namespace);
  return config;
}

/** The part of pulumi.Config the loader needs (so tests can pass a plain map). */
export interface ConfigSource {
  get(key: string): string | undefined;
}

/**
 * Reads every key the schema knows from stack config (structured values arrive as JSON text) and
 * validates the whole. Keys in the namespace the schema does not know are reported when `knownKeys` is given.
 */
export function loadConfig(source: ConfigSource, namespace = "azure-landing-zone", knownKeys?: readonly string[]): LandingZoneConfig {
  const props = schema.properties as Record<string, { type?: string; $ref?: string }>;
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, prop] of Object.entries(props)) {
    const text = source.get(key);
    if (text === undefined) continue;
    const isString = prop.type === "string" || prop.$ref === "#/definitions/guid" || prop.$ref === "#/definitions/location";
    if (isString) {
      raw[key] = text;
      continue;
    }
    try {
      raw[key] = JSON.parse(text);
    } catch {
      problems.push(`${key}: expected structured YAML (an object or list), got ${JSON.stringify(text)}`);
    }
  }
  for (const key of knownKeys ?? []) {
    if (!(key in props)) problems.push(`${key}: is not a known setting`);
  }
  if (problems.length > 0) throw new ConfigError(problems, namespace);
  return validateConfig(raw, namespace);
}
