import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf, objectsOf } from "../../shared/network";

/** Several instance types (mixedInstancesPolicy overrides, or attribute-based instanceRequirements) and several zones. */
export const autoscalingGroupMultipleInstanceTypes = defineControl({
  id: "aws-autoscaling-group-multiple-instance-types",
  title: "Auto Scaling groups use several instance types across zones",
  rationale:
    "A group bound to one instance type cannot launch when that type runs out of capacity in a zone, which is when it most needs to scale.",
  severity: "low",
  cloud: "aws",
  service: "autoscaling",
  resourceTypes: ["aws:autoscaling/group:Group"],
  frameworks: {
    "aws-fsbp": ["AutoScaling.6"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation:
    "Use mixedInstancesPolicy.launchTemplate.overrides with two or more instance types (or instanceRequirements), and subnets in two or more zones.",
  enforcementLevel: "advisory",
  tags: ["resilience", "compute"],
  check: (r) => {
    const overrides = objectsOf(r.props.mixedInstancesPolicy?.launchTemplate?.overrides);
    const types = new Set(overrides.map((o) => o.instanceType).filter((t) => typeof t === "string"));
    const flexible = types.size >= 2 || overrides.some((o) => o.instanceRequirements);
    if (!flexible) {
      return fail(
        "mixedInstancesPolicy.launchTemplate.overrides",
        "the group launches a single instance type; list two or more in mixedInstancesPolicy.launchTemplate.overrides",
      );
    }
    const zones = new Set(listOf(r.props.vpcZoneIdentifiers)).size + new Set(listOf(r.props.availabilityZones)).size;
    return zones >= 2
      ? pass()
      : fail("vpcZoneIdentifiers", "the group uses several instance types but a single zone; list subnets in two or more zones");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:autoscaling/group:Group",
          props: {
            minSize: 2,
            maxSize: 6,
            vpcZoneIdentifiers: ["subnet-a", "subnet-b"],
            mixedInstancesPolicy: {
              launchTemplate: {
                launchTemplateSpecification: { launchTemplateId: "lt-1" },
                overrides: [{ instanceType: "m6i.large" }, { instanceType: "m7i.large" }],
              },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:autoscaling/group:Group",
          props: { minSize: 2, maxSize: 6, vpcZoneIdentifiers: ["subnet-a", "subnet-b"], launchTemplate: { id: "lt-1" } },
        },
      ],
      [
        {
          type: "aws:autoscaling/group:Group",
          props: {
            minSize: 2,
            maxSize: 6,
            vpcZoneIdentifiers: ["subnet-a"],
            mixedInstancesPolicy: {
              launchTemplate: {
                launchTemplateSpecification: { launchTemplateId: "lt-1" },
                overrides: [{ instanceType: "m6i.large" }, { instanceType: "m7i.large" }],
              },
            },
          },
        },
      ],
    ],
  },
});
