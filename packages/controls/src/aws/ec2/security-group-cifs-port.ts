import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { internetIngressTo, SECURITY_GROUP_TYPES } from "../../shared/aws-network";

/** SMB/CIFS (TCP 445): the port behind WannaCry and NotPetya, never meant for the internet. */
const CIFS_PORT = 445;

export const securityGroupCifsPort = defineControl({
  id: "aws-ec2-security-group-cifs-port",
  title: "Security groups do not open CIFS/SMB (port 445) to the internet",
  rationale:
    "SMB exposed to the internet invites wormable exploits and credential relay; file shares belong on private networks or behind a VPN.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: SECURITY_GROUP_TYPES,
  frameworks: {
    "cis-aws-7.0": ["6.1.2"],
    "aws-fsbp": ["EC2.19"],
    "nist-800-53-r5": ["AC-4", "SC-7", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Remove 0.0.0.0/0 and ::/0 as sources for TCP 445; allow only the client subnets or security groups that need the share.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = internetIngressTo(r.type, r.props, CIFS_PORT).map((hit) => ({
      property: hit.property,
      message: `ingress allows TCP ${CIFS_PORT} (CIFS/SMB) from ${hit.sources.join(", ")}; restrict the source to trusted networks`,
    }));
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: { ingress: [{ protocol: "tcp", fromPort: 445, toPort: 445, cidrBlocks: ["10.0.0.0/16"] }] },
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
          props: { ingress: [{ protocol: "tcp", fromPort: 400, toPort: 500, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
      [{ type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", props: { ipProtocol: "-1", cidrIpv6: "::/0" } }],
    ],
  },
});
