import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

/**
 * Subnet count stands for zone count: two subnets of one zone pass here (the subnets' zones are not in the
 * load balancer's inputs), which docs/aws.md lists as a limit.
 */
export const elbMultiAz = defineControl({
  id: "aws-elb-multi-az",
  title: "Load balancers span at least two Availability Zones",
  rationale: "A load balancer in one zone goes down with the zone, taking every target behind it offline.",
  severity: "medium",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer", "aws:elb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.13", "ELB.10"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "Give the load balancer subnets (or subnetMappings / availabilityZones) in at least two Availability Zones.",
  enforcementLevel: "advisory",
  tags: ["resilience", "load-balancing"],
  check: (r) => {
    const places =
      r.type === "aws:elb/loadBalancer:LoadBalancer"
        ? Math.max(listOf(r.props.availabilityZones).length, listOf(r.props.subnets).length)
        : Math.max(listOf(r.props.subnets).length, listOf(r.props.subnetMappings).length);
    if (places >= 2) return pass();
    return fail(
      r.type === "aws:elb/loadBalancer:LoadBalancer" ? "subnets" : "subnets",
      `the load balancer is placed in ${places} subnet(s) or zone(s); use at least two Availability Zones`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { subnets: ["subnet-a", "subnet-b"] } }],
      [{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], availabilityZones: ["eu-west-1a", "eu-west-1b"] } }],
      [
        {
          type: "aws:lb/loadBalancer:LoadBalancer",
          props: { loadBalancerType: "network", subnetMappings: [{ subnetId: "subnet-a" }, { subnetId: "subnet-b" }] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { loadBalancerType: "network", subnets: ["subnet-a"] } }],
      [{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], availabilityZones: ["eu-west-1a"] } }],
    ],
  },
});
