import { defineControl } from "../../model/control";
import { fail, failAll, type Violation } from "../../model/verdict";
import { containerDefinitions, containerLabel } from "../../shared/aws-ecs";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

/** The names FSBP ECS.8 looks for. */
const FSBP_NAMES = new Set(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA"]);
/** Names that say the value is a credential (a reference such as DB_PASSWORD_ARN is not). */
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)$/i;

export const ecsTaskDefinitionNoSecretsInEnvironment = defineControl({
  id: "aws-ecs-task-definition-no-secrets-in-environment",
  title: "ECS containers do not take credentials from plain environment variables",
  rationale:
    "Environment variables of a task definition are readable by anyone with ecs:DescribeTaskDefinition and land in every revision, forever; credentials belong in Secrets Manager or SSM Parameter Store, referenced through `secrets`.",
  severity: "high",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  frameworks: {
    "aws-fsbp": ["ECS.8"],
    "nist-800-53-r5": ["IA-5(1)(c)", "SC-28", "AC-3"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    "pci-dss-4.0": ["8.3.2", "3.5.1"],
  },
  remediation:
    "Move the value to Secrets Manager or SSM Parameter Store and reference it under the container's secrets: [{ name, valueFrom }].",
  enforcementLevel: "mandatory",
  tags: ["secrets", "containers"],
  check: (r) => {
    const { containers, invalid } = containerDefinitions(r.props);
    if (invalid) return fail("containerDefinitions", `${invalid}; it must be a JSON array of container definitions`);
    const violations: Violation[] = [];
    containers.forEach((c, i) => {
      objectsOf(c.environment).forEach((env, j) => {
        const name = str(env.name);
        // Only names are reported: the value may be the secret itself.
        if (FSBP_NAMES.has(name.toUpperCase()) || (SECRET_NAME.test(name) && str(env.value).trim() !== "")) {
          violations.push({
            property: `containerDefinitions[${i}].environment[${j}]`,
            message: `${containerLabel(c, i)} sets ${name} in plain environment; reference it from Secrets Manager or SSM under secrets`,
          });
        }
      });
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: {
            family: "api",
            containerDefinitions:
              '[{"name": "api", "image": "api:1", "environment": [{"name": "LOG_LEVEL", "value": "info"}, {"name": "DB_PASSWORD_SECRET_ARN", "value": ""}], "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"}]}]',
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: {
            family: "api",
            containerDefinitions:
              '[{"name": "api", "image": "api:1", "environment": [{"name": "AWS_SECRET_ACCESS_KEY", "value": "not-a-real-key"}]}]',
          },
        },
      ],
      [
        {
          type: "aws:ecs/taskDefinition:TaskDefinition",
          props: {
            family: "api",
            containerDefinitions: '[{"name": "api", "image": "api:1", "environment": [{"name": "DB_PASSWORD", "value": "hunter2"}]}]',
          },
        },
      ],
    ],
  },
});
