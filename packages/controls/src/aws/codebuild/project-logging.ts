import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

/**
 * CodeBuild.4 and .3 together: a project must log somewhere (CloudWatch Logs is on unless disabled; S3
 * logs are off unless enabled), and S3 logs, when on, must stay encrypted.
 */
export const codebuildProjectLogging = defineControl({
  id: "aws-codebuild-project-logging",
  title: "CodeBuild projects keep build logs, encrypted when in S3",
  rationale:
    "Build logs are the record of what a pipeline ran with which credentials; with both destinations off a compromised build leaves no trace, and unencrypted S3 logs expose what builds print.",
  severity: "medium",
  cloud: "aws",
  service: "codebuild",
  resourceTypes: ["aws:codebuild/project:Project"],
  frameworks: {
    "aws-fsbp": ["CodeBuild.3", "CodeBuild.4"],
    "nist-800-53-r5": ["AU-2", "AU-12", "SC-28"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Leave logsConfig.cloudwatchLogs.status "ENABLED" (the default) or enable logsConfig.s3Logs; never set s3Logs.encryptionDisabled: true.',
  enforcementLevel: "advisory",
  tags: ["logging", "ci-cd"],
  check: (r) => {
    const violations: Violation[] = [];
    const logs = r.props.logsConfig;
    const cloudwatchOn = (logs?.cloudwatchLogs?.status ?? "ENABLED") === "ENABLED";
    const s3On = logs?.s3Logs?.status === "ENABLED";
    if (!cloudwatchOn && !s3On) {
      violations.push({
        property: "logsConfig",
        message: 'both logsConfig.cloudwatchLogs and logsConfig.s3Logs are disabled; set cloudwatchLogs.status to "ENABLED"',
      });
    }
    if (s3On && logs.s3Logs.encryptionDisabled === true) {
      violations.push({
        property: "logsConfig.s3Logs.encryptionDisabled",
        message: "logsConfig.s3Logs.encryptionDisabled is true; set it to false",
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:codebuild/project:Project",
          props: { environment: { computeType: "BUILD_GENERAL1_SMALL", image: "i", type: "LINUX_CONTAINER" } },
        },
      ],
      [
        {
          type: "aws:codebuild/project:Project",
          props: { logsConfig: { cloudwatchLogs: { status: "DISABLED" }, s3Logs: { status: "ENABLED", location: "build-logs/app" } } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:codebuild/project:Project", props: { logsConfig: { cloudwatchLogs: { status: "DISABLED" } } } }],
      [
        {
          type: "aws:codebuild/project:Project",
          props: { logsConfig: { s3Logs: { status: "ENABLED", location: "build-logs/app", encryptionDisabled: true } } },
        },
      ],
    ],
  },
});
