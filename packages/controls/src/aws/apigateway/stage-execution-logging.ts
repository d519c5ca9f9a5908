import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

const METHOD_SETTINGS_TYPES = ["aws:apigateway/methodSettings:MethodSettings"];
const LOGGING_LEVELS = new Set(["ERROR", "INFO"]);

/**
 * FSBP APIGateway.1: execution logging at ERROR or INFO for every method of a REST stage. In @pulumi/aws it
 * is not a stage property but an aws.apigateway.MethodSettings resource with methodPath "*\/*" whose
 * stageName refers to the stage (found through propertyDependencies at preview, through the stage name in
 * state). Settings for single methods only do not cover the stage.
 */
export const apigatewayStageExecutionLogging = defineControl({
  id: "aws-apigateway-stage-execution-logging",
  title: "API Gateway REST stages have execution logging enabled",
  rationale:
    "Execution logs record authoriser decisions, integration errors and throttling for each request; without them failed or abusive calls to the API leave no trace beyond a count.",
  severity: "medium",
  cloud: "aws",
  service: "apigateway",
  resourceTypes: ["aws:apigateway/stage:Stage"],
  frameworks: {
    "aws-fsbp": ["APIGateway.1"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add an aws.apigateway.MethodSettings for the stage with methodPath "*/*" and settings: { loggingLevel: "ERROR" } (or "INFO"), and an account-level CloudWatch role (aws.apigateway.Account).',
  enforcementLevel: "advisory",
  tags: ["logging", "api"],
  correlatedCheck: (stage, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(stage, METHOD_SETTINGS_TYPES, "stageName", ["stageName"]);
    const levelOf = (m: (typeof found)[number]) => str(m.props.settings?.loggingLevel).toUpperCase();
    const all = found.filter((m) => str(m.props.methodPath) === "*/*");
    if (all.some((m) => LOGGING_LEVELS.has(levelOf(m)))) return pass();
    if (undecided.length > 0) {
      return cannotEvaluate("MethodSettings", `${undecided[0].name}.stageName is unknown and may refer to this stage`);
    }
    if (all.length > 0) {
      return fail(
        "MethodSettings",
        `${all[0].name} sets loggingLevel ${JSON.stringify(all[0].props.settings?.loggingLevel ?? "OFF")} for "*/*"; set it to "ERROR" or "INFO"`,
      );
    }
    return fail(
      "MethodSettings",
      `stage ${str(stage.props.stageName) || stage.name} has no MethodSettings with methodPath "*/*" and loggingLevel ERROR or INFO; add one`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "aws:apigateway/stage:Stage", name: "prod", props: { restApi: "api", deployment: "d", stageName: "prod" } },
        {
          type: "aws:apigateway/methodSettings:MethodSettings",
          name: "prod-all",
          props: { restApi: "api", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "ERROR", metricsEnabled: true } },
          refs: { stageName: ["prod"] },
        },
      ],
    ],
    nonCompliant: [
      // The shape seen in a public program: a stage with access logging but no method settings at all.
      [
        {
          type: "aws:apigateway/stage:Stage",
          name: "prod",
          props: {
            restApi: "api",
            deployment: "d",
            stageName: "prod",
            accessLogSettings: { destinationArn: "arn:aws:logs:eu-west-1:123456789012:log-group:api", format: "$context.requestId" },
          },
        },
      ],
      [
        { type: "aws:apigateway/stage:Stage", name: "prod", props: { restApi: "api", deployment: "d", stageName: "prod" } },
        {
          type: "aws:apigateway/methodSettings:MethodSettings",
          name: "prod-all",
          props: { restApi: "api", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "OFF" } },
          refs: { stageName: ["prod"] },
        },
      ],
      [
        { type: "aws:apigateway/stage:Stage", name: "prod", props: { restApi: "api", deployment: "d", stageName: "prod" } },
        {
          type: "aws:apigateway/methodSettings:MethodSettings",
          name: "one-method",
          props: { restApi: "api", stageName: "prod", methodPath: "orders/GET", settings: { loggingLevel: "INFO" } },
          refs: { stageName: ["prod"] },
        },
      ],
    ],
  },
});
