import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const ecsTaskDefinitionNoHostPid = defineControl({
  id: "aws-ecs-task-definition-no-host-pid",
  title: "ECS task definitions do not share the host's process namespace",
  rationale:
    'With pidMode "host" the containers see and can signal every process on the instance, including the ECS agent and other tasks.',
  severity: "high",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  frameworks: {
    "aws-fsbp": ["ECS.3"],
    "nist-800-53-r5": ["CM-6", "CM-7", "AC-6"],
    soc2: ["CC6.8"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: 'Remove pidMode: "host" (use "task" to share a namespace between the task\'s own containers).',
  enforcementLevel: "mandatory",
  tags: ["containers", "isolation"],
  check: (r) => (str(r.props.pidMode).toLowerCase() === "host" ? fail("pidMode", 'pidMode is "host"; remove it or use "task"') : pass()),
  examples: {
    compliant: [
      [{ type: "aws:ecs/taskDefinition:TaskDefinition", props: { family: "web", containerDefinitions: "[]", pidMode: "task" } }],
      [{ type: "aws:ecs/taskDefinition:TaskDefinition", props: { family: "web", containerDefinitions: "[]" } }],
    ],
    nonCompliant: [
      [{ type: "aws:ecs/taskDefinition:TaskDefinition", props: { family: "debug", containerDefinitions: "[]", pidMode: "host" } }],
    ],
  },
});
