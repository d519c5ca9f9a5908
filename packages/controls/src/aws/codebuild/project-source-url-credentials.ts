import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

/** True when a source URL carries a user name or password (https://user:token@host/…). */
export function urlHasCredentials(location: unknown): boolean {
  if (typeof location !== "string") return false;
  try {
    const url = new URL(location.trim());
    return url.username !== "" || url.password !== "";
  } catch {
    return /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]+@/i.test(location.trim());
  }
}

/** Messages name the property only: the URL itself holds the credential and is never repeated. */
export const codebuildProjectSourceUrlCredentials = defineControl({
  id: "aws-codebuild-project-source-url-credentials",
  title: "CodeBuild source URLs carry no credentials",
  rationale:
    "A token or password embedded in a source URL is stored in the project definition, state files and logs, readable by anyone who can describe the project.",
  severity: "critical",
  cloud: "aws",
  service: "codebuild",
  resourceTypes: ["aws:codebuild/project:Project"],
  frameworks: {
    "aws-fsbp": ["CodeBuild.1"],
    "nist-800-53-r5": ["IA-5(1)(c)", "IA-5(h)", "SC-28"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    "pci-dss-4.0": ["8.3.2", "8.6.3"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    "Remove the credentials from the URL and connect the provider with an aws.codebuild.SourceCredential or a CodeConnections connection (source.auth).",
  enforcementLevel: "mandatory",
  tags: ["secrets", "ci-cd"],
  check: (r) => {
    const violations: Violation[] = [];
    const sources = [
      { property: "source.location", location: r.props.source?.location },
      ...objectsOf(r.props.secondarySources).map((s, i) => ({ property: `secondarySources[${i}].location`, location: s.location })),
    ];
    for (const s of sources) {
      if (urlHasCredentials(s.location)) {
        violations.push({
          property: s.property,
          message: `${s.property} embeds a user name or token; remove it and use source credentials or a connection`,
        });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:codebuild/project:Project",
          props: {
            serviceRole: "arn:aws:iam::1:role/cb",
            artifacts: { type: "NO_ARTIFACTS" },
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
            source: { type: "BITBUCKET", location: "https://bitbucket.org/acme/app.git" },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:codebuild/project:Project",
          props: {
            serviceRole: "arn:aws:iam::1:role/cb",
            artifacts: { type: "NO_ARTIFACTS" },
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
            source: { type: "BITBUCKET", location: "https://builder:example-app-password@bitbucket.org/acme/app.git" },
          },
        },
      ],
      [
        {
          type: "aws:codebuild/project:Project",
          props: {
            source: { type: "GITHUB", location: "https://github.com/acme/app.git" },
            secondarySources: [{ type: "GITHUB", sourceIdentifier: "lib", location: "https://x-token@github.com/acme/lib.git" }],
          },
        },
      ],
    ],
  },
});
