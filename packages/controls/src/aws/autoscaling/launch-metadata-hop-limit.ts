import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { num } from "../../shared/text";

const TYPES = { config: "aws:ec2/launchConfiguration:LaunchConfiguration", template: "aws:ec2/launchTemplate:LaunchTemplate" };

/**
 * A hop limit above 1 lets metadata responses cross a network hop, so containers on bridge networks (and
 * anything the instance forwards for) can fetch the role's credentials. Unset, the limit is 1, except
 * that AMIs registered with ImdsSupport v2.0 default it to 2: the AMI is not in the inputs, so unset is
 * decided only where IMDS is off.
 */
export const autoscalingLaunchMetadataHopLimit = defineControl({
  id: "aws-autoscaling-launch-metadata-hop-limit",
  title: "Launch configurations and templates keep the metadata hop limit at 1",
  rationale:
    "With a hop limit above 1, any container or forwarded process on the instance can reach IMDS and read the instance role's credentials.",
  severity: "medium",
  cloud: "aws",
  service: "autoscaling",
  resourceTypes: [TYPES.config, TYPES.template],
  frameworks: {
    "aws-fsbp": ["AutoScaling.4"],
    "nist-800-53-r5": ["AC-3", "AC-6", "SC-7"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: "Set metadataOptions.httpPutResponseHopLimit: 1 (containers that need credentials should use task or pod roles).",
  enforcementLevel: "advisory",
  tags: ["credentials", "compute"],
  check: (r) => {
    const opts = r.props.metadataOptions;
    if (opts?.httpEndpoint === "disabled") return pass();
    const limit = opts?.httpPutResponseHopLimit;
    if (limit === undefined || limit === null) {
      return cannotEvaluate(
        "metadataOptions.httpPutResponseHopLimit",
        "metadataOptions.httpPutResponseHopLimit is not set: 1 by default, 2 for AMIs registered with ImdsSupport v2.0; set it to 1 to decide it here",
      );
    }
    return num(limit) <= 1
      ? pass()
      : fail("metadataOptions.httpPutResponseHopLimit", `metadataOptions.httpPutResponseHopLimit is ${limit}; set it to 1`);
  },
  examples: {
    compliant: [
      [
        {
          type: TYPES.config,
          props: { imageId: "ami-1", instanceType: "t3.micro", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 } },
        },
      ],
      [{ type: TYPES.template, props: { metadataOptions: { httpEndpoint: "disabled" } } }],
    ],
    nonCompliant: [
      [{ type: TYPES.template, props: { metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 3 } } }],
      [{ type: TYPES.config, props: { imageId: "ami-1", instanceType: "t3.micro", metadataOptions: { httpPutResponseHopLimit: 2 } } }],
    ],
  },
});
