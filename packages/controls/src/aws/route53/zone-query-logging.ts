import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

const ZONE = "aws:route53/zone:Zone";
const QUERY_LOG = "aws:route53/queryLog:QueryLog";

/** Public zones only (a zone with vpcs is private; Resolver query logging covers those). */
export const route53ZoneQueryLogging = defineControl({
  id: "aws-route53-zone-query-logging",
  title: "Route 53 public hosted zones log DNS queries",
  rationale:
    "Query logs show who resolves which names: reconnaissance, subdomain takeover attempts and DNS-based exfiltration through the zone leave no other trace.",
  severity: "low",
  cloud: "aws",
  service: "route53",
  resourceTypes: [ZONE],
  frameworks: {
    "aws-fsbp": ["Route53.2"],
    "nist-800-53-r5": ["AU-2", "AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
  },
  remediation:
    "Add an aws.route53.QueryLog with zoneId: zone.zoneId and a CloudWatch log group in us-east-1 (with a resource policy for route53.amazonaws.com).",
  enforcementLevel: "advisory",
  tags: ["logging", "dns"],
  correlatedCheck: (zone, stack) => {
    if (listOf(zone.props.vpcs).length > 0) return notApplicable("private hosted zone");
    const { found, undecided } = stack.referencingOrUnknown(zone, [QUERY_LOG], "zoneId", ["zoneId", "id"]);
    if (found.length > 0) return pass();
    if (undecided.length > 0) return cannotEvaluate("zoneId", `${undecided[0].name}.zoneId is unknown and may refer to this zone`);
    return fail("QueryLog", `public zone ${zone.name} has no aws.route53.QueryLog; add one`);
  },
  examples: {
    compliant: [
      [
        { type: ZONE, name: "public", props: { name: "example.com" } },
        {
          type: QUERY_LOG,
          name: "public-queries",
          props: { zoneId: UNKNOWN, cloudwatchLogGroupArn: UNKNOWN },
          refs: { zoneId: ["public"] },
        },
      ],
    ],
    nonCompliant: [[{ type: ZONE, name: "public", props: { name: "example.com" } }]],
  },
});
