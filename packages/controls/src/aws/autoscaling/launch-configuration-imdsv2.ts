import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

/**
 * Launch configurations (launch templates are covered by aws-ec2-instance-imdsv2). When httpTokens is
 * not set the instance gets the AMI's default: "required" for AMIs registered with ImdsSupport v2.0
 * (Amazon Linux 2023 among them), "optional" for the rest. The AMI is not in the inputs, so unset
 * cannot be decided at preview.
 */
export const autoscalingLaunchConfigurationImdsv2 = defineControl({
  id: "aws-autoscaling-launch-configuration-imdsv2",
  title: "Auto Scaling launch configurations require IMDSv2",
  rationale:
    "Every instance a group launches inherits the configuration's metadata options; with IMDSv1 an SSRF bug in any of them reads the instance role's credentials.",
  severity: "high",
  cloud: "aws",
  service: "autoscaling",
  resourceTypes: ["aws:ec2/launchConfiguration:LaunchConfiguration"],
  frameworks: {
    "aws-fsbp": ["AutoScaling.3"],
    "cis-aws-7.0": ["6.7"],
    "cis-aws-3.0": ["5.6"],
    "nist-800-53-r5": ["AC-3", "AC-6", "SC-7"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: 'Set metadataOptions: { httpTokens: "required" } (better: move the group to a launch template).',
  enforcementLevel: "mandatory",
  tags: ["credentials", "compute"],
  check: (r) => {
    const opts = r.props.metadataOptions;
    if (opts?.httpEndpoint === "disabled" || opts?.httpTokens === "required") return pass();
    if (opts?.httpTokens === undefined || opts?.httpTokens === null) {
      return cannotEvaluate(
        "metadataOptions.httpTokens",
        `metadataOptions.httpTokens is not set, so it follows AMI ${JSON.stringify(r.props.imageId)}'s ImdsSupport; set it to "required" to decide it here`,
      );
    }
    return fail("metadataOptions.httpTokens", `metadataOptions.httpTokens is ${JSON.stringify(opts.httpTokens)}; set it to "required"`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/launchConfiguration:LaunchConfiguration",
          props: { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2/launchConfiguration:LaunchConfiguration",
          props: { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } },
        },
      ],
    ],
  },
});
