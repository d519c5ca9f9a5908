import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

const LOGGING_LEVELS = ["ERROR", "INFO", "DEBUG", "ALL"];

export const appsyncGraphqlApiFieldLogging = defineControl({
  id: "aws-appsync-graphql-api-field-logging",
  title: "AppSync GraphQL APIs log resolver (field-level) activity",
  rationale:
    "Without field-level logs, failed and abusive queries against the API (enumeration, authorisation errors) leave no trace to investigate.",
  severity: "low",
  cloud: "aws",
  service: "appsync",
  resourceTypes: ["aws:appsync/graphQLApi:GraphQLApi"],
  frameworks: {
    "aws-fsbp": ["AppSync.2"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Set logConfig: { cloudwatchLogsRoleArn, fieldLogLevel: "ERROR" } (or "ALL"), with excludeVerboseContent: true.',
  enforcementLevel: "advisory",
  tags: ["logging"],
  check: (r) => {
    // Merged APIs log through their source APIs.
    if (r.props.apiType === "MERGED") return notApplicable("merged APIs log through their source APIs");
    const level = r.props.logConfig?.fieldLogLevel;
    return LOGGING_LEVELS.includes(level)
      ? pass()
      : fail("logConfig.fieldLogLevel", `logConfig.fieldLogLevel is ${JSON.stringify(level ?? "not set")}; set it to "ERROR" or "ALL"`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:appsync/graphQLApi:GraphQLApi",
          props: {
            authenticationType: "AMAZON_COGNITO_USER_POOLS",
            logConfig: {
              cloudwatchLogsRoleArn: "arn:aws:iam::111122223333:role/appsync-logs",
              fieldLogLevel: "ERROR",
              excludeVerboseContent: true,
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:appsync/graphQLApi:GraphQLApi", props: { authenticationType: "API_KEY" } }],
      [
        {
          type: "aws:appsync/graphQLApi:GraphQLApi",
          props: {
            authenticationType: "AWS_IAM",
            logConfig: { cloudwatchLogsRoleArn: "arn:aws:iam::111122223333:role/l", fieldLogLevel: "NONE" },
          },
        },
      ],
    ],
  },
});
