import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { INSTANCE_TYPES } from "../../shared/gcp";

export const computeInstanceConfidentialComputing = defineControl({
  id: "gcp-compute-instance-confidential-computing",
  title: "Instances use Confidential Computing",
  rationale: "Confidential VMs keep memory encrypted with keys the hypervisor cannot read, protecting data in use.",
  severity: "low",
  cloud: "gcp",
  service: "compute",
  resourceTypes: INSTANCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["4.11"],
    "cis-gcp-3.0": ["4.11"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set confidentialInstanceConfig { enableConfidentialCompute: true } (or confidentialInstanceType "SEV"/"SEV_SNP"/"TDX") on a supported machine type (N2D, C2D, C3, …).',
  enforcementLevel: "advisory",
  tags: ["encryption"],
  check: (r) => {
    const c = r.props.confidentialInstanceConfig;
    if (
      c &&
      typeof c === "object" &&
      (c.enableConfidentialCompute === true || (typeof c.confidentialInstanceType === "string" && c.confidentialInstanceType !== ""))
    ) {
      return pass();
    }
    return fail(
      "confidentialInstanceConfig",
      "Confidential Computing is not enabled; set confidentialInstanceConfig.enableConfidentialCompute: true on a supported machine type",
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/instance:Instance",
          props: { machineType: "n2d-standard-2", confidentialInstanceConfig: { enableConfidentialCompute: true } },
        },
      ],
    ],
    nonCompliant: [[{ type: "gcp:compute/instance:Instance", props: { machineType: "e2-small" } }]],
  },
});
