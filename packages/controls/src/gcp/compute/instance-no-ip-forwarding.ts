import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { INSTANCE_TYPES } from "../../shared/gcp";

export const computeInstanceNoIpForwarding = defineControl({
  id: "gcp-compute-instance-no-ip-forwarding",
  title: "Instances do not forward IP packets",
  rationale: "With IP forwarding a VM can send and receive packets for any address, bypassing the VPC's anti-spoofing and routing intent.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: INSTANCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["4.6"],
    "cis-gcp-3.0": ["4.6"],
    "nist-800-53-r5": ["SC-7", "AC-4", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.2.5"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set canIpForward: false; use Cloud NAT or a managed appliance (exempted by tag) for routing.",
  enforcementLevel: "mandatory",
  tags: ["network"],
  check: (r) => (r.props.canIpForward === true ? fail("canIpForward", "canIpForward is true; set it to false") : pass()),
  preventive: [{ kind: "gcp-org-policy", constraint: "compute.vmCanIpForward", constraintType: "list", list: { denyAll: true } }],
  examples: {
    compliant: [[{ type: "gcp:compute/instance:Instance", props: { canIpForward: false } }]],
    nonCompliant: [[{ type: "gcp:compute/instance:Instance", props: { canIpForward: true } }]],
  },
});
