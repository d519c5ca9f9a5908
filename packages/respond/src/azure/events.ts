import { InvalidEventError } from "../core/runbook";
import type { ResponseRecord } from "../core/types";

/** An Event Grid event (schema of the Azure Resource Manager system topic), delivered alone or in an array of one. */
export interface EventGridEvent {
  id?: string;
  subject?: string;
  eventType?: string;
  eventTime?: string;
  // biome-ignore lint/suspicious/noExplicitAny: event-shaped data
  data?: any;
}

export function eventGrid(event: unknown): EventGridEvent | undefined {
  const e = Array.isArray(event) ? event[0] : event;
  if (!e || typeof e !== "object") return undefined;
  const g = e as EventGridEvent;
  return typeof g.eventType === "string" ? g : undefined;
}

/** A Defender for Cloud alert (Microsoft.Security/locations/alerts), bare as exported or inside an Event Grid event's `data`. */
// biome-ignore lint/suspicious/noExplicitAny: alert schema
export function defenderAlert(event: unknown): any | undefined {
  const g = eventGrid(event);
  const a = g ? g.data : Array.isArray(event) ? event[0] : event;
  if (!a || typeof a !== "object") return undefined;
  const t = String(a.type ?? "").toLowerCase();
  return t === "microsoft.security/locations/alerts" && a.properties ? a : undefined;
}

export function triggerOf(event: unknown): ResponseRecord["trigger"] {
  const alert = defenderAlert(event);
  if (alert)
    return {
      source: "Microsoft.Security",
      type: String(alert.properties.alertType),
      id: alert.properties.systemAlertId ?? alert.name,
      time: alert.properties.timeGeneratedUtc,
    };
  const g = eventGrid(event);
  if (!g) return { source: "unknown", type: "unknown" };
  return { source: "Microsoft.EventGrid", type: `${g.eventType}:${g.data?.operationName ?? ""}`, id: g.id, time: g.eventTime };
}

export interface ArmId {
  subscription: string;
  resourceGroup: string;
  provider: string;
  /** type/name pairs after the provider, e.g. [["networkSecurityGroups","nsg1"],["securityRules","r1"]]. */
  path: Array<[string, string]>;
  id: string;
}

/** Parses `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]…`. */
export function parseArmId(id: unknown): ArmId {
  if (typeof id !== "string") throw new InvalidEventError("event has no resource id");
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/(.+)$/i.exec(id);
  if (!m) throw new InvalidEventError(`not an Azure resource id: ${id}`);
  const parts = m[4].split("/");
  if (parts.length % 2 !== 0) throw new InvalidEventError(`not an Azure resource id: ${id}`);
  const path: Array<[string, string]> = [];
  for (let i = 0; i < parts.length; i += 2) path.push([parts[i], parts[i + 1]]);
  return { subscription: m[1], resourceGroup: m[2], provider: m[3], path, id };
}

/** A successful resource write whose operation is one of `operations` (case-insensitive, as ARM reports them). */
export function resourceWrite(event: unknown, operations: readonly string[]): EventGridEvent | undefined {
  const g = eventGrid(event);
  if (g?.eventType !== "Microsoft.Resources.ResourceWriteSuccess") return undefined;
  const op = String(g.data?.operationName ?? "").toLowerCase();
  return operations.some((o) => o.toLowerCase() === op) ? g : undefined;
}

/** Who made the change: object id, UPN or app id from the event's claims. */
export function caller(g: EventGridEvent): string[] {
  const c = g.data?.claims ?? {};
  return [
    g.data?.authorization?.evidence?.principalId,
    c["http://schemas.microsoft.com/identity/claims/objectidentifier"],
    c["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn"],
    c.appid,
  ].filter((x): x is string => typeof x === "string");
}
