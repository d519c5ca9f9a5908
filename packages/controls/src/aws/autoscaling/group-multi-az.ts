import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

/**
 * Two or more zones named in availabilityZones, or two or more subnets in vpcZoneIdentifiers. Whether two
 * subnets lie in different zones is a property of the subnets, not of the group: the check trusts that
 * distinct subnets were chosen for distinct zones.
 */
export const autoscalingGroupMultiAz = defineControl({
  id: "aws-autoscaling-group-multi-az",
  title: "Auto Scaling groups span more than one Availability Zone",
  rationale: "A group confined to one zone goes down with that zone, and cannot rebalance capacity elsewhere.",
  severity: "medium",
  cloud: "aws",
  service: "autoscaling",
  resourceTypes: ["aws:autoscaling/group:Group"],
  frameworks: {
    "aws-fsbp": ["AutoScaling.2"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "List subnets in at least two Availability Zones in vpcZoneIdentifiers.",
  enforcementLevel: "advisory",
  tags: ["resilience", "compute"],
  check: (r) => {
    const subnets = new Set(listOf(r.props.vpcZoneIdentifiers));
    const zones = new Set(listOf(r.props.availabilityZones));
    if (subnets.size >= 2 || zones.size >= 2) return pass();
    return fail(
      subnets.size > 0 ? "vpcZoneIdentifiers" : "availabilityZones",
      `the group is placed in ${subnets.size > 0 ? "a single subnet" : zones.size === 1 ? "a single Availability Zone" : "no explicit zone (the default VPC's default subnet)"}; list subnets in two or more zones in vpcZoneIdentifiers`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:autoscaling/group:Group",
          props: { minSize: 2, maxSize: 4, vpcZoneIdentifiers: ["subnet-a", "subnet-b", "subnet-c"] },
        },
      ],
      [{ type: "aws:autoscaling/group:Group", props: { minSize: 2, maxSize: 4, availabilityZones: ["eu-west-1a", "eu-west-1b"] } }],
    ],
    nonCompliant: [
      [{ type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 2, vpcZoneIdentifiers: ["subnet-a"] } }],
      [{ type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 2, availabilityZones: ["eu-west-1a"] } }],
    ],
  },
});
