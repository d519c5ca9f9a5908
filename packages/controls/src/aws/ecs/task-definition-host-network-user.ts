import { defineControl } from "../../model/control";
import { fail, failAll, pass } from "../../model/verdict";
import { containerDefinitions, containerLabel } from "../../shared/aws-ecs";
import { str } from "../../shared/text";

const ROOT_USERS = /^(root|0)(:.*)?$/i;

export const ecsTaskDefinitionHostNetworkUser = defineControl({
  id: "aws-ecs-task-definition-host-network-user",
  title: "ECS tasks in host network mode run containers as a non-root user",
  rationale:
    "In host network mode a container shares the instance's network stack; running it as root lets a compromised process bind privileged ports and reach the instance metadata service as the node.",
  severity: "high",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  frameworks: {
    "aws-fsbp": ["ECS.1"],
    "nist-800-53-r5": ["CM-6", "CM-7", "AC-6"],
    soc2: ["CC6.8"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: 'Use networkMode "awsvpc", or set user to a non-root user (e.g. "1000:1000") on every container of a host-network task.',
  enforcementLevel: "mandatory",
  tags: ["containers", "least-privilege"],
  check: (r) => {
    if (str(r.props.networkMode).toLowerCase() !== "host") return pass();
    const { containers, invalid } = containerDefinitions(r.props);
    if (invalid) return fail("containerDefinitions", `${invalid}; it must be a JSON array of container definitions`);
    return failAll(
      containers.flatMap((c, i) => {
        const user = str(c.user).trim();
        if (user !== "" && !ROOT_USERS.test(user)) return [];
        return [
          {
            property: `containerDefinitions[${i}].user`,
            message: `${containerLabel(c, i)} runs as ${user === "" ? "root (no user set)" : JSON.stringify(user)} in host network mode; set a non-root user`,
          },
        ];
      }),
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: { family: "web", networkMode: "awsvpc", containerDefinitions: '[{"name": "web", "image": "nginx:1.27"}]' },
        },
      ],
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: {
            family: "agent",
            networkMode: "host",
            containerDefinitions: '[{"name": "agent", "image": "agent:1", "user": "1000:1000"}]',
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: { family: "agent", networkMode: "host", containerDefinitions: '[{"name": "agent", "image": "agent:1"}]' },
        },
      ],
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: { family: "agent", networkMode: "host", containerDefinitions: '[{"name": "agent", "image": "agent:1", "user": "root"}]' },
        },
      ],
    ],
  },
});
