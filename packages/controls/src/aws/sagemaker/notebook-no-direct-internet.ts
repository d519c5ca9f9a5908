import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const sagemakerNotebookNoDirectInternet = defineControl({
  id: "aws-sagemaker-notebook-no-direct-internet",
  title: "SageMaker notebook instances have no direct internet access",
  rationale:
    'With directInternetAccess "Enabled" (the default) the notebook reaches the internet around the VPC\'s egress controls, so training data and credentials can leave unseen.',
  severity: "high",
  cloud: "aws",
  service: "sagemaker",
  resourceTypes: ["aws:sagemaker/notebookInstance:NotebookInstance"],
  frameworks: {
    "aws-fsbp": ["SageMaker.1"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.2", "1.4.4"],
  },
  remediation:
    'Set subnetId and securityGroups and directInternetAccess: "Disabled"; reach the internet, if needed, through the VPC\'s NAT and egress filtering.',
  enforcementLevel: "mandatory",
  tags: ["network", "ml"],
  check: (r) =>
    r.props.directInternetAccess === "Disabled"
      ? pass()
      : fail(
          "directInternetAccess",
          `directInternetAccess is ${JSON.stringify(r.props.directInternetAccess ?? "Enabled (default)")}; set it to "Disabled"`,
        ),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "DenySageMakerNotebookDirectInternet",
          Effect: "Deny",
          Action: "sagemaker:CreateNotebookInstance",
          Resource: "*",
          // Absent means "Enabled", so anything but an explicit "Disabled" is denied.
          Condition: { StringNotEquals: { "sagemaker:DirectInternetAccess": "Disabled" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "aws:sagemaker/notebookInstance:NotebookInstance",
          props: {
            instanceType: "ml.t3.medium",
            roleArn: "arn:aws:iam::1:role/nb",
            subnetId: "subnet-a",
            securityGroups: ["sg-1"],
            directInternetAccess: "Disabled",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:sagemaker/notebookInstance:NotebookInstance",
          props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::1:role/nb" },
        },
      ],
    ],
  },
});
