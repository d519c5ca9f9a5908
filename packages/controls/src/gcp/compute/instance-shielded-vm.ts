import { defineControl } from "../../model/control";
import { fail, failAll, type Violation } from "../../model/verdict";
import { INSTANCE_TYPES } from "../../shared/gcp";

export const computeInstanceShieldedVm = defineControl({
  id: "gcp-compute-instance-shielded-vm",
  title: "Instances run as Shielded VMs with Secure Boot, vTPM and integrity monitoring",
  rationale: "Shielded VM defends against boot- and kernel-level malware and rootkits and reports when the boot sequence changes.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: INSTANCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["4.8"],
    "cis-gcp-3.0": ["4.8"],
    "nist-800-53-r5": ["SI-7(1)", "CM-6"],
    soc2: ["CC6.8", "CC7.1"],
    "iso27001-2022": ["A.8.7", "A.8.9"],
    "pci-dss-4.0": ["5.3.4", "11.5.2"],
    hipaa: ["164.312(c)(1)"],
  },
  remediation:
    "Set shieldedInstanceConfig { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true } on a Shielded VM image.",
  enforcementLevel: "mandatory",
  tags: ["integrity"],
  check: (r) => {
    const c = r.props.shieldedInstanceConfig;
    if (c === undefined || c === null || typeof c !== "object") {
      return fail("shieldedInstanceConfig", "shieldedInstanceConfig is not set; enable Secure Boot, vTPM and integrity monitoring");
    }
    const violations: Violation[] = [];
    if (c.enableSecureBoot !== true)
      violations.push({ property: "shieldedInstanceConfig.enableSecureBoot", message: "enableSecureBoot is not true; set it to true" });
    if (c.enableVtpm === false)
      violations.push({ property: "shieldedInstanceConfig.enableVtpm", message: "enableVtpm is false; set it to true" });
    if (c.enableIntegrityMonitoring === false) {
      violations.push({
        property: "shieldedInstanceConfig.enableIntegrityMonitoring",
        message: "enableIntegrityMonitoring is false; set it to true",
      });
    }
    return failAll(violations);
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "compute.requireShieldedVm", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/instance:Instance",
          props: { shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/instance:Instance", props: {} }],
      [
        {
          type: "gcp:compute/instanceTemplate:InstanceTemplate",
          props: { shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: false } },
        },
      ],
    ],
  },
});
