import type { SecurityRule } from "@azure/arm-network";
import type { Runbook } from "../core/runbook";
import type { AzureClients } from "./clients";
import { caller, parseArmId, resourceWrite, triggerOf } from "./events";

const ADMIN_PORTS = [22, 3389];
const INTERNET = ["*", "0.0.0.0/0", "internet", "any", "::/0", "0.0.0.0"];

interface Target {
  subscription: string;
  resourceGroup: string;
  nsg: string;
  callers: string[];
}

function coversAdminPort(ranges: string[]): boolean {
  return ranges.some((r) => {
    if (r === "*") return true;
    const [from, to = from] = r.split("-").map(Number);
    return ADMIN_PORTS.some((p) => from <= p && p <= to);
  });
}

/** An inbound Allow rule that opens 22 or 3389 to the internet. */
export function opensAdminPortToInternet(rule: SecurityRule): boolean {
  if (rule.direction !== "Inbound" || rule.access !== "Allow") return false;
  if (!["Tcp", "*"].includes(rule.protocol ?? "")) return false;
  const sources = [rule.sourceAddressPrefix, ...(rule.sourceAddressPrefixes ?? [])]
    .filter((s): s is string => !!s)
    .map((s) => s.toLowerCase());
  if (!sources.some((s) => INTERNET.includes(s))) return false;
  const ports = [rule.destinationPortRange, ...(rule.destinationPortRanges ?? [])].filter((s): s is string => !!s);
  return coversAdminPort(ports);
}

/**
 * NSG rule opening SSH/RDP to the internet: the offending rules are deleted (a rule is configuration, not data).
 * Triggered by the subscription's Event Grid system topic on a successful NSG or security-rule write.
 */
export const nsgAdminPorts: Runbook<Target, AzureClients> = {
  id: "azure-remove-open-admin-nsg-rules",
  cloud: "azure",
  controlId: "azure-network-nsg-admin-ports",
  title: "Remove NSG rules that open SSH/RDP to the internet",
  trigger: "Event Grid Microsoft.Resources.ResourceWriteSuccess for Microsoft.Network/networkSecurityGroups[/securityRules]/write",
  action: "Microsoft.Network/networkSecurityGroups/securityRules/delete of the open admin-port inbound Allow rules only",
  triggerOf,
  parse(event) {
    const g = resourceWrite(event, [
      "Microsoft.Network/networkSecurityGroups/securityRules/write",
      "Microsoft.Network/networkSecurityGroups/write",
    ]);
    if (!g) return undefined;
    const id = parseArmId(g.data?.resourceUri ?? g.subject);
    return { subscription: id.subscription, resourceGroup: id.resourceGroup, nsg: id.path[0][1], callers: caller(g) };
  },
  scopeOf: (t) => ({ kind: "subscription", id: t.subscription }),
  plan: (t) => [`delete every inbound Allow rule of NSG ${t.nsg} (${t.resourceGroup}) that opens 22 or 3389 to the internet`],
  async respond(t, clients, r) {
    const net = clients.network(t.subscription);
    const nsg = await net.networkSecurityGroups.get(t.resourceGroup, t.nsg);
    const resource = {
      id:
        nsg.id ??
        `/subscriptions/${t.subscription}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Network/networkSecurityGroups/${t.nsg}`,
      scope: t.subscription,
      region: nsg.location,
    };
    const glass = t.callers.find((c) => r.exclusions.principals.includes(c));
    if (glass) r.exclude(`the change was made by break-glass principal ${glass}`);
    const excluded = r.tagExcluded(nsg.tags);
    if (excluded) r.exclude(excluded);
    const offending = (nsg.securityRules ?? []).filter(opensAdminPortToInternet);
    const before = offending.map((x) => ({
      name: x.name,
      priority: x.priority,
      source: x.sourceAddressPrefix ?? x.sourceAddressPrefixes,
      ports: x.destinationPortRange ?? x.destinationPortRanges,
    }));
    for (const rule of offending) {
      await r.act(
        "Microsoft.Network/networkSecurityGroups/securityRules/delete",
        rule.id ?? rule.name!,
        { resourceGroup: t.resourceGroup, nsg: t.nsg, rule: rule.name },
        () => net.securityRules.beginDeleteAndWait(t.resourceGroup, t.nsg, rule.name!),
      );
    }
    return { resource, before: { openAdminRules: before }, after: { openAdminRules: r.mode === "dry-run" ? before : [] } };
  },
};
