/**
 * The landing zone's configuration: its JSON Schema (config.schema.json, which doubles as documentation),
 * loading from Pulumi stack config, and validation that runs before any resource is declared. Every
 * problem names the config key it is about, so a bad value never reaches a cloud call.
 */
import Ajv, { type ErrorObject } from "ajv";
import schema from "./config.schema.json";

export const OU_PATHS = [
  "Security",
  "Infrastructure",
  "Workloads",
  "Workloads/Prod",
  "Workloads/NonProd",
  "Sandbox",
  "Suspended",
  "Policy-Staging",
] as const;
export type OuPath = (typeof OU_PATHS)[number];

export const PERMISSION_SETS = ["administrator", "power-user", "read-only", "security-audit"] as const;
export type PermissionSetName = (typeof PERMISSION_SETS)[number];

export type CoreAccountKey = "logArchive" | "audit" | "network" | "sharedServices";

export interface AccountConfig {
  name: string;
  email: string;
  id?: string;
}

export interface WorkloadAccountConfig extends AccountConfig {
  ou: "Workloads/Prod" | "Workloads/NonProd" | "Sandbox" | "Infrastructure" | "Policy-Staging" | "Suspended";
}

export interface LandingZoneConfig {
  organization: { name: string; id: string; managementAccountId: string; automationRoleName: string };
  homeRegion: string;
  allowedRegions: string[];
  breakGlass: { roleNames: string[]; trustedPrincipals: string[]; maxSessionDuration: number };
  protectedRoleNames: string[];
  accounts: { core: Record<CoreAccountKey, AccountConfig>; workloads: WorkloadAccountConfig[] };
  identityCenter: {
    instanceArn: string;
    identityStoreId: string;
    sessionDurations: Record<PermissionSetName, string>;
    groups: { name: string; description?: string }[];
    assignments: { group: string; permissionSet: PermissionSetName; ous?: OuPath[]; accounts?: string[] }[];
  };
  network: { hubCidr: string; workloadSupernet: string; availabilityZones: number; egressThroughHub: boolean };
  securityHub: { standards: string[] };
  guardDuty: { findingPublishingFrequency: string };
  logging: {
    retentionDays: number;
    objectLockMode: "GOVERNANCE" | "COMPLIANCE";
    objectLockDays: number;
    cloudWatchRetentionDays: number;
    s3DataEvents: boolean;
  };
  detection: { alertEmails: string[] };
  /** Automated response: runbook modes and exclusions (the break-glass roles are always excluded). */
  respond: { runbooks: Record<string, "automatic" | "dry-run" | "off">; exclusions: { tags: string[]; accounts: string[] } };
  securityContact?: { name: string; title: string; email: string; phone: string };
  tags: Record<string, string>;
}

/** AWS commercial regions (opt-in ones included); a typo here would otherwise surface only at deploy. */
export const AWS_REGIONS = [
  "af-south-1",
  "ap-east-1",
  "ap-east-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-7",
  "ca-central-1",
  "ca-west-1",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "mx-central-1",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
] as const;

/** EventBridge receives IAM, STS, Organizations and console sign-in events only in this region. */
export const GLOBAL_EVENTS_REGION = "us-east-1";

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

// verbose: errors carry the offending value and the schema that rejected it, for the messages.
const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false, verbose: true });
const validateSchema = ajv.compile(schema);

/** "/accounts/workloads/1/email" → "accounts.workloads[1].email". */
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
  switch (e.keyword) {
    case "required":
      return `${[key, e.params.missingProperty].filter(Boolean).join(".")}: is required`;
    case "additionalProperties":
      return `${[key, e.params.additionalProperty].filter(Boolean).join(".")}: is not a known setting`;
    case "enum":
      return `${where(key)}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern": {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      return `${where(key)}: ${JSON.stringify(e.data)} is not valid${description ? ` (${description})` : ""}`;
    }
    default:
      return `${where(key)}: ${e.message}${e.data !== undefined && typeof e.data !== "object" ? ` (got ${JSON.stringify(e.data)})` : ""}`;
  }
}

/** Parses an IPv4 CIDR; undefined when it is not one. */
export function parseCidr(cidr: string): { base: number; prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const base = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  if ((base & mask) >>> 0 !== base) return undefined; // host bits set: 10.0.0.1/16 is not a network
  return { base, prefix };
}

function overlaps(a: { base: number; prefix: number }, b: { base: number; prefix: number }): boolean {
  const prefix = Math.min(a.prefix, b.prefix);
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return (a.base & mask) >>> 0 === (b.base & mask) >>> 0;
}

function wildcardMatches(pattern: string, name: string): boolean {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(name);
}

const SESSION_MINUTES = (d: string) => {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(d);
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : Number.NaN;
};

/** Checks the schema cannot express: cross-references, uniqueness, CIDR arithmetic. */
function semanticProblems(c: LandingZoneConfig): string[] {
  const problems: string[] = [];
  const regions = new Set<string>(AWS_REGIONS);
  if (!regions.has(c.homeRegion)) problems.push(`homeRegion: unknown region ${JSON.stringify(c.homeRegion)}`);
  c.allowedRegions.forEach((r, i) => {
    if (!regions.has(r)) problems.push(`allowedRegions[${i}]: unknown region ${JSON.stringify(r)}`);
  });
  if (!c.allowedRegions.includes(c.homeRegion)) {
    problems.push(`allowedRegions: must contain homeRegion ${JSON.stringify(c.homeRegion)}`);
  }
  if (!c.allowedRegions.includes(GLOBAL_EVENTS_REGION)) {
    problems.push(
      `allowedRegions: must contain ${GLOBAL_EVENTS_REGION}: IAM, STS, Organizations and console sign-in events reach EventBridge only there, and the landing zone's detection rules must see them`,
    );
  }

  // Accounts: names, emails and ids are unique across core and workload accounts.
  const all: { key: string; account: AccountConfig }[] = [
    ...Object.entries(c.accounts.core).map(([k, a]) => ({ key: `accounts.core.${k}`, account: a })),
    ...c.accounts.workloads.map((a, i) => ({ key: `accounts.workloads[${i}]`, account: a })),
  ];
  const seen = { name: new Map<string, string>(), email: new Map<string, string>(), id: new Map<string, string>() };
  for (const { key, account } of all) {
    for (const field of ["name", "email", "id"] as const) {
      const value = account[field];
      if (value === undefined) continue;
      const norm = field === "email" ? value.toLowerCase() : value;
      const first = seen[field].get(norm);
      if (first) problems.push(`${key}.${field}: duplicate ${field} ${JSON.stringify(value)} (also used by ${first})`);
      else seen[field].set(norm, key);
    }
    if (account.id === c.organization.managementAccountId) {
      problems.push(`${key}.id: ${account.id} is the management account, which must not host landing zone or workload resources`);
    }
  }

  // Break-glass roles must be protected, or a workload administrator could delete or re-trust them.
  c.breakGlass.roleNames.forEach((name, i) => {
    if (!c.protectedRoleNames.some((p) => wildcardMatches(p, name))) {
      problems.push(
        `breakGlass.roleNames[${i}]: ${JSON.stringify(name)} is not covered by protectedRoleNames; add it or a pattern that matches it`,
      );
    }
  });
  if (!c.protectedRoleNames.some((p) => wildcardMatches(p, c.organization.automationRoleName))) {
    problems.push(`protectedRoleNames: must cover the automation role ${JSON.stringify(c.organization.automationRoleName)}`);
  }

  // Identity Center: assignments refer to declared groups and accounts; session durations are 15 min to 12 h.
  const groups = new Set<string>();
  c.identityCenter.groups.forEach((g, i) => {
    if (groups.has(g.name)) problems.push(`identityCenter.groups[${i}].name: duplicate group ${JSON.stringify(g.name)}`);
    groups.add(g.name);
  });
  const accountNames = new Set(all.map((a) => a.account.name));
  c.identityCenter.assignments.forEach((a, i) => {
    const key = `identityCenter.assignments[${i}]`;
    if (!groups.has(a.group)) problems.push(`${key}.group: unknown group ${JSON.stringify(a.group)} (declare it in identityCenter.groups)`);
    (a.accounts ?? []).forEach((n, j) => {
      if (!accountNames.has(n)) problems.push(`${key}.accounts[${j}]: unknown account ${JSON.stringify(n)}`);
    });
    if ((a.ous ?? []).length === 0 && (a.accounts ?? []).length === 0) problems.push(`${key}: names no ous and no accounts`);
  });
  for (const [set, duration] of Object.entries(c.identityCenter.sessionDurations)) {
    const minutes = SESSION_MINUTES(duration);
    if (!(minutes >= 15 && minutes <= 720)) {
      problems.push(
        `identityCenter.sessionDurations.${set}: ${JSON.stringify(duration)} is outside 15 minutes to 12 hours (PT15M to PT12H)`,
      );
    }
  }

  // Network: valid, non-overlapping CIDRs of a usable size.
  const hub = parseCidr(c.network.hubCidr);
  const supernet = parseCidr(c.network.workloadSupernet);
  if (!hub)
    problems.push(`network.hubCidr: ${JSON.stringify(c.network.hubCidr)} is not an IPv4 network in CIDR notation (e.g. 10.0.0.0/22)`);
  else if (hub.prefix < 16 || hub.prefix > 24) problems.push(`network.hubCidr: a VPC must be /16 to /24 (got /${hub.prefix})`);
  if (!supernet) {
    problems.push(
      `network.workloadSupernet: ${JSON.stringify(c.network.workloadSupernet)} is not an IPv4 network in CIDR notation (e.g. 10.16.0.0/12)`,
    );
  } else if (supernet.prefix > 20)
    problems.push(`network.workloadSupernet: /${supernet.prefix} is too small for several workload VPCs (use /20 or larger)`);
  if (hub && supernet && overlaps(hub, supernet)) {
    problems.push(`network.workloadSupernet: ${c.network.workloadSupernet} overlaps network.hubCidr ${c.network.hubCidr}`);
  }

  if (c.logging.objectLockDays > c.logging.retentionDays) {
    problems.push(
      `logging.objectLockDays: ${c.logging.objectLockDays} exceeds logging.retentionDays ${c.logging.retentionDays}; locked logs could not expire`,
    );
  }
  return problems;
}

/** Validates a config object (defaults are filled in place); throws ConfigError listing every problem. */
export function validateConfig(raw: unknown, namespace = "aws-landing-zone"): LandingZoneConfig {
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
 * validates the whole. Unknown keys in the namespace are caught by `knownKeys` when given.
 */
export function loadConfig(source: ConfigSource, namespace = "aws-landing-zone", knownKeys?: readonly string[]): LandingZoneConfig {
  const props = schema.properties as Record<string, { type?: string; $ref?: string }>;
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, prop] of Object.entries(props)) {
    const text = source.get(key);
    if (text === undefined) continue;
    const isString = prop.type === "string" || prop.$ref === "#/definitions/region";
    if (isString) {
      raw[key] = text;
      continue;
    }
    try {
      raw[key] = JSON.parse(text);
    } catch {
      problems.push(`${key}: expected structured YAML (an object, list, number or boolean), got ${JSON.stringify(text)}`);
    }
  }
  for (const key of knownKeys ?? []) {
    if (!(key in props)) problems.push(`${key}: is not a known setting`);
  }
  if (problems.length > 0) throw new ConfigError(problems, namespace);
  return validateConfig(raw, namespace);
}
