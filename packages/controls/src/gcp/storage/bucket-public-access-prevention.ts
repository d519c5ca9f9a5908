import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const storageBucketPublicAccessPrevention = defineControl({
  id: "gcp-storage-bucket-public-access-prevention",
  title: "Cloud Storage buckets enforce public access prevention",
  rationale: "Public access prevention makes any grant to allUsers or allAuthenticatedUsers fail, whatever IAM or ACLs say.",
  severity: "high",
  cloud: "gcp",
  service: "storage",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  frameworks: {
    "cis-gcp-5.0": ["5.1"],
    "cis-gcp-3.0": ["5.1"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: 'Set publicAccessPrevention: "enforced".',
  enforcementLevel: "mandatory",
  tags: ["public-exposure"],
  check: (r) =>
    r.props.publicAccessPrevention === "enforced"
      ? pass()
      : fail(
          "publicAccessPrevention",
          `publicAccessPrevention is ${JSON.stringify(r.props.publicAccessPrevention ?? "inherited")}; set it to "enforced"`,
        ),
  remediate: (r) => (r.props.publicAccessPrevention === "enforced" ? undefined : { ...r.props, publicAccessPrevention: "enforced" }),
  preventive: [{ kind: "gcp-org-policy", constraint: "storage.publicAccessPrevention", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [[{ type: "gcp:storage/bucket:Bucket", props: { publicAccessPrevention: "enforced" } }]],
    nonCompliant: [
      [{ type: "gcp:storage/bucket:Bucket", props: { publicAccessPrevention: "inherited" } }],
      [{ type: "gcp:storage/bucket:Bucket", props: {} }],
    ],
  },
});
