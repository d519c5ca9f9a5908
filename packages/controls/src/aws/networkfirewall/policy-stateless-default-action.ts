import { defineControl } from "../../model/control";
import { FIREWALL_POLICY, policyExample, statelessActionsCheck } from "./stateless-actions";

export const networkfirewallPolicyStatelessDefaultAction = defineControl({
  id: "aws-networkfirewall-policy-stateless-default-action",
  title: "Network Firewall policies drop or inspect full packets no stateless rule matched",
  rationale:
    'With "aws:pass" as the stateless default, every packet no stateless rule matched bypasses the stateful rules and leaves the VPC uninspected.',
  severity: "medium",
  cloud: "aws",
  service: "networkfirewall",
  resourceTypes: [FIREWALL_POLICY],
  frameworks: {
    "aws-fsbp": ["NetworkFirewall.4"],
    "nist-800-53-r5": ["SC-7", "SC-7(5)", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.3.2"],
  },
  remediation: 'Set firewallPolicy.statelessDefaultActions: ["aws:forward_to_sfe"].',
  enforcementLevel: "mandatory",
  tags: ["network"],
  check: (r) => statelessActionsCheck(r.props.firewallPolicy?.statelessDefaultActions, "statelessDefaultActions"),
  examples: {
    compliant: [policyExample(["aws:forward_to_sfe"], ["aws:forward_to_sfe"]), policyExample(["aws:drop"], ["aws:drop"])],
    nonCompliant: [policyExample(["aws:pass"], ["aws:forward_to_sfe"])],
  },
});
