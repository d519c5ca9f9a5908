import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

/**
 * IMDSv1 answers any GET from the instance, so an SSRF bug in an app leaks the instance role's
 * credentials. Launch templates carry the same setting for Auto Scaling groups. When httpTokens is unset
 * the effective value depends on the AMI and the account defaults, so the verdict is "cannot be
 * evaluated" (reported as advisory), not a failure.
 */
export const ec2InstanceImdsv2 = defineControl({
  id: "aws-ec2-instance-imdsv2",
  title: "EC2 instances require IMDSv2",
  rationale:
    "With IMDSv1 a server-side request forgery in any process on the instance can read the instance role's credentials; IMDSv2 session tokens stop that.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate"],
  frameworks: {
    "cis-aws-7.0": ["6.7"],
    "cis-aws-3.0": ["5.6"],
    "aws-fsbp": ["EC2.8"],
    "nist-800-53-r5": ["AC-3", "AC-6", "SC-7"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: 'Set metadataOptions: { httpTokens: "required" } (or httpEndpoint: "disabled" when the instance needs no metadata).',
  enforcementLevel: "mandatory",
  tags: ["credentials", "compute"],
  check: (r) => {
    const opts = r.props.metadataOptions;
    if (opts?.httpEndpoint === "disabled") return pass();
    if (opts?.httpTokens === "required") return pass();
    if (opts?.httpTokens === undefined || opts?.httpTokens === null) {
      // Unset, EC2 takes the AMI's ImdsSupport (v2.0 on Amazon Linux 2023 and recent Windows AMIs) or the
      // account's instance-metadata defaults; neither is in the program's inputs.
      return cannotEvaluate(
        "metadataOptions.httpTokens",
        'metadataOptions.httpTokens is not set, so the default comes from the AMI (ImdsSupport) and the account\'s instance-metadata defaults, which preview cannot see; set it to "required" to make the setting explicit',
      );
    }
    return fail("metadataOptions.httpTokens", `metadataOptions.httpTokens is ${JSON.stringify(opts.httpTokens)}; set it to "required"`);
  },
  remediate: (r) => {
    const opts = r.props.metadataOptions ?? {};
    if (opts.httpTokens === "required" || opts.httpEndpoint === "disabled") return undefined;
    return { ...r.props, metadataOptions: { ...opts, httpTokens: "required" } };
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "RequireImdsV2OnLaunch",
          Effect: "Deny",
          Action: "ec2:RunInstances",
          Resource: "arn:aws:ec2:*:*:instance/*",
          Condition: { StringNotEquals: { "ec2:MetadataHttpTokens": "required" } },
        },
        {
          Sid: "DenyImdsV1Downgrade",
          Effect: "Deny",
          Action: "ec2:ModifyInstanceMetadataOptions",
          Resource: "*",
          Condition: { StringNotEquals: { "ec2:MetadataHttpTokens": "required" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: "aws:ec2/instance:Instance", props: { ami: "ami-123", metadataOptions: { httpTokens: "required" } } }],
      [{ type: "aws:ec2/launchTemplate:LaunchTemplate", props: { metadataOptions: { httpEndpoint: "disabled" } } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2/instance:Instance",
          props: { ami: "ami-123", metadataOptions: { httpTokens: "optional", httpEndpoint: "enabled" } },
        },
      ],
      [{ type: "aws:ec2/launchTemplate:LaunchTemplate", props: { metadataOptions: { httpTokens: "optional" } } }],
    ],
  },
});
