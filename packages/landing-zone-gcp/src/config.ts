/**
 * The landing zone's configuration: its JSON Schema (config.schema.json), loading from Pulumi stack config
 * and validation that runs before any resource is declared. Every problem names the config key.
 */
import Ajv, { type ErrorObject } from "ajv";
import schema from "./config.schema.json";

export const FOLDER_KEYS = ["common", "production", "nonProduction", "development"] as const;
export type FolderKey = (typeof FOLDER_KEYS)[number];
export const ENVIRONMENTS = ["production", "nonProduction", "development"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export interface ProjectConfig {
  id: string;
  name?: string;
  folder?: FolderKey;
  services: string[];
}

export interface TagException {
  tag: { key: string; value: string };
  constraints: string[];
  reason: string;
}

export interface LandingZoneConfig {
  organization: { id: string; billingAccount: string; domains: string[]; directoryCustomerIds: string[] };
  folders: Record<FolderKey, string>;
  projects: {
    logging: ProjectConfig;
    security: ProjectConfig;
    networkHost: ProjectConfig;
    workloads: (ProjectConfig & { folder: FolderKey })[];
  };
  allowedLocations: string[];
  allowedPeerNetworks?: string[];
  exceptions: TagException[];
  network: {
    name: string;
    region: string;
    subnets: { name: string; cidr: string; region?: string }[];
    iapRanges: string[];
    pscAddress: string;
    pscTarget: "all-apis" | "vpc-sc";
  };
  logging: { location: string; bucketId: string; retentionDays: number; locked: boolean; auditLogServices: string[] };
  kms: { rotationDays: number; keyUsers: Partial<Record<Environment, string[]>> };
  alerts: { emails: string[] };
  /** Automated response: runbook modes, exclusions, and the break-glass principals it never touches. */
  respond: {
    runbooks: Record<string, "automatic" | "dry-run" | "off">;
    exclusions: { labels: string[]; projects: string[] };
    breakGlassPrincipals: string[];
  };
  essentialContacts?: string[];
  labels: Record<string, string>;
}

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
ajv.addFormat("email", /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
const validateSchema = ajv.compile(schema);

/** "/projects/workloads/1/id" → "projects.workloads[1].id". */
function keyOf(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}

function describeSchemaError(e: ErrorObject): string | undefined {
  const key = keyOf(e.instancePath);
  const where = (k: string) => k || "(root)";
  switch (e.keyword) {
    case "required":
      return `${[key, e.params.missingProperty].filter(Boolean).join(".")}: is required`;
    case "additionalProperties":
      return `${[key, e.params.additionalProperty].filter(Boolean).join(".")}: is not a known setting`;
    case "enum":
      return `${where(key)}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
    case "format": {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      return `${where(key)}: ${JSON.stringify(e.data)} is not valid${description ? ` (expected ${description})` : ""}`;
    }
    case "allOf":
      return undefined; // the failing branch reports itself
    default:
      return `${where(key)}: ${e.message}${e.data !== undefined && typeof e.data !== "object" ? ` (got ${JSON.stringify(e.data)})` : ""}`;
  }
}

/** Parses an IPv4 CIDR; undefined when it is not a network address. */
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

function contains(net: { base: number; prefix: number }, ip: number): boolean {
  const mask = net.prefix === 0 ? 0 : (~0 << (32 - net.prefix)) >>> 0;
  return (ip & mask) >>> 0 === net.base;
}

function overlaps(a: { base: number; prefix: number }, b: { base: number; prefix: number }): boolean {
  return contains(a, b.base) || contains(b, a.base);
}

/** Checks the schema cannot express: uniqueness, CIDR arithmetic, cross-references. */
function semanticProblems(c: LandingZoneConfig, knownConstraints: readonly string[]): string[] {
  const problems: string[] = [];
  const projects = [
    ["projects.logging", c.projects.logging],
    ["projects.security", c.projects.security],
    ["projects.networkHost", c.projects.networkHost],
    ...c.projects.workloads.map((p, i) => [`projects.workloads[${i}]`, p] as const),
  ] as const;
  const seen = new Map<string, string>();
  for (const [key, p] of projects) {
    const first = seen.get(p.id);
    if (first) problems.push(`${key}.id: duplicate project id ${JSON.stringify(p.id)} (also ${first})`);
    else seen.set(p.id, key);
  }
  const folderNames = new Map<string, string>();
  for (const k of FOLDER_KEYS) {
    const first = folderNames.get(c.folders[k]);
    if (first) problems.push(`folders.${k}: duplicate folder name ${JSON.stringify(c.folders[k])} (also folders.${first})`);
    else folderNames.set(c.folders[k], k);
  }

  const nets: { key: string; net: { base: number; prefix: number } }[] = [];
  const subnetNames = new Set<string>();
  c.network.subnets.forEach((s, i) => {
    const key = `network.subnets[${i}]`;
    if (subnetNames.has(s.name)) problems.push(`${key}.name: duplicate subnet name ${JSON.stringify(s.name)}`);
    subnetNames.add(s.name);
    const net = parseCidr(s.cidr);
    if (!net) {
      problems.push(`${key}.cidr: ${JSON.stringify(s.cidr)} is not an IPv4 network address (host bits set or out of range)`);
      return;
    }
    if (net.prefix < 8 || net.prefix > 29) problems.push(`${key}.cidr: a subnet must be /8 to /29 (got /${net.prefix})`);
    for (const other of nets) if (overlaps(other.net, net)) problems.push(`${key}.cidr: ${s.cidr} overlaps ${other.key}.cidr`);
    nets.push({ key, net });
  });
  c.network.iapRanges.forEach((r, i) => {
    if (!parseCidr(r)) problems.push(`network.iapRanges[${i}]: ${JSON.stringify(r)} is not an IPv4 network address`);
  });
  const psc = parseCidr(`${c.network.pscAddress}/32`);
  if (!psc) problems.push(`network.pscAddress: ${JSON.stringify(c.network.pscAddress)} is not an IPv4 address`);
  else {
    for (const n of nets)
      if (contains(n.net, psc.base))
        problems.push(`network.pscAddress: ${c.network.pscAddress} lies inside ${n.key}.cidr; choose an address outside every subnet`);
  }

  const known = new Set(knownConstraints);
  c.exceptions.forEach((e, i) => {
    e.constraints.forEach((name, j) => {
      if (!known.has(name)) {
        problems.push(
          `exceptions[${i}].constraints[${j}]: ${JSON.stringify(name)} is not a constraint the landing zone enforces (one of ${[...known].sort().join(", ")})`,
        );
      }
    });
  });
  return problems;
}

/** Validates a config object (defaults filled in); throws ConfigError listing every problem. */
export function validateConfig(raw: unknown, knownConstraints: readonly string[], namespace = "gcp-landing-zone"): LandingZoneConfig {
  const data = structuredClone(raw);
  if (!validateSchema(data)) {
    const problems = [...new Set((validateSchema.errors ?? []).map(describeSchemaError).filter((p): p is string => p !== undefined))];
    throw new ConfigError(problems, namespace);
  }
  const config = data as unknown as LandingZoneConfig;
  const problems = semanticProblems(config, knownConstraints);
  if (problems.length > 0) throw new ConfigError(problems, namespace);
  return config;
}

/** The part of pulumi.Config the loader needs (tests pass a plain map). */
export interface ConfigSource {
  get(key: string): string | undefined;
}

/**
 * Reads every key the schema knows from stack config (structured values arrive as JSON text) and validates
 * the whole; keys of the namespace the schema does not know are reported too.
 */
export function loadConfig(
  source: ConfigSource,
  knownConstraints: readonly string[],
  namespace = "gcp-landing-zone",
  keysInNamespace?: readonly string[],
): LandingZoneConfig {
  const props = schema.properties as Record<string, { type?: string }>;
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, prop] of Object.entries(props)) {
    const text = source.get(key);
    if (text === undefined) continue;
    if (prop.type === "string") raw[key] = text;
    else {
      try {
        raw[key] = JSON.parse(text);
      } catch {
        problems.push(`${key}: is not valid ${prop.type ?? "structured"} config (${JSON.stringify(text.slice(0, 40))})`);
      }
    }
  }
  for (const k of keysInNamespace ?? []) if (!(k in props)) problems.push(`${k}: is not a known setting`);
  if (problems.length > 0) throw new ConfigError(problems, namespace);
  return validateConfig(raw, knownConstraints, namespace);
}
