import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { INSTANCE_TYPES, metadataTrue, metadataValue } from "../../shared/gcp";

export const computeInstanceBlockProjectSshKeys = defineControl({
  id: "gcp-compute-instance-block-project-ssh-keys",
  title: "Instances block project-wide SSH keys",
  rationale: "A project-wide SSH key opens every VM of the project; one leaked key then reaches them all.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: INSTANCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["4.3"],
    "cis-gcp-3.0": ["4.3"],
    "nist-800-53-r5": ["AC-17", "IA-2", "AC-3"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.2.2", "8.3.2"],
    hipaa: ["164.312(d)"],
  },
  remediation: 'Set metadata "block-project-ssh-keys" to "TRUE" (and prefer OS Login).',
  enforcementLevel: "mandatory",
  tags: ["access-control"],
  check: (r) => {
    const v = metadataValue(r, "block-project-ssh-keys");
    return metadataTrue(v)
      ? pass()
      : fail("metadata.block-project-ssh-keys", `metadata "block-project-ssh-keys" is ${JSON.stringify(v ?? "unset")}; set it to "TRUE"`);
  },
  remediate: (r) => {
    const metadata = r.props.metadata && typeof r.props.metadata === "object" ? r.props.metadata : {};
    if (metadataTrue(metadata["block-project-ssh-keys"])) return undefined;
    return { ...r.props, metadata: { ...metadata, "block-project-ssh-keys": "TRUE" } };
  },
  examples: {
    compliant: [[{ type: "gcp:compute/instance:Instance", props: { metadata: { "block-project-ssh-keys": "TRUE" } } }]],
    nonCompliant: [
      [{ type: "gcp:compute/instance:Instance", props: {} }],
      [{ type: "gcp:compute/instanceTemplate:InstanceTemplate", props: { metadata: { "block-project-ssh-keys": "false" } } }],
    ],
  },
});
