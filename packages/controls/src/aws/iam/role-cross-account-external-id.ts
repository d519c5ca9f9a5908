import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { failAll, type Violation } from "../../model/verdict";
import { conditionsOn, describeStatement, isAllow, isPublicPrincipal, parsePolicy, principalAccount } from "../../shared/iam-policy";

function positive(s: Parameters<typeof conditionsOn>[0], key: string): boolean {
  return conditionsOn(s, key).some((c) => {
    const op = c.operator.toLowerCase();
    return !op.includes("not") && !op.endsWith("ifexists") && c.values.some((v) => v.trim() !== "" && !/^[*]+$/.test(v.trim()));
  });
}

/**
 * A role trusted by another AWS account without an sts:ExternalId condition can be assumed by that
 * account on behalf of any of its own customers (the "confused deputy"); accounts of the same
 * organisation are better pinned with aws:PrincipalOrgID. The stack's own account is read from the
 * role's ARN when state knows it; at preview it is not known, so list own and trusted accounts in
 * `trustedAccountIds`.
 */
export const iamRoleCrossAccountExternalId = defineControl({
  id: "aws-iam-role-cross-account-external-id",
  title: "Roles trusted by other AWS accounts require an external ID or organisation condition",
  rationale:
    "A third party that can assume your role for one customer can be tricked into doing so for another unless the trust policy checks the external ID it was given for you.",
  severity: "medium",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/role:Role"],
  frameworks: {
    "nist-800-53-r5": ["AC-3", "IA-8(2)(b)", "AC-21"],
    soc2: ["CC6.1", "CC9.2"],
    "iso27001-2022": ["A.5.19", "A.5.15"],
    "pci-dss-4.0": ["7.2.1", "12.8.4"],
  },
  remediation:
    'Add Condition: { StringEquals: { "sts:ExternalId": "<id the third party gave you>" } } to the statement, or aws:PrincipalOrgID for accounts of your organisation; list your own accounts in the control\'s trustedAccountIds.',
  enforcementLevel: "advisory",
  tags: ["identity", "third-party"],
  configSchema: {
    trustedAccountIds: {
      type: "array",
      items: { type: "string", pattern: "^\\d{12}$" },
      default: [],
      description: "Account ids that may be trusted without an external ID (the stack's own account, accounts of the organisation).",
    },
  },
  check: (r, ctx) => {
    const trusted = new Set((Array.isArray(ctx.settings.trustedAccountIds) ? ctx.settings.trustedAccountIds : []).map(String));
    const arn = peek(r.props, "arn");
    const own = arn.known && typeof arn.value === "string" ? principalAccount(arn.value) : undefined;
    if (own) trusted.add(own);
    const policy = parsePolicy(r.props.assumeRolePolicy, "assumeRolePolicy");
    const violations: Violation[] = [];
    for (const s of policy?.statements ?? []) {
      if (!isAllow(s) || isPublicPrincipal(s.principal)) continue;
      const foreign = [...new Set((s.principal?.aws ?? []).map(principalAccount).filter((a): a is string => !!a && !trusted.has(a)))];
      if (foreign.length === 0) continue;
      if (positive(s, "sts:ExternalId") || positive(s, "aws:PrincipalOrgID") || positive(s, "aws:PrincipalOrgPaths")) continue;
      violations.push({
        property: `assumeRolePolicy.Statement[${s.index}]`,
        message: `${describeStatement(s)} trusts account ${foreign.join(", ")} without an sts:ExternalId or aws:PrincipalOrgID condition; add one (or list the account in trustedAccountIds)`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { AWS: "arn:aws:iam::444455556666:root" },
                  Action: "sts:AssumeRole",
                  Condition: { StringEquals: { "sts:ExternalId": "c0ffee-42" } },
                },
              ],
            }),
          },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            arn: "arn:aws:iam::111122223333:role/reader",
            assumeRolePolicy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/app" }, Action: "sts:AssumeRole" }],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "sts:AssumeRole" }],
            }),
          },
        },
      ],
    ],
  },
});
