import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { OWNERSHIP_TYPES } from "../../shared/aws-s3";

/**
 * Buckets created since April 2023 default to BucketOwnerEnforced (ACLs disabled); a
 * BucketOwnershipControls resource that chooses another setting turns ACLs back on.
 */
export const s3BucketOwnershipEnforced = defineControl({
  id: "aws-s3-bucket-ownership-enforced",
  title: "S3 bucket ownership controls disable ACLs",
  rationale:
    "With ACLs enabled, objects written by other accounts stay theirs and per-object ACLs can make single objects public; BucketOwnerEnforced makes the bucket policy the only access mechanism.",
  severity: "medium",
  cloud: "aws",
  service: "s3",
  resourceTypes: OWNERSHIP_TYPES,
  frameworks: {
    "aws-fsbp": ["S3.12"],
    "nist-800-53-r5": ["AC-3", "AC-6"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation: 'Set rule: { objectOwnership: "BucketOwnerEnforced" } and replace ACL grants with bucket-policy statements.',
  enforcementLevel: "advisory",
  tags: ["data-protection", "access-control"],
  check: (r) => {
    const ownership = r.props.rule?.objectOwnership;
    return ownership === "BucketOwnerEnforced"
      ? pass()
      : fail("rule.objectOwnership", `rule.objectOwnership is ${JSON.stringify(ownership ?? null)}; set it to "BucketOwnerEnforced"`);
  },
  remediate: (r) =>
    r.props.rule?.objectOwnership === "BucketOwnerEnforced"
      ? undefined
      : { ...r.props, rule: { ...(r.props.rule ?? {}), objectOwnership: "BucketOwnerEnforced" } },
  examples: {
    compliant: [
      [
        {
          type: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
          props: { bucket: "b", rule: { objectOwnership: "BucketOwnerEnforced" } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
          props: { bucket: "b", rule: { objectOwnership: "ObjectWriter" } },
        },
      ],
      [
        {
          type: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
          props: { bucket: "b", rule: { objectOwnership: "BucketOwnerPreferred" } },
        },
      ],
    ],
  },
});
