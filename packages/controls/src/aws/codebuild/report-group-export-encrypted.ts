import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

export const codebuildReportGroupExportEncrypted = defineControl({
  id: "aws-codebuild-report-group-export-encrypted",
  title: "CodeBuild report group exports to S3 are encrypted",
  rationale:
    "Test and coverage reports exported to S3 describe the code and often echo test data; exported unencrypted they leave the build's protection.",
  severity: "low",
  cloud: "aws",
  service: "codebuild",
  resourceTypes: ["aws:codebuild/reportGroup:ReportGroup"],
  frameworks: {
    "aws-fsbp": ["CodeBuild.7"],
    "nist-800-53-r5": ["SC-28", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
  },
  remediation: "Keep exportConfig.s3Destination.encryptionDisabled false and set encryptionKey to a KMS key ARN.",
  enforcementLevel: "advisory",
  tags: ["encryption", "ci-cd"],
  check: (r) => {
    const config = r.props.exportConfig;
    if (config?.type !== "S3") return notApplicable("the report group does not export to S3");
    return config.s3Destination?.encryptionDisabled === true
      ? fail("exportConfig.s3Destination.encryptionDisabled", "exportConfig.s3Destination.encryptionDisabled is true; set it to false")
      : pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:codebuild/reportGroup:ReportGroup",
          props: {
            type: "TEST",
            exportConfig: {
              type: "S3",
              s3Destination: { bucket: "reports", encryptionKey: "arn:aws:kms:eu-west-1:1:key/1", encryptionDisabled: false },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:codebuild/reportGroup:ReportGroup",
          props: {
            type: "TEST",
            exportConfig: { type: "S3", s3Destination: { bucket: "reports", encryptionKey: "k", encryptionDisabled: true } },
          },
        },
      ],
    ],
  },
});
