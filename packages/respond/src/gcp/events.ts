import { InvalidEventError } from "../core/runbook";
import type { ResponseRecord } from "../core/types";

/**
 * A Security Command Center notification (`{notificationConfigName, finding, resource}`) or a Cloud Audit Log entry
 * from a log sink, as the function receives it: bare, as a Pub/Sub message (`{message: {data: base64}}`), or as the
 * Eventarc CloudEvent of a 2nd-gen function (`{data: {message: {data}}}`).
 */
// biome-ignore lint/suspicious/noExplicitAny: Google JSON
export function unwrap(event: unknown): any | undefined {
  if (!event || typeof event !== "object") return undefined;
  // biome-ignore lint/suspicious/noExplicitAny: Google JSON
  const e = event as any;
  const message = e.message ?? e.data?.message;
  if (message?.data && typeof message.data === "string") {
    try {
      return JSON.parse(Buffer.from(message.data, "base64").toString("utf8"));
    } catch {
      throw new InvalidEventError("Pub/Sub message data is not base64 JSON");
    }
  }
  return e;
}

// biome-ignore lint/suspicious/noExplicitAny: SCC finding
export function sccFinding(event: unknown, categories: readonly (string | RegExp)[]): any | undefined {
  const n = unwrap(event);
  const f = n?.finding;
  if (!f || typeof f.category !== "string") return undefined;
  if (f.state && f.state !== "ACTIVE") return undefined;
  if (f.mute === "MUTED") return undefined;
  return categories.some((c) => (typeof c === "string" ? c === f.category : c.test(f.category))) ? f : undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: LogEntry
export function auditLog(event: unknown, methods: readonly string[]): any | undefined {
  const n = unwrap(event);
  const p = n?.protoPayload;
  if (!p || !methods.includes(p.methodName)) return undefined;
  if (p.status?.code && p.status.code !== 0) return undefined;
  return n;
}

export function triggerOf(event: unknown): ResponseRecord["trigger"] {
  let n: ReturnType<typeof unwrap>;
  try {
    n = unwrap(event);
  } catch {
    return { source: "unknown", type: "unknown" };
  }
  if (n?.finding)
    return { source: "securitycenter.googleapis.com", type: String(n.finding.category), id: n.finding.name, time: n.finding.eventTime };
  if (n?.protoPayload)
    return { source: String(n.protoPayload.serviceName), type: String(n.protoPayload.methodName), id: n.insertId, time: n.timestamp };
  return { source: "unknown", type: "unknown" };
}

/** `//compute.googleapis.com/projects/p/global/firewalls/f` or `projects/p/global/firewalls/f` → path segments after the service. */
export function resourcePath(name: unknown): string[] {
  if (typeof name !== "string" || name.length === 0) throw new InvalidEventError("event has no resource name");
  return name.replace(/^\/\/[^/]+\//, "").split("/");
}

/** The member who made the change, from an audit log entry. */
export function auditCaller(
  entry: { protoPayload?: { authenticationInfo?: { principalEmail?: string } } } | undefined,
): string | undefined {
  return entry?.protoPayload?.authenticationInfo?.principalEmail;
}

export const PUBLIC_MEMBERS = ["allUsers", "allAuthenticatedUsers"];
