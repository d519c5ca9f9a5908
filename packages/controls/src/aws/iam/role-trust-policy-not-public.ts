import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import {
  callerRestrictingConditions,
  conditionsOn,
  describeStatement,
  isAllow,
  isPublicPrincipal,
  parsePolicy,
} from "../../shared/iam-policy";

const GITHUB_OIDC = "token.actions.githubusercontent.com";

/** True when a positive condition pins `key` to values that are not just wildcards. */
function pins(s: Parameters<typeof conditionsOn>[0], key: string): boolean {
  return conditionsOn(s, key).some((c) => {
    const op = c.operator.toLowerCase();
    return !op.includes("not") && !op.endsWith("ifexists") && c.values.length > 0 && !c.values.some((v) => /^[*]*$/.test(v.trim()));
  });
}

/**
 * Who may assume a role: a trust statement for Principal "*" with no condition on the caller lets any AWS
 * principal in any account assume it; a web-identity trust of GitHub's OIDC provider without a `sub`
 * condition lets any GitHub repository's workflow assume it (other OIDC providers need `aud` or `sub`).
 */
export const iamRoleTrustPolicyNotPublic = defineControl({
  id: "aws-iam-role-trust-policy-not-public",
  title: "IAM role trust policies do not let anyone assume the role",
  rationale:
    'A role assumable by Principal "*", or by any GitHub Actions workflow, hands its permissions to strangers; such roles are found and assumed by automated scanners.',
  severity: "critical",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/role:Role"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "nist-800-53-r5": ["AC-3", "AC-6", "IA-2", "IA-8(2)(b)"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.15", "A.5.16", "A.8.5"],
    "pci-dss-4.0": ["7.2.1", "8.2.2"],
    hipaa: ["164.312(a)(1)", "164.312(d)"],
  },
  remediation:
    'Name the trusted principals (accounts, roles, services) instead of "*", or add an aws:PrincipalOrgID / aws:PrincipalArn condition; for GitHub OIDC add StringEquals or StringLike on "token.actions.githubusercontent.com:sub" naming your repository (and "…:aud" = "sts.amazonaws.com").',
  enforcementLevel: "mandatory",
  tags: ["identity", "public-exposure"],
  check: (r) => {
    const policy = parsePolicy(r.props.assumeRolePolicy, "assumeRolePolicy");
    const violations: Violation[] = [];
    for (const s of policy?.statements ?? []) {
      if (!isAllow(s)) continue;
      const property = `assumeRolePolicy.Statement[${s.index}]`;
      if ((isPublicPrincipal(s.principal) || s.notPrincipal) && callerRestrictingConditions(s).length === 0) {
        violations.push({
          property,
          message: `${describeStatement(s)} lets any AWS principal assume the role; name the trusted principals or add an aws:PrincipalOrgID condition`,
        });
        continue;
      }
      for (const provider of s.principal?.federated ?? []) {
        // SAML assertions come from the account's own identity provider; web identities (OIDC, Cognito,
        // Google, …) are issued to anyone unless the statement pins the audience or subject.
        if (provider.includes(":saml-provider/")) continue;
        const host = provider.replace(/^arn:[^:]+:iam::\d{12}:oidc-provider\//, "").trim();
        if (host === GITHUB_OIDC) {
          if (!pins(s, `${GITHUB_OIDC}:sub`)) {
            violations.push({
              property,
              message: `${describeStatement(s)} trusts GitHub's OIDC provider without a condition on ${GITHUB_OIDC}:sub, so any GitHub repository can assume the role; pin it to your repository`,
            });
          }
        } else if (!pins(s, `${host}:sub`) && !pins(s, `${host}:aud`)) {
          violations.push({
            property,
            message: `${describeStatement(s)} trusts OIDC provider ${host} without a condition on ${host}:aud or ${host}:sub; restrict it to your client and subjects`,
          });
        }
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy:
              '{"Version":"2012-10-17","Statement":[{"Action":"sts:AssumeRole","Principal":{"Service":"lambda.amazonaws.com"},"Effect":"Allow","Sid":""}]}',
          },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: {
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
                  Action: "sts:AssumeRoleWithWebIdentity",
                  Condition: {
                    StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
                    StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/infra:ref:refs/heads/main" },
                  },
                },
              ],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }] }),
          },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
                  Action: "sts:AssumeRoleWithWebIdentity",
                  Condition: { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } },
                },
              ],
            }),
          },
        },
      ],
    ],
  },
});
