import { defineControl } from "../../model/control";
import { fail, failAll } from "../../model/verdict";
import { containerDefinitions, containerLabel } from "../../shared/aws-ecs";

export const ecsTaskDefinitionNotPrivileged = defineControl({
  id: "aws-ecs-task-definition-not-privileged",
  title: "ECS containers do not run privileged",
  rationale:
    "A privileged container has root on the host: every device, every other container's data and the instance role's credentials; one exploited process owns the node.",
  severity: "high",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  frameworks: {
    "aws-fsbp": ["ECS.4"],
    "nist-800-53-r5": ["CM-6", "CM-7", "AC-6"],
    soc2: ["CC6.8"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation:
    "Remove privileged: true from the container definitions; grant only the Linux capabilities the container needs (linuxParameters.capabilities.add).",
  enforcementLevel: "mandatory",
  tags: ["containers", "least-privilege"],
  check: (r) => {
    const { containers, invalid } = containerDefinitions(r.props);
    if (invalid) return fail("containerDefinitions", `${invalid}; it must be a JSON array of container definitions`);
    return failAll(
      containers.flatMap((c, i) =>
        c.privileged !== true
          ? []
          : [
              {
                property: `containerDefinitions[${i}].privileged`,
                message: `${containerLabel(c, i)} sets privileged: true; remove it and add only the capabilities needed`,
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
            containerDefinitions: '[{"name": "web", "image": "nginx:1.27", "privileged": false, "readonlyRootFilesystem": true}]',
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: { family: "agent", containerDefinitions: '[{"name": "agent", "image": "agent:1", "privileged": true}]' },
        },
      ],
    ],
  },
});
