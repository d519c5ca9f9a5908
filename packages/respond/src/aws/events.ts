import { InvalidEventError } from "../core/runbook";
import type { ResponseRecord } from "../core/types";

/** An EventBridge event envelope (GuardDuty, Security Hub, CloudTrail all arrive in one). */
export interface EventBridgeEvent {
  id?: string;
  "detail-type"?: string;
  source?: string;
  account?: string;
  region?: string;
  time?: string;
  // biome-ignore lint/suspicious/noExplicitAny: service-shaped detail
  detail?: any;
}

export function envelope(event: unknown): EventBridgeEvent | undefined {
  if (!event || typeof event !== "object" || Array.isArray(event)) return undefined;
  const e = event as EventBridgeEvent;
  return typeof e.source === "string" && typeof e["detail-type"] === "string" ? e : undefined;
}

export function triggerOf(event: unknown): ResponseRecord["trigger"] {
  const e = envelope(event);
  if (!e) return { source: "unknown", type: "unknown" };
  const d = e.detail ?? {};
  const type =
    e["detail-type"] === "GuardDuty Finding"
      ? String(d.type)
      : e["detail-type"] === "Security Hub Findings - Imported"
        ? String(d.findings?.[0]?.Compliance?.SecurityControlId ?? d.findings?.[0]?.GeneratorId ?? "finding")
        : String(d.eventName ?? e["detail-type"]);
  return { source: String(e.source), type, id: e.id, time: e.time };
}

/** The first Security Hub finding of an imported-findings event, when its control is one of `controls`. */
// biome-ignore lint/suspicious/noExplicitAny: ASFF
export function securityHubFinding(e: EventBridgeEvent, controls: readonly string[]): any | undefined {
  if (e.source !== "aws.securityhub" || e["detail-type"] !== "Security Hub Findings - Imported") return undefined;
  const f = e.detail?.findings?.[0];
  if (!f) throw new InvalidEventError("Security Hub event without detail.findings[0]");
  const control = f.Compliance?.SecurityControlId ?? f.ProductFields?.ControlId;
  if (!controls.includes(control)) return undefined;
  if (f.Compliance?.Status && f.Compliance.Status !== "FAILED") return undefined;
  if (f.Workflow?.Status && ["SUPPRESSED", "RESOLVED"].includes(f.Workflow.Status)) return undefined;
  return f;
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== "string" || value.length === 0) throw new InvalidEventError(`event has no ${what}`);
  return value;
}

/** Principal names and ARNs match either way: `break-glass` matches `arn:aws:iam::1:role/break-glass`. */
export function isBreakGlass(principals: readonly string[], ...candidates: Array<string | undefined>): string | undefined {
  for (const c of candidates) {
    if (!c) continue;
    const name = c.split("/").pop();
    const hit = principals.find((p) => p === c || p === name || p.split("/").pop() === name);
    if (hit) return hit;
  }
  return undefined;
}

export function tagMap(tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? ""]));
}

/** The inline policy that revokes every session issued before `cutoff` (the console's "Revoke active sessions"). */
export const REVOKE_POLICY_NAME = "PalisadeRevokeOlderSessions";
export function revokeSessionsPolicy(cutoff: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "PalisadeRevokeOlderSessions",
        Effect: "Deny",
        Action: "*",
        Resource: "*",
        Condition: { DateLessThan: { "aws:TokenIssueTime": cutoff } },
      },
    ],
  });
}

/** The cutoff of an existing revocation policy, if it is ours. */
export function existingCutoff(document: string | undefined): string | undefined {
  if (!document) return undefined;
  try {
    const doc = JSON.parse(decodeURIComponent(document));
    return doc.Statement?.[0]?.Condition?.DateLessThan?.["aws:TokenIssueTime"];
  } catch {
    return undefined;
  }
}
