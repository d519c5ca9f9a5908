import { defineControl } from "../../model/control";
import { fail, failAll } from "../../model/verdict";
import { containerDefinitions, containerLabel } from "../../shared/aws-ecs";

export const ecsTaskDefinitionReadonlyRoot = defineControl({
  id: "aws-ecs-task-definition-readonly-root",
  title: "ECS containers have read-only root file systems",
  rationale:
    "A writable root file system lets an attacker who gains code execution drop tools and persist changes in the container; writable paths belong on declared volumes.",
  severity: "medium",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  frameworks: {
    "aws-fsbp": ["ECS.5"],
    "nist-800-53-r5": ["CM-6", "CM-7", "AC-6"],
    soc2: ["CC6.8"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: "Set readonlyRootFilesystem: true on every container definition and mount volumes for the paths that must be writable.",
  enforcementLevel: "advisory",
  tags: ["containers", "hardening"],
  check: (r) => {
    const { containers, invalid } = containerDefinitions(r.props);
    if (invalid) return fail("containerDefinitions", `${invalid}; it must be a JSON array of container definitions`);
    return failAll(
      containers.flatMap((c, i) =>
        c.readonlyRootFilesystem === true
          ? []
          : [
              {
                property: `containerDefinitions[${i}].readonlyRootFilesystem`,
                message: `${containerLabel(c, i)} does not set readonlyRootFilesystem: true`,
              },
            ],
      ),
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: {
            family: "web",
            containerDefinitions:
              '[{"name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true}, {"name": "log", "image": "fluent-bit:3", "readonlyRootFilesystem": true}]',
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: { family: "web", containerDefinitions: '[{"name": "web", "image": "nginx:1.27"}]' },
        },
      ],
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: {
            family: "web",
            containerDefinitions:
              '[{"name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true}, {"name": "sidecar", "image": "x", "readonlyRootFilesystem": false}]',
          },
        },
      ],
    ],
  },
});
