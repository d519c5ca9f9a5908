import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

export const cloudfrontOriginFailover = defineControl({
  id: "aws-cloudfront-distribution-origin-failover",
  title: "CloudFront distributions have an origin group for failover",
  rationale: "An origin group with a secondary origin keeps the distribution serving when its primary origin or Region fails.",
  severity: "low",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "aws-fsbp": ["CloudFront.4"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation:
    "Add originGroups: [{ originId, failoverCriteria: { statusCodes: [500, 502, 503, 504] }, members: [{ originId: primary }, { originId: secondary }] }] and target it from the cache behaviours.",
  enforcementLevel: "advisory",
  tags: ["edge", "resilience"],
  check: (r) => {
    const groups = objectsOf(r.props.originGroups).filter((g) => objectsOf(g.members).length >= 2);
    return groups.length > 0 ? pass() : fail("originGroups", "the distribution has no origin group with two members; add one for failover");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: {
            enabled: true,
            originGroups: [
              {
                originId: "site-group",
                failoverCriteria: { statusCodes: [500, 502, 503, 504] },
                members: [{ originId: "primary" }, { originId: "secondary" }],
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
          props: { enabled: true, origins: [{ originId: "primary", domainName: "a.example.com" }] },
        },
      ],
    ],
  },
});
