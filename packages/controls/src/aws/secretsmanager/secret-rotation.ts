import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass, type Verdict } from "../../model/verdict";
import { num } from "../../shared/text";

const ROTATION_TYPES = ["aws:secretsmanager/secretRotation:SecretRotation"];
const DEFAULT_MAX_DAYS = 90;

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
function decide(rotation: { name: string; props: Record<string, any> }, maxDays: number): Verdict {
  if (rotation.props.rotationEnabled === false) return fail("rotationEnabled", `${rotation.name}.rotationEnabled is false; set it to true`);
  const rules = rotation.props.rotationRules;
  const days = rules?.automaticallyAfterDays;
  if (days !== undefined && days !== null) {
    return num(days) <= maxDays
      ? pass()
      : fail(
          "rotationRules.automaticallyAfterDays",
          `${rotation.name}.rotationRules.automaticallyAfterDays is ${days}; rotate at least every ${maxDays} days`,
        );
  }
  const schedule = rules?.scheduleExpression;
  if (typeof schedule === "string" && schedule.trim() !== "") return pass();
  return fail(
    "rotationRules",
    `${rotation.name}.rotationRules sets no schedule; set automaticallyAfterDays (≤ ${maxDays}) or scheduleExpression`,
  );
}

/**
 * A secret is rotated when an aws.secretsmanager.SecretRotation's secretId refers to it (the secret's ARN,
 * which is also its id; unknown at preview, so linked through propertyDependencies).
 */
export const secretsmanagerSecretRotation = defineControl({
  id: "aws-secretsmanager-secret-rotation",
  title: "Secrets Manager secrets rotate automatically",
  rationale:
    "A secret that never rotates stays valid for as long as anyone who ever saw it — a former employee, a log, a backup — keeps a copy.",
  severity: "medium",
  cloud: "aws",
  service: "secretsmanager",
  resourceTypes: ["aws:secretsmanager/secret:Secret"],
  frameworks: {
    "aws-fsbp": ["SecretsManager.1", "SecretsManager.4"],
    "nist-800-53-r5": ["IA-5", "IA-5(1)(f)", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    "pci-dss-4.0": ["8.3.9", "8.6.3"],
  },
  remediation:
    "Add an aws.secretsmanager.SecretRotation with secretId: secret.id, a rotation Lambda (rotationLambdaArn) and rotationRules: { automaticallyAfterDays: 30 }.",
  enforcementLevel: "advisory",
  tags: ["secrets", "credentials"],
  configSchema: {
    maximumDays: {
      type: "integer",
      minimum: 1,
      maximum: 1000,
      default: DEFAULT_MAX_DAYS,
      description: "Longest accepted rotation interval, in days.",
    },
  },
  correlatedCheck: (secret, stack, ctx) => {
    const n = num(ctx.settings.maximumDays);
    const maxDays = Number.isFinite(n) && n >= 1 ? n : DEFAULT_MAX_DAYS;
    const { found, undecided } = stack.referencingOrUnknown(secret, ROTATION_TYPES, "secretId", ["id", "arn", "name"]);
    if (found.length > 0) return decide(found[0], maxDays);
    if (undecided.length > 0) return cannotEvaluate("secretId", `${undecided[0].name}.secretId is unknown and may refer to this secret`);
    return fail("SecretRotation", `secret ${secret.name} has no aws.secretsmanager.SecretRotation; add one`);
  },
  examples: {
    compliant: [
      [
        { type: "aws:secretsmanager/secret:Secret", name: "db", props: { description: "db password" } },
        {
          type: "aws:secretsmanager/secretRotation:SecretRotation",
          name: "db-rotation",
          props: { secretId: UNKNOWN, rotationLambdaArn: UNKNOWN, rotationRules: { automaticallyAfterDays: 30 } },
          refs: { secretId: ["db"] },
        },
      ],
      [
        {
          type: "aws:secretsmanager/secret:Secret",
          name: "api",
          props: {
            id: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api-AbCdEf",
            arn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api-AbCdEf",
          },
        },
        {
          type: "aws:secretsmanager/secretRotation:SecretRotation",
          name: "api-rotation",
          props: {
            secretId: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api-AbCdEf",
            rotationRules: { scheduleExpression: "rate(30 days)" },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:secretsmanager/secret:Secret", name: "static", props: { description: "never rotated" } }],
      [
        { type: "aws:secretsmanager/secret:Secret", name: "slow", props: {} },
        {
          type: "aws:secretsmanager/secretRotation:SecretRotation",
          name: "slow-rotation",
          props: { secretId: UNKNOWN, rotationRules: { automaticallyAfterDays: 365 } },
          refs: { secretId: ["slow"] },
        },
      ],
    ],
  },
});
