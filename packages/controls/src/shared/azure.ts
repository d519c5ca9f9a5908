import type { ResourceCheck, StackResource } from "../model/control";
import type { StackView } from "../model/stack-view";
import { peek, unwrap } from "../model/unknowns";
import { cannotEvaluate, fail, pass, type Verdict } from "../model/verdict";
import { allowAllRange } from "./azure-firewall";

/**
 * Helpers for the Azure controls: reading azure-native property bags defensively (a malformed value is
 * treated as absent, since the provider would reject it), and the type tokens several controls share.
 * Reads go through the bag, so an unknown value still throws and becomes "cannot be evaluated".
 */

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
export type Bag = Record<string, any>;

/** An object-valued property, or undefined when it is absent or not an object. */
export function objectOf(value: unknown): Bag | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Bag) : undefined;
}

/** Case-insensitive string comparison (Azure enum values are case-insensitive on the wire). */
export function same(value: unknown, expected: string): boolean {
  return typeof value === "string" && value.toLowerCase() === expected.toLowerCase();
}

/** True when `value` is one of `expected`, case-insensitively. */
export function oneOf(value: unknown, expected: readonly string[]): boolean {
  return expected.some((e) => same(value, e));
}

/** A value for a message: `"TLS1_0"`, `false`, or `unset`. */
export function shown(value: unknown, unset = "unset"): string {
  return value === undefined || value === null ? unset : JSON.stringify(value);
}

/** The value of a key of a map whose keys Azure treats case-insensitively (e.g. AKS `addonProfiles`). */
export function entryOf(map: unknown, key: string): unknown {
  const m = objectOf(map);
  if (!m) return undefined;
  const found = Object.keys(m).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : m[found];
}

/** azure-native v3 moved diagnostic settings from `insights` to `monitor`; state files may hold either. */
export const DIAGNOSTIC_SETTING_TYPES = ["azure-native:monitor:DiagnosticSetting", "azure-native:insights:DiagnosticSetting"] as const;

export const COSMOS_ACCOUNT_TYPES = ["azure-native:cosmosdb:DatabaseAccount", "azure-native:documentdb:DatabaseAccount"] as const;

export const PRIVATE_ENDPOINT = "azure-native:network:PrivateEndpoint";

/** Well-known Azure built-in role definition ids. */
export const ROLE = {
  owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  userAccessAdministrator: "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
} as const;

/**
 * A resource is reached privately when a PrivateEndpoint's privateLinkServiceConnections (or manual ones)
 * point at it. At preview the resource id is unknown, so the link shows only in propertyDependencies; in
 * state files the endpoint names the id inside the connection list.
 */
export function privateEndpointVerdict(subject: StackResource, stack: StackView, what: string): Verdict {
  let undecided: StackResource[] = [];
  for (const property of ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"]) {
    const r = stack.referencingOrUnknown(subject, [PRIVATE_ENDPOINT], property);
    if (r.found.length > 0) return pass();
    undecided = undecided.concat(r.undecided.filter((u) => !undecided.includes(u)));
  }
  const id = peek(subject.props, "id");
  const subjectId = id.known && typeof id.value === "string" && id.value !== "" ? id.value.toLowerCase() : undefined;
  if (subjectId) {
    for (const endpoint of stack.ofType([PRIVATE_ENDPOINT])) {
      const props = unwrap(endpoint.props) as Bag;
      const text = JSON.stringify([props.privateLinkServiceConnections ?? [], props.manualPrivateLinkServiceConnections ?? []]);
      if (text.toLowerCase().includes(subjectId)) return pass();
    }
  }
  if (undecided.length > 0) {
    return cannotEvaluate("privateLinkServiceConnections", `${undecided[0].name}.privateLinkServiceConnections is unknown`);
  }
  return fail("privateEndpoint", `${what} ${subject.name} has no private endpoint in this stack; add a network.PrivateEndpoint for it`);
}

const LOG_DESTINATIONS = ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId"];

/**
 * A diagnostic setting names a destination. The destination is usually another resource's id, unknown
 * until that resource exists: an unknown id still names a destination.
 */
export function hasDestination(props: Bag): boolean {
  return LOG_DESTINATIONS.some((d) => {
    const v = peek(props, d);
    return !v.known || (typeof v.value === "string" && v.value !== "");
  });
}

/**
 * A resource sends the wanted logs somewhere: some diagnostic setting whose resourceUri refers to it enables
 * a log entry `accepts` takes (a category or category group) and names a destination.
 */
export function diagnosticLogsVerdict(
  subject: StackResource,
  stack: StackView,
  what: { noun: string; logs: string; accepts: (log: Bag) => boolean },
): Verdict {
  const { found, undecided } = stack.referencingOrUnknown(subject, DIAGNOSTIC_SETTING_TYPES, "resourceUri");
  const sends = (setting: StackResource) =>
    (Array.isArray(setting.props.logs) ? (setting.props.logs as unknown[]) : []).some((l) => {
      const log = objectOf(l);
      return log !== undefined && log.enabled === true && what.accepts(log);
    }) && hasDestination(setting.props);
  if (found.some(sends)) return pass();
  if (undecided.length > 0) return cannotEvaluate("resourceUri", `${undecided[0].name}.resourceUri is unknown`);
  return fail(
    "diagnosticSettings",
    found.length > 0
      ? `the diagnostic settings of ${what.noun} ${subject.name} (${found.map((f) => f.name).join(", ")}) do not send ${what.logs} to a destination; enable them with a workspaceId`
      : `${what.noun} ${subject.name} has no diagnostic setting in this stack; add one sending ${what.logs} to Log Analytics`,
  );
}

/**
 * The check shared by the MySQL and PostgreSQL flexible-server controls: the server has no public endpoint
 * (disabled, or VNet-integrated), and no firewall rule admits every Azure service (0.0.0.0) or the internet.
 */
export function flexibleServerNetworkCheck(serverType: string): ResourceCheck {
  return (r) => {
    if (r.type === serverType) {
      const network = objectOf(r.props.network);
      const access = network?.publicNetworkAccess;
      if (same(access, "Disabled")) return pass();
      // VNet-integrated servers have no public endpoint; the subnet id is another resource's output.
      const subnet = network ? peek(network, "delegatedSubnetResourceId") : undefined;
      if (
        (access === undefined || access === null) &&
        subnet &&
        (!subnet.known || (typeof subnet.value === "string" && subnet.value !== ""))
      ) {
        return pass();
      }
      return fail(
        "network.publicNetworkAccess",
        `network.publicNetworkAccess is ${JSON.stringify(access ?? "unset (Enabled)")}; set it to "Disabled"`,
      );
    }
    const start = r.props.startIpAddress;
    const end = r.props.endIpAddress;
    const why = allowAllRange(start, end);
    if (why) {
      return fail("startIpAddress", `the firewall rule ${JSON.stringify(start)}–${JSON.stringify(end ?? start)} ${why}; remove it`);
    }
    return pass();
  };
}
