import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { listOf, objectsOf } from "../../shared/network";

const DEFAULT_MINIMUM_VERSIONS = ["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"];
const WEAK_ORIGIN_PROTOCOLS = new Set(["SSLv3", "TLSv1", "TLSv1.1"]);

/**
 * TLS 1.2+ on both legs: to viewers (viewerCertificate.minimumProtocolVersion; the default
 * *.cloudfront.net certificate always accepts TLS 1.0) and to custom origins (originProtocolPolicy not
 * "http-only", originSslProtocols without SSLv3/TLSv1/TLSv1.1).
 */
export const cloudfrontTls = defineControl({
  id: "aws-cloudfront-distribution-tls",
  title: "CloudFront distributions use TLS 1.2 or later to viewers and origins",
  rationale:
    "TLS 1.0/1.1 and SSLv3 are broken or deprecated; accepting them from viewers or using them (or plain HTTP) to origins exposes the traffic CloudFront was meant to protect.",
  severity: "medium",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "aws-fsbp": ["CloudFront.7", "CloudFront.9", "CloudFront.10"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation:
    'Use an ACM certificate with viewerCertificate.minimumProtocolVersion "TLSv1.2_2021" and sslSupportMethod "sni-only"; give custom origins originProtocolPolicy "https-only" and originSslProtocols ["TLSv1.2"].',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "edge"],
  configSchema: {
    allowedMinimumProtocolVersions: {
      type: "array",
      items: { type: "string" },
      default: DEFAULT_MINIMUM_VERSIONS,
      description: "Accepted viewerCertificate.minimumProtocolVersion values.",
    },
  },
  check: (r, ctx) => {
    const violations: Violation[] = [];
    const allowed = listOf<unknown>(ctx.settings.allowedMinimumProtocolVersions).filter((v): v is string => typeof v === "string");
    const cert = r.props.viewerCertificate;
    if (cert?.cloudfrontDefaultCertificate === true) {
      violations.push({
        property: "viewerCertificate.cloudfrontDefaultCertificate",
        message:
          'the default *.cloudfront.net certificate accepts TLS 1.0; use an ACM certificate with minimumProtocolVersion "TLSv1.2_2021"',
      });
    } else if (!allowed.includes(cert?.minimumProtocolVersion)) {
      violations.push({
        property: "viewerCertificate.minimumProtocolVersion",
        message: `viewerCertificate.minimumProtocolVersion is ${JSON.stringify(cert?.minimumProtocolVersion ?? "not set (TLSv1)")}; set it to "TLSv1.2_2021" or later`,
      });
    }
    objectsOf(r.props.origins).forEach((o, i) => {
      const custom = o.customOriginConfig;
      if (custom === null || typeof custom !== "object") return;
      if (custom.originProtocolPolicy === "http-only") {
        violations.push({
          property: `origins[${i}].customOriginConfig.originProtocolPolicy`,
          message: `origins[${i}] is reached over plain HTTP; set originProtocolPolicy to "https-only"`,
        });
      }
      const weak = listOf<unknown>(custom.originSslProtocols).filter(
        (p): p is string => typeof p === "string" && WEAK_ORIGIN_PROTOCOLS.has(p),
      );
      if (weak.length > 0) {
        violations.push({
          property: `origins[${i}].customOriginConfig.originSslProtocols`,
          message: `origins[${i}] allows ${JSON.stringify(weak)} to the origin; use ["TLSv1.2"]`,
        });
      }
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
            viewerCertificate: {
              acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/1",
              minimumProtocolVersion: "TLSv1.2_2021",
              sslSupportMethod: "sni-only",
            },
            origins: [
              {
                originId: "api",
                domainName: "api.example.com",
                customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] },
              },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: { enabled: true, viewerCertificate: { cloudfrontDefaultCertificate: true } },
        },
      ],
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: {
            enabled: true,
            viewerCertificate: { acmCertificateArn: "arn:acm", minimumProtocolVersion: "TLSv1.2_2021" },
            origins: [
              {
                originId: "legacy",
                domainName: "old.example.com",
                customOriginConfig: { originProtocolPolicy: "match-viewer", originSslProtocols: ["TLSv1", "TLSv1.2"] },
              },
            ],
          },
        },
      ],
    ],
  },
});
