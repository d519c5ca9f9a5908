import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/**
 * Standard (legacy) access logging to S3 through loggingConfig.bucket. Distributions logging through
 * CloudWatch vended-log delivery (aws.cloudwatch.LogDeliverySource for the distribution) are not seen
 * here: exempt them with that reason.
 */
export const cloudfrontAccessLogging = defineControl({
  id: "aws-cloudfront-distribution-access-logging",
  title: "CloudFront distributions write access logs",
  rationale:
    "CloudFront access logs are the request-level record of an internet-facing front end, needed to investigate attacks and abuse.",
  severity: "low",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "cis-aws-7.0": ["4.10"],
    "aws-fsbp": ["CloudFront.5"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Set loggingConfig: { bucket: logBucket.bucketDomainName, prefix } (the bucket needs ACLs enabled for log delivery), or configure CloudWatch log delivery and exempt the distribution.",
  enforcementLevel: "advisory",
  tags: ["logging", "edge"],
  check: (r) => {
    const bucket = r.props.loggingConfig?.bucket;
    return typeof bucket === "string" && bucket.trim() !== ""
      ? pass()
      : fail("loggingConfig.bucket", "loggingConfig.bucket is not set; deliver access logs to an S3 bucket");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: { enabled: true, loggingConfig: { bucket: "cf-logs.s3.amazonaws.com", prefix: "site/" } },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:cloudfront/distribution:Distribution", props: { enabled: true } }]],
  },
});
