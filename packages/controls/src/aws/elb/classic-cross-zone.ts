import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const elbClassicCrossZone = defineControl({
  id: "aws-elb-classic-cross-zone",
  title: "Classic Load Balancers balance across zones",
  rationale:
    "Without cross-zone load balancing, an uneven number of instances per zone overloads the smaller zone and a zone with no healthy instance drops its share of traffic.",
  severity: "low",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:elb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.9"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "Remove crossZoneLoadBalancing: false (the default is true).",
  enforcementLevel: "advisory",
  tags: ["resilience", "load-balancing"],
  check: (r) =>
    r.props.crossZoneLoadBalancing === false
      ? fail("crossZoneLoadBalancing", "crossZoneLoadBalancing is false; remove it or set it to true")
      : pass(),
  examples: {
    compliant: [[{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [] } }]],
    nonCompliant: [[{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], crossZoneLoadBalancing: false } }]],
  },
});
