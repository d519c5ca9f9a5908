import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const cloudfrontDistributionWaf = defineControl({
  id: "aws-cloudfront-distribution-waf",
  title: "CloudFront distributions are protected by a WAF web ACL",
  rationale:
    "A distribution is the internet-facing edge of an application; without a web ACL, injection, bot and layer-7 flood traffic reaches the origin unfiltered.",
  severity: "medium",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "aws-fsbp": ["CloudFront.6"],
    "nist-800-53-r5": ["SC-7", "SI-4", "SC-5"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.23"],
    "pci-dss-4.0": ["6.4.1", "6.4.2"],
  },
  remediation: 'Create an aws.wafv2.WebAcl with scope "CLOUDFRONT" (in us-east-1) and set webAclId to its ARN.',
  enforcementLevel: "advisory",
  tags: ["edge", "network"],
  check: (r) => {
    const acl = r.props.webAclId;
    return typeof acl === "string" && acl.trim() !== ""
      ? pass()
      : fail("webAclId", "webAclId is not set; associate a WAFv2 web ACL (scope CLOUDFRONT)");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: { enabled: true, webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1" },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:cloudfront/distribution:Distribution", props: { enabled: true } }]],
  },
});
