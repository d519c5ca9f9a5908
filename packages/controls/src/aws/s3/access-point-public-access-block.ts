import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

const SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

/** Each setting defaults to true on an access point; only an explicit false weakens it. */
export const s3AccessPointPublicAccessBlock = defineControl({
  id: "aws-s3-access-point-public-access-block",
  title: "S3 access points keep every block-public-access setting on",
  rationale:
    "An access point is its own door into the bucket: with its public access block weakened, its policy can grant public access that the bucket's settings were meant to stop.",
  severity: "high",
  cloud: "aws",
  service: "s3",
  resourceTypes: ["aws:s3/accessPoint:AccessPoint"],
  frameworks: {
    "aws-fsbp": ["S3.19"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["1.4.4", "7.2.1"],
  },
  remediation: "Remove the false values from publicAccessBlockConfiguration (all four default to true).",
  enforcementLevel: "mandatory",
  tags: ["public-exposure", "data-protection"],
  check: (r) => {
    const config = r.props.publicAccessBlockConfiguration;
    const off = SETTINGS.filter((s) => config?.[s] === false);
    const violations: Violation[] =
      off.length === 0
        ? []
        : [
            {
              property: "publicAccessBlockConfiguration",
              message: `publicAccessBlockConfiguration sets ${off.join(", ")} to false; leave all four true`,
            },
          ];
    return failAll(violations);
  },
  examples: {
    compliant: [
      [{ type: "aws:s3/accessPoint:AccessPoint", props: { bucket: "data", name: "analytics" } }],
      [
        {
          type: "aws:s3/accessPoint:AccessPoint",
          props: {
            bucket: "data",
            name: "analytics",
            publicAccessBlockConfiguration: {
              blockPublicAcls: true,
              blockPublicPolicy: true,
              ignorePublicAcls: true,
              restrictPublicBuckets: true,
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:s3/accessPoint:AccessPoint",
          props: {
            bucket: "data",
            name: "public",
            publicAccessBlockConfiguration: {
              blockPublicAcls: false,
              blockPublicPolicy: false,
              ignorePublicAcls: false,
              restrictPublicBuckets: false,
            },
          },
        },
      ],
    ],
  },
});
