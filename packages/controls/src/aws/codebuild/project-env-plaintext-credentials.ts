import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

/** Names that announce a credential (the AWS key pair FSBP names, and the usual secret-bearing names). */
const CREDENTIAL_NAME =
  /^(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)$|(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;

/** Values are never read into messages: only the variable's name is reported. */
export const codebuildProjectEnvPlaintextCredentials = defineControl({
  id: "aws-codebuild-project-env-plaintext-credentials",
  title: "CodeBuild projects keep no credentials in plaintext environment variables",
  rationale:
    "PLAINTEXT environment variables are shown in the console, returned by BatchGetProjects and written to state; credentials there leak to everyone who can read the project.",
  severity: "critical",
  cloud: "aws",
  service: "codebuild",
  resourceTypes: ["aws:codebuild/project:Project"],
  frameworks: {
    "aws-fsbp": ["CodeBuild.2"],
    "nist-800-53-r5": ["IA-5(1)(c)", "IA-5(h)", "SC-28"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    "pci-dss-4.0": ["8.3.2", "8.6.3"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    'Store the value in Secrets Manager or SSM Parameter Store and reference it with type "SECRETS_MANAGER" or "PARAMETER_STORE"; for AWS access, use the project\'s service role instead of keys.',
  enforcementLevel: "mandatory",
  tags: ["secrets", "ci-cd"],
  check: (r) => {
    const violations: Violation[] = [];
    objectsOf(r.props.environment?.environmentVariables).forEach((v, i) => {
      const type = v.type ?? "PLAINTEXT";
      if (type === "PLAINTEXT" && typeof v.name === "string" && CREDENTIAL_NAME.test(v.name)) {
        violations.push({
          property: `environment.environmentVariables[${i}]`,
          message: `environment variable ${v.name} looks like a credential and is PLAINTEXT; reference it from Secrets Manager or Parameter Store`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:codebuild/project:Project",
          props: {
            environment: {
              computeType: "BUILD_GENERAL1_SMALL",
              image: "aws/codebuild/standard:7.0",
              type: "LINUX_CONTAINER",
              environmentVariables: [
                { name: "STAGE", value: "prod" },
                { name: "NPM_TOKEN", type: "SECRETS_MANAGER", value: "ci/npm:token" },
              ],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:codebuild/project:Project",
          props: {
            environment: {
              computeType: "BUILD_GENERAL1_SMALL",
              image: "aws/codebuild/standard:7.0",
              type: "LINUX_CONTAINER",
              environmentVariables: [
                { name: "AWS_ACCESS_KEY_ID", value: "AKIAEXAMPLEEXAMPLE00" },
                { name: "AWS_SECRET_ACCESS_KEY", type: "PLAINTEXT", value: "example-not-a-real-secret" },
              ],
            },
          },
        },
      ],
    ],
  },
});
