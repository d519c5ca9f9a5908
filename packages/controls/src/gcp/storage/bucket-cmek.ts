import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const storageBucketCmek = defineControl({
  id: "gcp-storage-bucket-cmek",
  title: "Cloud Storage buckets encrypt with a customer-managed key (CMEK)",
  rationale:
    "With a Cloud KMS key the organisation controls who can decrypt (through key IAM), sees every use in the audit log and can revoke access by disabling the key.",
  severity: "medium",
  cloud: "gcp",
  service: "storage",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1", "3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set encryption: { defaultKmsKeyName: <Cloud KMS key id> } and grant the Cloud Storage service agent encrypt/decrypt on the key.",
  enforcementLevel: "mandatory",
  tags: ["encryption"],
  check: (r) => {
    const key = r.props.encryption?.defaultKmsKeyName;
    return typeof key === "string" && key !== ""
      ? pass()
      : fail(
          "encryption.defaultKmsKeyName",
          "encryption.defaultKmsKeyName is not set, so Google-managed keys are used; set a Cloud KMS key",
        );
  },
  preventive: [
    {
      kind: "gcp-org-policy",
      constraint: "gcp.restrictNonCmekServices",
      constraintType: "list",
      list: { deniedValues: ["storage.googleapis.com"] },
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "gcp:storage/bucket:Bucket",
          props: { location: "EU", encryption: { defaultKmsKeyName: "projects/s/locations/europe/keyRings/r/cryptoKeys/k" } },
        },
      ],
    ],
    nonCompliant: [[{ type: "gcp:storage/bucket:Bucket", props: { location: "EU" } }]],
  },
});
