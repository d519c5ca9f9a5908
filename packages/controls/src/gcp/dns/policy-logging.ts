import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const dnsPolicyLogging = defineControl({
  id: "gcp-dns-policy-logging",
  title: "Cloud DNS server policies log queries",
  rationale: "Without query logging a DNS policy leaves no record of the names the network's workloads resolve.",
  severity: "medium",
  cloud: "gcp",
  service: "dns",
  resourceTypes: ["gcp:dns/policy:Policy"],
  frameworks: {
    "cis-gcp-5.0": ["2.13"],
    "cis-gcp-3.0": ["2.12"],
    "nist-800-53-r5": ["AU-12", "AU-2", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: "Set enableLogging: true.",
  enforcementLevel: "mandatory",
  tags: ["logging", "dns"],
  check: (r) =>
    r.props.enableLogging === true
      ? pass()
      : fail("enableLogging", `enableLogging is ${JSON.stringify(r.props.enableLogging ?? false)}; set it to true`),
  remediate: (r) => (r.props.enableLogging === true ? undefined : { ...r.props, enableLogging: true }),
  examples: {
    compliant: [
      [{ type: "gcp:dns/policy:Policy", props: { enableLogging: true, networks: [{ networkUrl: "projects/n/global/networks/vpc" }] } }],
    ],
    nonCompliant: [[{ type: "gcp:dns/policy:Policy", props: { networks: [{ networkUrl: "projects/n/global/networks/vpc" }] } }]],
  },
});
