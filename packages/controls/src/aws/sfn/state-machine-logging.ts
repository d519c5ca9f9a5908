import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const LEVELS = ["ALL", "ERROR", "FATAL"];

export const sfnStateMachineLogging = defineControl({
  id: "aws-sfn-state-machine-logging",
  title: "Step Functions state machines log executions",
  rationale:
    "Execution history expires (90 days for standard, none kept for express workflows); without logs, failed or abused workflows cannot be investigated.",
  severity: "low",
  cloud: "aws",
  service: "sfn",
  resourceTypes: ["aws:sfn/stateMachine:StateMachine"],
  frameworks: {
    "aws-fsbp": ["StepFunctions.1"],
    "nist-800-53-r5": ["AU-2", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Set loggingConfiguration: { level: "ERROR" (or "ALL"), logDestination: `${logGroup.arn}:*`, includeExecutionData: false }.',
  enforcementLevel: "advisory",
  tags: ["logging"],
  check: (r) => {
    const level = r.props.loggingConfiguration?.level;
    return LEVELS.includes(level)
      ? pass()
      : fail(
          "loggingConfiguration.level",
          `loggingConfiguration.level is ${JSON.stringify(level ?? "OFF (default)")}; set it to "ERROR" or "ALL"`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:sfn/stateMachine:StateMachine",
          props: {
            roleArn: "r",
            definition: "{}",
            loggingConfiguration: { level: "ERROR", logDestination: "arn:aws:logs:eu-west-1:1:log-group:sfn:*" },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:sfn/stateMachine:StateMachine", props: { roleArn: "r", definition: "{}" } }],
      [{ type: "aws:sfn/stateMachine:StateMachine", props: { roleArn: "r", definition: "{}", loggingConfiguration: { level: "OFF" } } }],
    ],
  },
});
