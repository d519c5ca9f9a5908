import { defineControl } from "../../model/control";
import { fail, failAll } from "../../model/verdict";
import { containerDefinitions, containerLabel } from "../../shared/aws-ecs";
import { str } from "../../shared/text";

export const ecsTaskDefinitionLogging = defineControl({
  id: "aws-ecs-task-definition-logging",
  title: "ECS containers have a logging configuration",
  rationale:
    "Without a log driver a container's output is lost when the task stops, and with it the evidence of what ran and what went wrong.",
  severity: "medium",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  frameworks: {
    "aws-fsbp": ["ECS.9"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Give every container definition a logConfiguration, e.g. { logDriver: "awslogs", options: { "awslogs-group": ..., "awslogs-region": ..., "awslogs-stream-prefix": ... } }.',
  enforcementLevel: "advisory",
  tags: ["logging", "containers"],
  check: (r) => {
    const { containers, invalid } = containerDefinitions(r.props);
    if (invalid) return fail("containerDefinitions", `${invalid}; it must be a JSON array of container definitions`);
    return failAll(
      containers.flatMap((c, i) =>
        str(c.logConfiguration?.logDriver) !== ""
          ? []
          : [
              {
                property: `containerDefinitions[${i}].logConfiguration`,
                message: `${containerLabel(c, i)} has no logConfiguration.logDriver; send its output to CloudWatch Logs (awslogs) or FireLens`,
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
              '[{"name": "web", "image": "nginx:1.27", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web"}}}]',
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
    ],
  },
});
