import type { Violation } from "../model/verdict";
import { internetIngressTo, naclInternetAllows } from "./aws-network";
import { isAllProtocols, objectsOf } from "./network";
import { num } from "./text";

/**
 * The TCP ports of the database, cache, search and streaming engines AWS runs (RDS, Aurora, Redshift,
 * DocumentDB, Neptune, ElastiCache, MemoryDB, OpenSearch, Keyspaces, MSK) and their self-managed
 * equivalents on EC2. Ports are the engines' documented defaults; Checkov (CKV_AWS_ 24/25/260 family)
 * and FSBP EC2.19 name the same listeners.
 */
export const DATABASE_ENGINE_PORTS: Readonly<Record<number, string>> = {
  1433: "SQL Server",
  1521: "Oracle",
  2483: "Oracle (TCPS)",
  2484: "Oracle (TCPS)",
  3306: "MySQL/MariaDB/Aurora MySQL",
  5432: "PostgreSQL/Aurora PostgreSQL",
  5439: "Redshift",
  6379: "Redis/Valkey",
  7000: "Cassandra (inter-node)",
  8182: "Neptune",
  9042: "Cassandra/Keyspaces (CQL)",
  9092: "Kafka",
  9200: "Elasticsearch/OpenSearch (HTTP)",
  9300: "Elasticsearch/OpenSearch (transport)",
  11211: "Memcached",
  27017: "MongoDB/DocumentDB",
  27018: "MongoDB (shard)",
};

export const DEFAULT_DATABASE_PORTS: readonly number[] = Object.keys(DATABASE_ENGINE_PORTS).map(Number);

/** The ports a control is configured with (`ports` setting), else every engine port above. */
export function configuredDatabasePorts(settings: Record<string, unknown>): number[] {
  const ports = settings.ports;
  if (!Array.isArray(ports)) return [...DEFAULT_DATABASE_PORTS];
  return ports.filter((p): p is number => typeof p === "number" && Number.isInteger(p) && p > 0 && p < 65536);
}

const engineOf = (port: number) => DATABASE_ENGINE_PORTS[port] ?? "database";

function describePorts(ports: number[]): string {
  return ports.map((p) => `${engineOf(p)} ${p}`).join(", ");
}

/**
 * One violation per security-group rule that admits any of `ports` from 0.0.0.0/0 or ::/0, naming every
 * engine port the rule opens (a 0-65535 rule is one finding, not seventeen).
 */
export function securityGroupDatabaseViolations(type: string, props: Record<string, unknown>, ports: number[]): Violation[] {
  const byProperty = new Map<string, { sources: Set<string>; ports: number[] }>();
  for (const port of ports) {
    for (const hit of internetIngressTo(type, props, port)) {
      const entry = byProperty.get(hit.property) ?? { sources: new Set<string>(), ports: [] };
      for (const s of hit.sources) entry.sources.add(s);
      entry.ports.push(port);
      byProperty.set(hit.property, entry);
    }
  }
  return [...byProperty].map(([property, { sources, ports: open }]) => ({
    property,
    message: `ingress allows TCP ${describePorts(open)} from ${[...sources].join(", ")}; reach databases from application security groups or private ranges only`,
  }));
}

/**
 * Network ACLs are stateless: a subnet whose instances open outbound connections must admit the return
 * traffic, which arrives on ephemeral ports (1024-65535 for NAT gateways and ELBs, 32768-65535 or
 * 49152-65535 for Linux and Windows clients). An allow of such a range ending at 65535 is read as return
 * traffic, not as exposing the database ports inside it; security groups, which are stateful, still
 * decide those ports.
 */
function isEphemeralReturnRange(entry: Record<string, unknown> | undefined): boolean {
  if (!entry || isAllProtocols(entry.protocol)) return false;
  const from = num(entry.fromPort);
  const to = num(entry.toPort);
  return Number.isFinite(from) && from >= 1024 && to === 65535;
}

function naclEntry(type: string, props: Record<string, unknown>, property: string): Record<string, unknown> | undefined {
  if (type === "aws:ec2/networkAclRule:NetworkAclRule") return props;
  const i = /^ingress\[(\d+)\]$/.exec(property)?.[1];
  return i === undefined ? undefined : objectsOf(props.ingress)[num(i)];
}

/** One violation per network-ACL entry that is the first match allowing any of `ports` from anywhere. */
export function naclDatabaseViolations(type: string, props: Record<string, unknown>, ports: number[]): Violation[] {
  const byProperty = new Map<string, { sources: Set<string>; ruleNo: unknown; ports: number[] }>();
  for (const port of ports) {
    for (const hit of naclInternetAllows(type, props, port)) {
      if (isEphemeralReturnRange(naclEntry(type, props, hit.property))) continue;
      const entry = byProperty.get(hit.property) ?? { sources: new Set<string>(), ruleNo: hit.ruleNo, ports: [] };
      entry.sources.add(hit.source);
      if (!entry.ports.includes(port)) entry.ports.push(port);
      byProperty.set(hit.property, entry);
    }
  }
  return [...byProperty].map(([property, { sources, ruleNo, ports: open }]) => ({
    property,
    message: `rule ${JSON.stringify(ruleNo ?? null)} allows TCP ${describePorts(open)} from ${[...sources].join(", ")}; add a lower-numbered deny entry for these ports or narrow the source`,
  }));
}
