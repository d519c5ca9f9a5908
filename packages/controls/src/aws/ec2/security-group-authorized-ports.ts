import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { openSources, SECURITY_GROUP_TYPES, securityGroupIngressRules } from "../../shared/aws-network";
import { isAllProtocols } from "../../shared/network";
import { num, str } from "../../shared/text";

const DEFAULT_AUTHORIZED_PORTS = [80, 443];

function authorizedPorts(settings: Record<string, unknown>): number[] {
  const ports = settings.authorizedPorts;
  return Array.isArray(ports) ? ports.filter((p): p is number => typeof p === "number") : DEFAULT_AUTHORIZED_PORTS;
}

/**
 * FSBP EC2.18: a rule open to 0.0.0.0/0 or ::/0 may only admit the authorized TCP ports (80 and 443 by
 * default, as in the FSBP parameter). A range, all protocols, UDP or ICMP from anywhere is a violation.
 */
export const securityGroupAuthorizedPorts = defineControl({
  id: "aws-ec2-security-group-authorized-ports",
  title: "Security groups allow unrestricted ingress only to authorized ports",
  rationale:
    "Every port open to the whole internet is attack surface; keeping the list to the ports a public service needs (HTTP and HTTPS by default) stops debug listeners, admin consoles and databases from being exposed by a broad rule.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: SECURITY_GROUP_TYPES,
  frameworks: {
    "aws-fsbp": ["EC2.18"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.2.5"],
  },
  remediation:
    "Restrict rules with a 0.0.0.0/0 or ::/0 source to the authorized ports (setting authorizedPorts, default 80 and 443); put everything else behind a load balancer or private ranges.",
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure"],
  configSchema: {
    authorizedPorts: {
      type: "array",
      items: { type: "integer", minimum: 0, maximum: 65535 },
      default: DEFAULT_AUTHORIZED_PORTS,
      description: "TCP ports that may be open to 0.0.0.0/0 and ::/0.",
    },
  },
  check: (r, ctx) => {
    const allowed = new Set(authorizedPorts(ctx.settings));
    const violations: Violation[] = [];
    securityGroupIngressRules(r.type, r.props).forEach((rule, i) => {
      const sources = openSources(rule);
      if (sources.length === 0) return;
      const property =
        r.type === "aws:ec2/securityGroup:SecurityGroup"
          ? `ingress[${i}]`
          : r.type === "aws:ec2/securityGroupRule:SecurityGroupRule"
            ? "cidrBlocks"
            : "cidrIpv4";
      const protocol = str(rule.protocol).toLowerCase();
      const from = num(rule.fromPort);
      const to = num(rule.toPort);
      const tcp = protocol === "tcp" || protocol === "6";
      if (!isAllProtocols(rule.protocol) && tcp && Number.isInteger(from) && from === to && allowed.has(from)) return;
      const what = isAllProtocols(rule.protocol) ? "all traffic" : `${protocol || "protocol ?"} ${from === to ? from : `${from}-${to}`}`;
      violations.push({
        property,
        message: `ingress allows ${what} from ${sources.join(", ")}; only ports ${[...allowed].join(", ")} may be open to the internet`,
      });
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: {
            ingress: [
              { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
              { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] },
              { protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["10.0.0.0/8"] },
            ],
          },
        },
      ],
      [
        {
          type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
          props: { ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: { ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: { ingress: [{ protocol: "tcp", fromPort: 80, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
      [
        {
          type: "aws:ec2/securityGroupRule:SecurityGroupRule",
          props: { type: "ingress", protocol: "udp", fromPort: 53, toPort: 53, ipv6CidrBlocks: ["::/0"], securityGroupId: "sg-1" },
        },
      ],
      [{ type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", props: { ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" } }],
    ],
  },
});
