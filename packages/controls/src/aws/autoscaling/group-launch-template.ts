import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const autoscalingGroupLaunchTemplate = defineControl({
  id: "aws-autoscaling-group-launch-template",
  title: "Auto Scaling groups launch from launch templates, not launch configurations",
  rationale:
    "Launch configurations are deprecated: they cannot use current instance types, IMDSv2 defaults, versioning or mixed instances, so groups built on them drift from every newer hardening setting.",
  severity: "medium",
  cloud: "aws",
  service: "autoscaling",
  resourceTypes: ["aws:autoscaling/group:Group"],
  frameworks: {
    "aws-fsbp": ["AutoScaling.9"],
    "nist-800-53-r5": ["CM-2", "CM-6"],
    soc2: ["CC8.1"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation:
    "Replace launchConfiguration with launchTemplate: { id, version } (or mixedInstancesPolicy.launchTemplate) built from an aws.ec2.LaunchTemplate.",
  enforcementLevel: "advisory",
  tags: ["compute", "configuration"],
  check: (r) => {
    const lc = r.props.launchConfiguration;
    return typeof lc === "string" && lc.trim() !== ""
      ? fail("launchConfiguration", "the group launches from a launch configuration; use an aws.ec2.LaunchTemplate in launchTemplate")
      : pass();
  },
  examples: {
    compliant: [
      [{ type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 2, launchTemplate: { id: "lt-123", version: "$Latest" } } }],
    ],
    nonCompliant: [[{ type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 2, launchConfiguration: "web-lc-2019" } }]],
  },
});
