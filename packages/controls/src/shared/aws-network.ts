import { isAllProtocols, isOpenCidr, listOf, objectsOf, rangeCovers } from "./network";
import { num, str } from "./text";

/** EC2 security-group and network-ACL rules in every shape @pulumi/aws carries them. */

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Rule = Record<string, any>;

export const SECURITY_GROUP_TYPES = [
  "aws:ec2/securityGroup:SecurityGroup",
  "aws:ec2/securityGroupRule:SecurityGroupRule",
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
] as const;

/** Ingress rules a resource carries: inline `ingress` blocks, or the resource itself for separate rule resources. */
export function securityGroupIngressRules(type: string, props: Rule): Rule[] {
  if (type === "aws:ec2/securityGroup:SecurityGroup" || type === "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup") {
    return objectsOf(props.ingress);
  }
  if (type === "aws:ec2/securityGroupRule:SecurityGroupRule") return props.type === "ingress" ? [props] : [];
  // aws:vpc/securityGroupIngressRule: one CIDR per rule, ports as fromPort/toPort, protocol as ipProtocol.
  return [{ ...props, protocol: props.ipProtocol, cidrBlocks: [props.cidrIpv4], ipv6CidrBlocks: [props.cidrIpv6] }];
}

/** The open sources (0.0.0.0/0, ::/0) of a security-group rule. */
export function openSources(rule: Rule): string[] {
  return [...listOf<unknown>(rule.cidrBlocks), ...listOf<unknown>(rule.ipv6CidrBlocks)].filter(isOpenCidr) as string[];
}

const TCP = new Set(["tcp", "6", 6]);

/** True when a rule of `protocol` from `fromPort` to `toPort` admits TCP traffic to `port`. */
export function admitsTcpPort(protocol: unknown, fromPort: unknown, toPort: unknown, port: number): boolean {
  if (isAllProtocols(protocol)) return true;
  const p = typeof protocol === "string" ? protocol.trim().toLowerCase() : protocol;
  return TCP.has(p as string) && rangeCovers(fromPort, toPort, port);
}

/** Security-group ingress rules that admit TCP `port` from the internet, with a property path for each. */
export function internetIngressTo(type: string, props: Rule, port: number): Array<{ property: string; sources: string[] }> {
  const out: Array<{ property: string; sources: string[] }> = [];
  securityGroupIngressRules(type, props).forEach((rule, i) => {
    const sources = openSources(rule);
    if (sources.length === 0) return;
    if (!admitsTcpPort(rule.protocol, rule.fromPort, rule.toPort, port)) return;
    const property =
      type === "aws:ec2/securityGroup:SecurityGroup" || type === "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"
        ? `ingress[${i}]`
        : type === "aws:ec2/securityGroupRule:SecurityGroupRule"
          ? "cidrBlocks"
          : "cidrIpv4";
    out.push({ property, sources });
  });
  return out;
}

export const NACL_TYPES = [
  "aws:ec2/networkAcl:NetworkAcl",
  "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl",
  "aws:ec2/networkAclRule:NetworkAclRule",
] as const;

function naclCidr(entry: Rule, family: "ipv4" | "ipv6"): unknown {
  return family === "ipv4" ? entry.cidrBlock : entry.ipv6CidrBlock;
}

/**
 * Network ACLs decide by the lowest-numbered matching rule. For traffic from anywhere to TCP `port`,
 * the first inline ingress entry with an open source of that family that covers the port decides; the
 * violation is that entry being an allow. A separate NetworkAclRule is judged alone (other rules of its
 * ACL may shadow it, which a single rule cannot show).
 */
export function naclInternetAllows(type: string, props: Rule, port: number): Array<{ property: string; source: string; ruleNo: unknown }> {
  const out: Array<{ property: string; source: string; ruleNo: unknown }> = [];
  if (type === "aws:ec2/networkAclRule:NetworkAclRule") {
    if (props.egress === true) return out;
    for (const family of ["ipv4", "ipv6"] as const) {
      const cidr = family === "ipv4" ? props.cidrBlock : props.ipv6CidrBlock;
      if (!isOpenCidr(cidr)) continue;
      if (!admitsTcpPort(props.protocol, props.fromPort, props.toPort, port)) continue;
      if (str(props.ruleAction ?? "").toLowerCase() === "allow") {
        out.push({ property: family === "ipv4" ? "cidrBlock" : "ipv6CidrBlock", source: str(cidr), ruleNo: props.ruleNumber });
      }
    }
    return out;
  }
  const entries = objectsOf(props.ingress).map((entry, index) => ({ entry, index }));
  const ordered = [...entries].sort((a, b) => num(a.entry.ruleNo) - num(b.entry.ruleNo));
  for (const family of ["ipv4", "ipv6"] as const) {
    const first = ordered.find(
      ({ entry }) => isOpenCidr(naclCidr(entry, family)) && admitsTcpPort(entry.protocol, entry.fromPort, entry.toPort, port),
    );
    if (first && str(first.entry.action ?? "").toLowerCase() === "allow") {
      out.push({ property: `ingress[${first.index}]`, source: str(naclCidr(first.entry, family)), ruleNo: first.entry.ruleNo });
    }
  }
  return out;
}
