import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const sagemakerNotebookInVpc = defineControl({
  id: "aws-sagemaker-notebook-in-vpc",
  title: "SageMaker notebook instances run in a VPC subnet",
  rationale:
    "A notebook without a subnet runs in the SageMaker service network, outside the VPC's security groups, flow logs, endpoints and egress controls.",
  severity: "medium",
  cloud: "aws",
  service: "sagemaker",
  resourceTypes: ["aws:sagemaker/notebookInstance:NotebookInstance"],
  frameworks: {
    "aws-fsbp": ["SageMaker.2"],
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.22"],
    "pci-dss-4.0": ["1.3.1"],
  },
  remediation: "Set subnetId (a private subnet) and securityGroups.",
  enforcementLevel: "advisory",
  tags: ["network", "ml"],
  check: (r) => {
    const subnet = r.props.subnetId;
    return typeof subnet === "string" && subnet.trim() !== ""
      ? pass()
      : fail("subnetId", "subnetId is not set; launch the notebook in a private VPC subnet");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:sagemaker/notebookInstance:NotebookInstance",
          props: { instanceType: "ml.t3.medium", roleArn: "r", subnetId: "subnet-a", securityGroups: ["sg-1"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:sagemaker/notebookInstance:NotebookInstance", props: { instanceType: "ml.t3.medium", roleArn: "r" } }]],
  },
});
