import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

export const computeSubnetPrivateGoogleAccess = defineControl({
  id: "gcp-compute-subnet-private-google-access",
  title: "VPC subnets have Private Google Access",
  rationale:
    "Private Google Access lets VMs without external IPs reach Google APIs, so no workload needs a public address to use Cloud Storage, KMS or logging.",
  severity: "low",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/subnetwork:Subnetwork"],
  frameworks: {
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set privateIpGoogleAccess: true.",
  enforcementLevel: "advisory",
  tags: ["network"],
  check: (r) => {
    const purpose = r.props.purpose;
    if (typeof purpose === "string" && purpose !== "PRIVATE" && purpose !== "")
      return notApplicable(`purpose ${purpose} subnets host no VMs`);
    return r.props.privateIpGoogleAccess === true
      ? pass()
      : fail("privateIpGoogleAccess", `privateIpGoogleAccess is ${JSON.stringify(r.props.privateIpGoogleAccess ?? false)}; set it to true`);
  },
  remediate: (r) => {
    const purpose = r.props.purpose;
    if ((typeof purpose === "string" && purpose !== "PRIVATE" && purpose !== "") || r.props.privateIpGoogleAccess === true)
      return undefined;
    return { ...r.props, privateIpGoogleAccess: true };
  },
  examples: {
    compliant: [
      [{ type: "gcp:compute/subnetwork:Subnetwork", props: { ipCidrRange: "10.0.0.0/24", network: "vpc", privateIpGoogleAccess: true } }],
    ],
    nonCompliant: [[{ type: "gcp:compute/subnetwork:Subnetwork", props: { ipCidrRange: "10.0.0.0/24", network: "vpc" } }]],
  },
});
