import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

const LIFECYCLE_TYPES = ["aws:ecr/lifecyclePolicy:LifecyclePolicy"];

export const ecrRepositoryLifecyclePolicy = defineControl({
  id: "aws-ecr-repository-lifecycle-policy",
  title: "ECR repositories have a lifecycle policy",
  rationale:
    "Without a lifecycle policy old images pile up forever, and with them the vulnerable packages they contain stay pullable and deployable.",
  severity: "low",
  cloud: "aws",
  service: "ecr",
  resourceTypes: ["aws:ecr/repository:Repository"],
  frameworks: {
    "aws-fsbp": ["ECR.3"],
    "nist-800-53-r5": ["CM-2", "SI-12", "CM-8(a)"],
    "iso27001-2022": ["A.8.9", "A.8.10"],
  },
  remediation: "Add an aws.ecr.LifecyclePolicy for the repository that expires untagged images and keeps a bounded number of tagged ones.",
  enforcementLevel: "advisory",
  tags: ["containers", "hygiene"],
  correlatedCheck: (repo, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(repo, LIFECYCLE_TYPES, "repository", ["name", "id"]);
    if (found.length > 0) return pass();
    if (undecided.length > 0)
      return cannotEvaluate("repository", `${undecided[0].name}.repository is unknown and may refer to this repository`);
    return fail("LifecyclePolicy", `repository ${str(repo.props.name) || repo.name} has no aws.ecr.LifecyclePolicy; add one`);
  },
  examples: {
    compliant: [
      [
        { type: "aws:ecr/repository:Repository", props: { imageTagMutability: "IMMUTABLE" }, name: "app" },
        {
          type: "aws:ecr/lifecyclePolicy:LifecyclePolicy",
          props: {
            repository: "app-1a2b3c",
            policy:
              '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}',
          },
          name: "app-lifecycle",
          refs: { repository: ["app"] },
        },
      ],
      [
        { type: "aws:ecr/repository:Repository", props: { name: "web" }, name: "web" },
        { type: "aws:ecr/lifecyclePolicy:LifecyclePolicy", props: { repository: "web", policy: "{}" }, name: "web-lifecycle" },
      ],
    ],
    nonCompliant: [[{ type: "aws:ecr/repository:Repository", props: { imageTagMutability: "IMMUTABLE" }, name: "app" }]],
  },
});
