import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const storageBucketUniformAccess = defineControl({
  id: "gcp-storage-bucket-uniform-access",
  title: "Cloud Storage buckets use uniform bucket-level access",
  rationale:
    "With fine-grained ACLs, object-level grants can make single objects public regardless of the bucket's IAM; uniform access leaves IAM as the only gate.",
  severity: "medium",
  cloud: "gcp",
  service: "storage",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  frameworks: {
    "cis-gcp-5.0": ["5.2"],
    "cis-gcp-3.0": ["5.2"],
    "nist-800-53-r5": ["AC-3", "AC-6"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Set uniformBucketLevelAccess: true.",
  enforcementLevel: "mandatory",
  tags: ["access-control"],
  check: (r) =>
    r.props.uniformBucketLevelAccess === true
      ? pass()
      : fail(
          "uniformBucketLevelAccess",
          `uniformBucketLevelAccess is ${JSON.stringify(r.props.uniformBucketLevelAccess ?? false)}; set it to true`,
        ),
  remediate: (r) => (r.props.uniformBucketLevelAccess === true ? undefined : { ...r.props, uniformBucketLevelAccess: true }),
  preventive: [{ kind: "gcp-org-policy", constraint: "storage.uniformBucketLevelAccess", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [[{ type: "gcp:storage/bucket:Bucket", props: { location: "EU", uniformBucketLevelAccess: true } }]],
    nonCompliant: [
      [{ type: "gcp:storage/bucket:Bucket", props: { location: "EU" } }],
      [{ type: "gcp:storage/bucket:Bucket", props: { uniformBucketLevelAccess: false } }],
    ],
  },
});
