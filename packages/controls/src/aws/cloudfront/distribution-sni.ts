import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/** Applies to distributions with a custom certificate; the default *.cloudfront.net certificate needs no SNI setting. */
export const cloudfrontDistributionSni = defineControl({
  id: "aws-cloudfront-distribution-sni",
  title: "CloudFront distributions with custom certificates serve HTTPS with SNI",
  rationale:
    'sslSupportMethod "vip" allocates dedicated IP addresses at every edge location for clients that predate SNI, at high monthly cost and with no security benefit.',
  severity: "low",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "aws-fsbp": ["CloudFront.8"],
    "nist-800-53-r5": ["SC-8", "SC-23"],
    "iso27001-2022": ["A.8.24"],
  },
  remediation: 'Set viewerCertificate.sslSupportMethod: "sni-only".',
  enforcementLevel: "advisory",
  tags: ["edge", "encryption-in-transit"],
  check: (r) => {
    const cert = r.props.viewerCertificate;
    const custom =
      (typeof cert?.acmCertificateArn === "string" && cert.acmCertificateArn !== "") ||
      (typeof cert?.iamCertificateId === "string" && cert.iamCertificateId !== "");
    if (!custom) return notApplicable("the distribution uses the default CloudFront certificate");
    return cert.sslSupportMethod === "sni-only"
      ? pass()
      : fail(
          "viewerCertificate.sslSupportMethod",
          `viewerCertificate.sslSupportMethod is ${JSON.stringify(cert.sslSupportMethod ?? null)}; set it to "sni-only"`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: {
            enabled: true,
            viewerCertificate: {
              acmCertificateArn: "arn:aws:acm:us-east-1:1:certificate/1",
              sslSupportMethod: "sni-only",
              minimumProtocolVersion: "TLSv1.2_2021",
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: {
            enabled: true,
            viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:1:certificate/1", sslSupportMethod: "vip" },
          },
        },
      ],
    ],
  },
});
