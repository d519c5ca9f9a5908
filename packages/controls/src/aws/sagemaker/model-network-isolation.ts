import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const sagemakerModelNetworkIsolation = defineControl({
  id: "aws-sagemaker-model-network-isolation",
  title: "SageMaker models run with network isolation",
  rationale:
    "Without network isolation the model container can make outbound calls, so a malicious or compromised model image can exfiltrate inference inputs.",
  severity: "medium",
  cloud: "aws",
  service: "sagemaker",
  resourceTypes: ["aws:sagemaker/model:Model"],
  frameworks: {
    "aws-fsbp": ["SageMaker.5"],
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.22"],
  },
  remediation: "Set enableNetworkIsolation: true (the model then loads artefacts only through SageMaker).",
  enforcementLevel: "advisory",
  tags: ["network", "ml"],
  check: (r) =>
    r.props.enableNetworkIsolation === true ? pass() : fail("enableNetworkIsolation", "enableNetworkIsolation is not true; set it to true"),
  examples: {
    compliant: [
      [
        {
          type: "aws:sagemaker/model:Model",
          props: {
            executionRoleArn: "r",
            enableNetworkIsolation: true,
            primaryContainer: { image: "123.dkr.ecr.eu-west-1.amazonaws.com/m:1" },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:sagemaker/model:Model",
          props: { executionRoleArn: "r", primaryContainer: { image: "123.dkr.ecr.eu-west-1.amazonaws.com/m:1" } },
        },
      ],
    ],
  },
});
