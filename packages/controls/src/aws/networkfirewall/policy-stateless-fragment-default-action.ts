import { defineControl } from "../../model/control";
import { FIREWALL_POLICY, policyExample, statelessActionsCheck } from "./stateless-actions";

export const networkfirewallPolicyStatelessFragmentDefaultAction = defineControl({
  id: "aws-networkfirewall-policy-stateless-fragment-default-action",
  title: "Network Firewall policies drop or inspect fragmented packets no stateless rule matched",
  rationale:
    'Fragmentation is a classic way around inspection; with "aws:pass" for fragments, an attacker splits traffic so the stateful engine never sees it.',
  severity: "medium",
  cloud: "aws",
  service: "networkfirewall",
  resourceTypes: [FIREWALL_POLICY],
  frameworks: {
    "aws-fsbp": ["NetworkFirewall.5"],
    "nist-800-53-r5": ["SC-7", "SC-7(5)", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.3.2"],
  },
  remediation: 'Set firewallPolicy.statelessFragmentDefaultActions: ["aws:forward_to_sfe"].',
  enforcementLevel: "mandatory",
  tags: ["network"],
  check: (r) => statelessActionsCheck(r.props.firewallPolicy?.statelessFragmentDefaultActions, "statelessFragmentDefaultActions"),
  examples: {
    compliant: [policyExample(["aws:forward_to_sfe"], ["aws:forward_to_sfe"]), policyExample(["aws:drop"], ["aws:drop"])],
    nonCompliant: [policyExample(["aws:forward_to_sfe"], ["aws:pass"])],
  },
});
