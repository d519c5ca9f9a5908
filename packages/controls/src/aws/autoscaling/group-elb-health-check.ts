import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { listOf, objectsOf } from "../../shared/network";

/** Traffic sources that are load balancers (VPC Lattice target groups have their own health checks). */
const LB_SOURCE_TYPES = ["elb", "elbv2"];

export const autoscalingGroupElbHealthCheck = defineControl({
  id: "aws-autoscaling-group-elb-health-check",
  title: "Auto Scaling groups behind a load balancer use its health checks",
  rationale:
    'With healthCheckType "EC2" (the default) a group keeps instances the load balancer has stopped sending traffic to, so a failed application stays failed.',
  severity: "low",
  cloud: "aws",
  service: "autoscaling",
  resourceTypes: ["aws:autoscaling/group:Group"],
  frameworks: {
    "aws-fsbp": ["AutoScaling.1"],
    "nist-800-53-r5": ["CP-10", "SC-5"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: 'Set healthCheckType: "ELB" and a healthCheckGracePeriod long enough for the instance to start.',
  enforcementLevel: "advisory",
  tags: ["resilience", "compute"],
  check: (r) => {
    const behindLb =
      listOf(r.props.loadBalancers).length > 0 ||
      listOf(r.props.targetGroupArns).length > 0 ||
      objectsOf(r.props.trafficSources).some((s) => LB_SOURCE_TYPES.includes(s.type ?? "elbv2"));
    if (!behindLb) return notApplicable("the group is not attached to a load balancer in its own properties");
    return r.props.healthCheckType === "ELB"
      ? pass()
      : fail("healthCheckType", `healthCheckType is ${JSON.stringify(r.props.healthCheckType ?? "EC2 (default)")}; set it to "ELB"`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:autoscaling/group:Group",
          props: {
            minSize: 2,
            maxSize: 4,
            targetGroupArns: ["arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/web/1"],
            healthCheckType: "ELB",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:autoscaling/group:Group",
          props: { minSize: 2, maxSize: 4, targetGroupArns: ["arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/web/1"] },
        },
      ],
      [{ type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 2, loadBalancers: ["classic-web"], healthCheckType: "EC2" } }],
    ],
  },
});
