import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

/** S3 REST endpoints: bucket.s3.amazonaws.com, bucket.s3.<region>.amazonaws.com, bucket.s3-<region>.amazonaws.com. */
const S3_REST = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i;
const S3_WEBSITE = /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com$/i;

/**
 * S3 origins are reached through origin access control, so the bucket can block all public access and
 * grant s3:GetObject to cloudfront.amazonaws.com for this distribution only. Origin access identities
 * (s3OriginConfig.originAccessIdentity) are the legacy mechanism and count as a violation with a
 * migration hint; S3 website endpoints cannot use either and require a public bucket.
 */
export const cloudfrontS3OriginAccessControl = defineControl({
  id: "aws-cloudfront-distribution-s3-origin-access-control",
  title: "CloudFront S3 origins use origin access control",
  rationale:
    "Without origin access control the bucket behind the distribution must be readable directly, so its content can be fetched around CloudFront's TLS, WAF, geo and signed-URL protections.",
  severity: "medium",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "aws-fsbp": ["CloudFront.13"],
    "nist-800-53-r5": ["AC-3", "AC-4", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.20"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation:
    'Create an aws.cloudfront.OriginAccessControl (originAccessControlOriginType "s3", signingBehavior "always", signingProtocol "sigv4"), set originAccessControlId on the S3 origin, and allow cloudfront.amazonaws.com in the bucket policy with an aws:SourceArn condition.',
  enforcementLevel: "advisory",
  tags: ["edge", "data-protection"],
  check: (r) => {
    const violations: Violation[] = [];
    objectsOf(r.props.origins).forEach((o, i) => {
      const domain = typeof o.domainName === "string" ? o.domainName.trim() : "";
      const oac = typeof o.originAccessControlId === "string" && o.originAccessControlId.trim() !== "";
      if (S3_WEBSITE.test(domain)) {
        violations.push({
          property: `origins[${i}].domainName`,
          message: `origins[${i}] is an S3 website endpoint, which needs a public bucket; use the bucket's REST endpoint with originAccessControlId`,
        });
        return;
      }
      const isS3 = S3_REST.test(domain) || (o.s3OriginConfig !== null && typeof o.s3OriginConfig === "object");
      if (!isS3 || oac) return;
      const oai = o.s3OriginConfig?.originAccessIdentity;
      violations.push({
        property: `origins[${i}].originAccessControlId`,
        message:
          typeof oai === "string" && oai.trim() !== ""
            ? `origins[${i}] uses a legacy origin access identity; migrate to an origin access control (originAccessControlId)`
            : `origins[${i}] (${domain}) has no originAccessControlId; add an origin access control`,
      });
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: {
            enabled: true,
            origins: [
              { originId: "site", domainName: "site-1.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" },
              { originId: "api", domainName: "api.example.com", customOriginConfig: { originProtocolPolicy: "https-only" } },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: { enabled: true, origins: [{ originId: "site", domainName: "site-1.s3.amazonaws.com" }] },
        },
      ],
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: {
            enabled: true,
            origins: [
              {
                originId: "old",
                domainName: "old.s3.amazonaws.com",
                s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/E1" },
              },
            ],
          },
        },
      ],
    ],
  },
});
