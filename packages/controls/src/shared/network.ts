import { num } from "./text";
/** Port and CIDR helpers shared by the security-group, NSG and firewall controls of every cloud. */

/** Remote administration ports CIS names in every benchmark. */
export const ADMIN_PORTS = [22, 3389] as const;

const OPEN_IPV4 = new Set(["0.0.0.0/0", "0.0.0.0"]);
const OPEN_IPV6 = new Set(["::/0", "::"]);
/** Azure's words for "anywhere". */
const OPEN_AZURE = new Set(["*", "internet", "any", "0.0.0.0/0", "::/0"]);

export function isOpenCidr(cidr: unknown): boolean {
  return typeof cidr === "string" && (OPEN_IPV4.has(cidr.trim()) || OPEN_IPV6.has(cidr.trim()));
}

export function isOpenAzureSource(prefix: unknown): boolean {
  return typeof prefix === "string" && OPEN_AZURE.has(prefix.trim().toLowerCase());
}

/** True when [from, to] contains `port`; a protocol of all (-1, "all", "*") covers every port. */
export function rangeCovers(from: unknown, to: unknown, port: number): boolean {
  const f = num(from);
  const t = num(to);
  if (!Number.isFinite(f) || !Number.isFinite(t)) return false;
  // AWS uses 0..0 or -1..-1 with protocol -1 for "all ports".
  if ((f === 0 && t === 0) || (f === -1 && t === -1)) return true;
  return f <= port && port <= t;
}

/** "22", "20-30", "*" (Azure and GCP port specs). */
export function portSpecCovers(spec: unknown, port: number): boolean {
  if (typeof spec === "number") return spec === port;
  if (typeof spec !== "string") return false;
  const s = spec.trim();
  if (s === "*" || s === "") return s === "*";
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return false;
  const lo = num(m[1]);
  const hi = m[2] === undefined ? lo : num(m[2]);
  return lo <= port && port <= hi;
}

export function isAllProtocols(protocol: unknown): boolean {
  return protocol === "-1" || protocol === -1 || protocol === "all" || protocol === "*";
}

/** A list-valued property, tolerating absence and malformed values (the provider rejects those anyway). */
export function listOf<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** The object entries of a list-valued property (rules, blocks); malformed entries are skipped. */
// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
export function objectsOf(value: unknown): Record<string, any>[] {
  // biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
  return listOf<unknown>(value).filter((v): v is Record<string, any> => v !== null && typeof v === "object" && !Array.isArray(v));
}
