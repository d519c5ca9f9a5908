import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { INSTANCE_TYPES, metadataFalse, metadataTrue, metadataValue, PROJECT_METADATA_TYPES } from "../../shared/gcp";

export const computeOsLogin = defineControl({
  id: "gcp-compute-os-login",
  title: "OS Login is enabled for projects and not turned off on instances",
  rationale:
    "OS Login ties SSH access to IAM identities (with 2-step verification and automatic revocation) instead of unmanaged keys in metadata.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: [...PROJECT_METADATA_TYPES, ...INSTANCE_TYPES],
  frameworks: {
    "cis-gcp-5.0": ["4.4"],
    "cis-gcp-3.0": ["4.4"],
    "nist-800-53-r5": ["AC-17", "IA-2", "AC-2"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.16", "A.8.5"],
    "pci-dss-4.0": ["8.2.1", "8.3.2"],
    hipaa: ["164.312(d)", "164.312(a)(2)(i)"],
  },
  remediation: 'Set project metadata "enable-oslogin" to "TRUE" and remove "enable-oslogin" = "FALSE" from instances.',
  enforcementLevel: "mandatory",
  tags: ["access-control", "identity"],
  check: (r) => {
    if (r.type === "gcp:compute/projectMetadataItem:ProjectMetadataItem") {
      if (r.props.key !== "enable-oslogin") return notApplicable("another metadata key");
      return metadataTrue(r.props.value) ? pass() : fail("value", `enable-oslogin is ${JSON.stringify(r.props.value)}; set it to "TRUE"`);
    }
    const v = metadataValue(r, "enable-oslogin");
    if (r.type === "gcp:compute/projectMetadata:ProjectMetadata") {
      return metadataTrue(v)
        ? pass()
        : fail("metadata.enable-oslogin", `project metadata "enable-oslogin" is ${JSON.stringify(v ?? "unset")}; set it to "TRUE"`);
    }
    // Instances inherit the project's setting unless they turn it off.
    return metadataFalse(v)
      ? fail("metadata.enable-oslogin", `metadata "enable-oslogin" is ${JSON.stringify(v)}; remove it or set it to "TRUE"`)
      : pass();
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "compute.requireOsLogin", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [
      [{ type: "gcp:compute/projectMetadata:ProjectMetadata", props: { metadata: { "enable-oslogin": "TRUE" } } }],
      [{ type: "gcp:compute/projectMetadataItem:ProjectMetadataItem", props: { key: "enable-oslogin", value: "TRUE" } }],
      [{ type: "gcp:compute/instance:Instance", props: { metadata: { "enable-oslogin": "true" } } }],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/projectMetadata:ProjectMetadata", props: { metadata: { "ssh-keys": "alice:ssh-ed25519 AAAA" } } }],
      [{ type: "gcp:compute/projectMetadataItem:ProjectMetadataItem", props: { key: "enable-oslogin", value: "FALSE" } }],
      [{ type: "gcp:compute/instance:Instance", props: { metadata: { "enable-oslogin": "FALSE" } } }],
    ],
  },
});
