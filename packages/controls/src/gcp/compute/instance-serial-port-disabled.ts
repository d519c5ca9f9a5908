import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { INSTANCE_TYPES, metadataTrue, metadataValue, PROJECT_METADATA_TYPES } from "../../shared/gcp";

export const computeInstanceSerialPortDisabled = defineControl({
  id: "gcp-compute-instance-serial-port-disabled",
  title: "Interactive serial console access is not enabled",
  rationale:
    "The serial console accepts connections from any IP address and bypasses firewall rules; whoever holds a project SSH key can reach the VM through it.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: [...INSTANCE_TYPES, ...PROJECT_METADATA_TYPES],
  frameworks: {
    "cis-gcp-5.0": ["4.5"],
    "cis-gcp-3.0": ["4.5"],
    "nist-800-53-r5": ["AC-17", "CM-7", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.9", "A.8.20"],
    "pci-dss-4.0": ["2.2.5", "1.4.2"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: 'Remove metadata "serial-port-enable" or set it to "FALSE".',
  enforcementLevel: "mandatory",
  tags: ["access-control"],
  check: (r) => {
    if (r.type === "gcp:compute/projectMetadataItem:ProjectMetadataItem") {
      if (r.props.key !== "serial-port-enable") return notApplicable("another metadata key");
      return metadataTrue(r.props.value)
        ? fail("value", `serial-port-enable is ${JSON.stringify(r.props.value)}; set it to "FALSE"`)
        : pass();
    }
    const v = metadataValue(r, "serial-port-enable");
    return metadataTrue(v)
      ? fail("metadata.serial-port-enable", `metadata "serial-port-enable" is ${JSON.stringify(v)}; remove it or set it to "FALSE"`)
      : pass();
  },
  remediate: (r) => {
    if (r.type === "gcp:compute/projectMetadataItem:ProjectMetadataItem") return undefined;
    const metadata = r.props.metadata && typeof r.props.metadata === "object" ? r.props.metadata : {};
    if (!metadataTrue(metadata["serial-port-enable"])) return undefined;
    return { ...r.props, metadata: { ...metadata, "serial-port-enable": "FALSE" } };
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "compute.disableSerialPortAccess", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [
      [{ type: "gcp:compute/instance:Instance", props: { metadata: { "enable-oslogin": "TRUE" } } }],
      [{ type: "gcp:compute/projectMetadataItem:ProjectMetadataItem", props: { key: "serial-port-enable", value: "FALSE" } }],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/instance:Instance", props: { metadata: { "serial-port-enable": "TRUE" } } }],
      [{ type: "gcp:compute/projectMetadata:ProjectMetadata", props: { metadata: { "serial-port-enable": "1" } } }],
    ],
  },
});
