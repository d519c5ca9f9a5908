/**
 * Network security group rules, inline on `azure-native:network:NetworkSecurityGroup` or as separate
 * `azure-native:network:SecurityRule` resources: which inbound Allow rules open which ports to the
 * internet, and the matching Azure Policy condition over both shapes.
 */
import type { Violation } from "../model/verdict";
import type { Bag } from "./azure";
import { isOpenAzureSource, listOf, objectsOf, portSpecCovers } from "./network";
import { str } from "./text";

export const NSG = "azure-native:network:NetworkSecurityGroup";
export const SECURITY_RULE = "azure-native:network:SecurityRule";
export const NSG_TYPES = [NSG, SECURITY_RULE] as const;

/** Azure's words for "anywhere", as they appear in rules (Azure Policy's `in` compares case-insensitively). */
export const OPEN_SOURCES = ["*", "Internet", "Any", "0.0.0.0", "0.0.0.0/0", "::/0"] as const;

/** The rules of either resource shape, each with the property path a violation names. */
export function nsgRules(type: string, props: Bag): { rule: Bag; property: string; label: string }[] {
  if (type === NSG)
    return objectsOf(props.securityRules).map((rule, i) => ({ rule, property: `securityRules[${i}]`, label: str(rule.name ?? i) }));
  return [{ rule: props, property: "destinationPortRange", label: str(props.name ?? "this rule") }];
}

export interface OpenRule {
  property: string;
  label: string;
  sources: string[];
  ports: unknown[];
  protocol: string;
}

/** Inbound Allow rules from the internet (any of `protocols`, lower-case; `*` is always included). */
export function openInboundRules(type: string, props: Bag, protocols: readonly string[]): OpenRule[] {
  const out: OpenRule[] = [];
  for (const { rule, property, label } of nsgRules(type, props)) {
    if (str(rule.direction).toLowerCase() !== "inbound" || str(rule.access).toLowerCase() !== "allow") continue;
    const protocol = str(rule.protocol).toLowerCase();
    if (protocol !== "*" && !protocols.includes(protocol)) continue;
    const sources = [rule.sourceAddressPrefix, ...listOf<unknown>(rule.sourceAddressPrefixes)].filter(isOpenAzureSource) as string[];
    if (sources.length === 0) continue;
    out.push({ property, label, sources, ports: [rule.destinationPortRange, ...listOf<unknown>(rule.destinationPortRanges)], protocol });
  }
  return out;
}

/** One violation per (rule, port) where an internet-facing rule covers one of `ports`. */
export function openPortViolations(
  type: string,
  props: Bag,
  ports: readonly number[],
  protocols: readonly string[],
  what: string,
): Violation[] {
  const violations: Violation[] = [];
  for (const open of openInboundRules(type, props, protocols)) {
    for (const port of ports) {
      if (open.ports.some((p) => portSpecCovers(p, port))) {
        violations.push({
          property: open.property,
          message: `rule ${open.label} allows inbound ${what} port ${port} from ${open.sources.join(", ")}; remove it or restrict the source to known networks`,
        });
      }
    }
  }
  return violations;
}

// biome-ignore lint/suspicious/noExplicitAny: Azure Policy rule language
type Rule = Record<string, any>;

const INLINE = "Microsoft.Network/networkSecurityGroups/securityRules[*]";
const CHILD = "Microsoft.Network/networkSecurityGroups/securityRules";

function anyElementIn(arrayAlias: string, values: readonly string[]): Rule {
  return { count: { field: arrayAlias, where: { field: arrayAlias, in: [...values] } }, greater: 0 };
}

/**
 * "An inbound Allow rule from the internet on one of `ports` over one of `protocols`", over inline rules
 * (a count over securityRules[*]) and separate securityRules resources. Azure Policy compares exact port
 * strings: a range such as "20-30" that covers a port is caught at preview by the check, not here.
 */
export function nsgOpenPortsCondition(opts: { ports?: readonly number[]; protocols: readonly string[] }): Rule {
  const ports = opts.ports ? [...opts.ports.map(String), "*"] : undefined;
  const clauses = (p: string, sep: string): Rule[] => [
    { field: `${p}${sep}access`, equals: "Allow" },
    { field: `${p}${sep}direction`, equals: "Inbound" },
    { field: `${p}${sep}protocol`, in: [...opts.protocols, "*"] },
    {
      anyOf: [
        { field: `${p}${sep}sourceAddressPrefix`, in: [...OPEN_SOURCES] },
        anyElementIn(`${p}${sep}sourceAddressPrefixes[*]`, OPEN_SOURCES),
      ],
    },
    ...(ports
      ? [{ anyOf: [{ field: `${p}${sep}destinationPortRange`, in: ports }, anyElementIn(`${p}${sep}destinationPortRanges[*]`, ports)] }]
      : []),
  ];
  return {
    anyOf: [
      {
        allOf: [
          { field: "type", equals: "Microsoft.Network/networkSecurityGroups" },
          { count: { field: INLINE, where: { allOf: clauses(INLINE, ".") } }, greater: 0 },
        ],
      },
      { allOf: [{ field: "type", equals: CHILD }, ...clauses(CHILD, "/")] },
    ],
  };
}
