import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const IMMUTABLE = ["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"];

export const ecrRepositoryTagImmutability = defineControl({
  id: "aws-ecr-repository-tag-immutability",
  title: "ECR repositories have immutable image tags",
  rationale:
    "With mutable tags anyone able to push can replace the image behind a deployed tag, so what runs is no longer what was reviewed and scanned.",
  severity: "low",
  cloud: "aws",
  service: "ecr",
  resourceTypes: ["aws:ecr/repository:Repository"],
  frameworks: {
    "aws-fsbp": ["ECR.2"],
    "nist-800-53-r5": ["CM-2", "SI-7(1)", "CM-3(a)"],
    soc2: ["CC8.1"],
    "iso27001-2022": ["A.8.32", "A.8.9"],
    "pci-dss-4.0": ["6.5.6"],
  },
  remediation: 'Set imageTagMutability: "IMMUTABLE" and deploy by digest or by unique tags.',
  enforcementLevel: "advisory",
  tags: ["supply-chain", "containers"],
  check: (r) =>
    typeof r.props.imageTagMutability === "string" && IMMUTABLE.includes(r.props.imageTagMutability)
      ? pass()
      : fail(
          "imageTagMutability",
          `imageTagMutability is ${JSON.stringify(r.props.imageTagMutability ?? "MUTABLE")}; set it to "IMMUTABLE"`,
        ),
  examples: {
    compliant: [[{ type: "aws:ecr/repository:Repository", props: { name: "app", imageTagMutability: "IMMUTABLE" } }]],
    nonCompliant: [[{ type: "aws:ecr/repository:Repository", props: { name: "app", imageTagMutability: "MUTABLE" } }]],
  },
});
