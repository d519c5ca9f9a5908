import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const computeFirewallLogging = defineControl({
  id: "gcp-compute-firewall-logging",
  title: "VPC firewall rules log the connections they match",
  rationale:
    "Firewall rule logs show which rule allowed or denied a connection: the evidence needed to investigate lateral movement and to prove segmentation.",
  severity: "low",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/firewall:Firewall"],
  frameworks: {
    "nist-800-53-r5": ["AU-12", "AU-2", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Set logConfig { metadata: "INCLUDE_ALL_METADATA" } (or "EXCLUDE_ALL_METADATA" to reduce volume).',
  enforcementLevel: "advisory",
  tags: ["logging", "network"],
  check: (r) => {
    const log = r.props.logConfig;
    if (log && typeof log === "object" && typeof log.metadata === "string" && log.metadata !== "") return pass();
    if (r.props.enableLogging === true) return pass();
    return fail("logConfig", 'logConfig is not set; set logConfig.metadata to "INCLUDE_ALL_METADATA"');
  },
  remediate: (r) => {
    const log = r.props.logConfig;
    if ((log && typeof log === "object" && typeof log.metadata === "string" && log.metadata !== "") || r.props.enableLogging === true)
      return undefined;
    return { ...r.props, logConfig: { metadata: "INCLUDE_ALL_METADATA" } };
  },
  examples: {
    compliant: [[{ type: "gcp:compute/firewall:Firewall", props: { network: "vpc", logConfig: { metadata: "INCLUDE_ALL_METADATA" } } }]],
    nonCompliant: [[{ type: "gcp:compute/firewall:Firewall", props: { network: "vpc", allows: [{ protocol: "tcp", ports: ["443"] }] } }]],
  },
});
