import { defineControl } from "../../model/control";
import type { IamStatement } from "../../model/preventive";
import { fail, pass } from "../../model/verdict";

export const sagemakerNotebookNoRootAccess = defineControl({
  id: "aws-sagemaker-notebook-no-root-access",
  title: "SageMaker notebook instances deny users root access",
  rationale:
    'With rootAccess "Enabled" (the default) every notebook user can change the instance: disable its controls, install anything, and read other users\' files.',
  severity: "medium",
  cloud: "aws",
  service: "sagemaker",
  resourceTypes: ["aws:sagemaker/notebookInstance:NotebookInstance"],
  frameworks: {
    "aws-fsbp": ["SageMaker.3"],
    "nist-800-53-r5": ["AC-6", "AC-6(2)", "CM-7"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
  },
  remediation: 'Set rootAccess: "Disabled" (lifecycle configurations still run as root).',
  enforcementLevel: "advisory",
  tags: ["least-privilege", "ml"],
  check: (r) =>
    r.props.rootAccess === "Disabled"
      ? pass()
      : fail("rootAccess", `rootAccess is ${JSON.stringify(r.props.rootAccess ?? "Enabled (default)")}; set it to "Disabled"`),
  preventive: [
    {
      kind: "aws-scp",
      statements: (): IamStatement[] => [
        {
          Sid: "DenySageMakerNotebookRootAccess",
          Effect: "Deny",
          Action: "sagemaker:CreateNotebookInstance",
          Resource: "*",
          Condition: { StringNotEquals: { "sagemaker:RootAccess": "Disabled" } },
        },
        {
          Sid: "DenySageMakerNotebookRootAccessUpdate",
          Effect: "Deny",
          Action: "sagemaker:UpdateNotebookInstance",
          Resource: "*",
          Condition: { StringEquals: { "sagemaker:RootAccess": "Enabled" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "aws:sagemaker/notebookInstance:NotebookInstance",
          props: { instanceType: "ml.t3.medium", roleArn: "r", rootAccess: "Disabled" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:sagemaker/notebookInstance:NotebookInstance", props: { instanceType: "ml.t3.medium", roleArn: "r" } }],
      [
        {
          type: "aws:sagemaker/notebookInstance:NotebookInstance",
          props: { instanceType: "ml.t3.medium", roleArn: "r", rootAccess: "Enabled" },
        },
      ],
    ],
  },
});
