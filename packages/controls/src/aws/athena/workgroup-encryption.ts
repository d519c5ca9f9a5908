import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

const OPTIONS = ["SSE_S3", "SSE_KMS", "CSE_KMS"];

/**
 * Query results are encrypted only when the workgroup says so, and the workgroup's setting binds clients
 * only while enforceWorkgroupConfiguration stays true (its default); otherwise each client chooses.
 */
export const athenaWorkgroupEncryption = defineControl({
  id: "aws-athena-workgroup-encryption",
  title: "Athena workgroups encrypt query results and enforce it",
  rationale: "Athena writes every query's results to S3; unencrypted results copy whatever the query touched out of its protected tables.",
  severity: "medium",
  cloud: "aws",
  service: "athena",
  resourceTypes: ["aws:athena/workgroup:Workgroup"],
  frameworks: {
    "aws-fsbp": ["Athena.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set configuration.resultConfiguration.encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn } and keep configuration.enforceWorkgroupConfiguration true.',
  enforcementLevel: "advisory",
  tags: ["encryption", "analytics"],
  check: (r) => {
    const violations: Violation[] = [];
    const config = r.props.configuration;
    const option = config?.resultConfiguration?.encryptionConfiguration?.encryptionOption;
    if (!OPTIONS.includes(option)) {
      violations.push({
        property: "configuration.resultConfiguration.encryptionConfiguration.encryptionOption",
        message: `query results are not encrypted (encryptionOption ${JSON.stringify(option ?? "not set")}); set it to "SSE_KMS"`,
      });
    }
    if (config?.enforceWorkgroupConfiguration === false) {
      violations.push({
        property: "configuration.enforceWorkgroupConfiguration",
        message: "enforceWorkgroupConfiguration is false, so clients may override the encryption setting; set it to true",
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:athena/workgroup:Workgroup",
          props: {
            name: "analytics",
            configuration: {
              enforceWorkgroupConfiguration: true,
              resultConfiguration: {
                outputLocation: "s3://athena-results/",
                encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" },
              },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:athena/workgroup:Workgroup",
          props: { name: "adhoc", configuration: { resultConfiguration: { outputLocation: "s3://r/" } } },
        },
      ],
      [
        {
          type: "aws:athena/workgroup:Workgroup",
          props: {
            name: "loose",
            configuration: {
              enforceWorkgroupConfiguration: false,
              resultConfiguration: { encryptionConfiguration: { encryptionOption: "SSE_S3" } },
            },
          },
        },
      ],
    ],
  },
});
