/** Naming and tagging conventions shared by the components. */
import type { LandingZoneConfig } from "./config";
import { formatIp, parseCidr } from "./config";

/** Tags on every landing-zone resource (the config's tags, which include every required tag). */
export function tagsOf(config: LandingZoneConfig, extra: Record<string, string> = {}): Record<string, string> {
  return { ...config.tags, "managed-by": "palisade-landing-zone", ...extra };
}

/** A short deterministic suffix for globally unique names (storage accounts, key vaults). */
export function shortHash(text: string, length = 6): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(length, "0").slice(-length);
}

/** Storage account names: 3-24 lower-case letters and digits, globally unique. */
export function storageAccountName(config: LandingZoneConfig, purpose: string): string {
  return `${config.prefix}${purpose}${shortHash(`${config.tenantRootGroupId}/${config.prefix}/${purpose}`)}`.slice(0, 24);
}

/** Key vault names: 3-24 letters, digits and hyphens, globally unique. */
export function keyVaultName(config: LandingZoneConfig): string {
  return `${config.prefix}-kv-${shortHash(`${config.tenantRootGroupId}/${config.prefix}/kv`)}`.slice(0, 24);
}

/**
 * The hub's subnets, carved from its /24 (or larger) address space: the firewall and gateway subnets Azure
 * requires by name, private endpoints, and an NVA subnet when the next hop is an appliance.
 */
export function hubSubnets(config: LandingZoneConfig) {
  const hub = parseCidr(config.network.hubAddressSpace);
  if (!hub) throw new Error(`network.hubAddressSpace ${config.network.hubAddressSpace} is not valid (validate the config first)`);
  const at = (offset: number, prefix: number) => `${formatIp(hub.base + offset)}/${prefix}`;
  return {
    firewall: { name: "AzureFirewallSubnet", addressPrefix: at(0, 26) },
    gateway: { name: "GatewaySubnet", addressPrefix: at(64, 27) },
    endpoints: { name: "private-endpoints", addressPrefix: at(128, 26) },
    nva: { name: "nva", addressPrefix: at(192, 26) },
    /** Azure Firewall always takes the fourth address of its subnet. */
    firewallPrivateIp: formatIp(hub.base + 4),
  };
}

/** The address spokes route 0.0.0.0/0 to: the Azure Firewall, or the configured appliance. */
export function nextHopIp(config: LandingZoneConfig): string {
  return config.network.egress.type === "azureFirewall"
    ? hubSubnets(config).firewallPrivateIp
    : (config.network.egress.nextHopIpAddress as string);
}

/** Subscriptions by name, with the one placed in a given management group. */
export function subscriptionIn(config: LandingZoneConfig, placement: "management" | "connectivity"): { name: string; id: string } {
  const found = Object.entries(config.subscriptions).find(([, s]) => s.managementGroup === placement);
  if (!found) throw new Error(`no subscription is placed in ${placement} (validate the config first)`);
  return { name: found[0], id: found[1].id };
}
