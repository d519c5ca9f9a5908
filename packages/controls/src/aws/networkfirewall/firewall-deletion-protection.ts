import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const networkfirewallFirewallDeletionProtection = defineControl({
  id: "aws-networkfirewall-firewall-deletion-protection",
  title: "Network Firewall firewalls have deletion protection",
  rationale:
    "Deleting the firewall removes inspection from every route through it at once; deletion protection makes that a deliberate two-step change.",
  severity: "low",
  cloud: "aws",
  service: "networkfirewall",
  resourceTypes: ["aws:networkfirewall/firewall:Firewall"],
  frameworks: {
    "aws-fsbp": ["NetworkFirewall.9"],
    "nist-800-53-r5": ["CM-3(a)", "SC-7", "CP-10"],
    soc2: ["CC8.1"],
    "iso27001-2022": ["A.8.20"],
  },
  remediation: "Set deleteProtection: true (and firewallPolicyChangeProtection, subnetChangeProtection).",
  enforcementLevel: "advisory",
  tags: ["network", "resilience"],
  check: (r) => (r.props.deleteProtection === true ? pass() : fail("deleteProtection", "deleteProtection is not true; set it to true")),
  examples: {
    compliant: [
      [{ type: "aws:networkfirewall/firewall:Firewall", props: { firewallPolicyArn: "arn:p", vpcId: "vpc-1", deleteProtection: true } }],
    ],
    nonCompliant: [[{ type: "aws:networkfirewall/firewall:Firewall", props: { firewallPolicyArn: "arn:p", vpcId: "vpc-1" } }]],
  },
});
