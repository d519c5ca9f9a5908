import { describe, expect, it } from "vitest";
import type { Verdict } from "../../model/verdict";
import { runExample } from "../../testing/harness";
import { iamPolicyNoFullAdmin } from "./policy-no-full-admin";
import { iamPolicyNoPrivilegeEscalation } from "./policy-no-privilege-escalation";
import { iamPolicyNoWildcardPassRole } from "./policy-no-wildcard-passrole";
import { iamRoleTrustPolicyNotPublic } from "./role-trust-policy-not-public";

const policy = (...Statement: object[]) => ({
  type: "aws:iam/policy:Policy",
  props: { policy: JSON.stringify({ Version: "2012-10-17", Statement }) },
});
const messages = (v: Verdict) => (v.status === "fail" ? v.violations.map((x) => x.message) : []);

describe("privilege escalation", () => {
  it("names the method and the wildcard that grants it, expanded against the action reference", () => {
    const v = runExample(iamPolicyNoPrivilegeEscalation, [policy({ Effect: "Allow", Action: "iam:Put*", Resource: "*" })]);
    expect(v.status).toBe("fail");
    const text = messages(v).join("\n");
    expect(text).toMatch(/method 12/);
    expect(text).toMatch(/iam:Put\* \(\d+ actions: /);
  });

  it("combines actions granted by different statements, including through NotAction", () => {
    const v = runExample(iamPolicyNoPrivilegeEscalation, [
      policy({ Effect: "Allow", Action: "iam:PassRole", Resource: "*" }, { Effect: "Allow", NotAction: "iam:*", Resource: "*" }),
    ]);
    expect(messages(v).some((m) => /method 3\b/.test(m))).toBe(true);
    expect(messages(v).some((m) => /method 20\b/.test(m))).toBe(true);
  });

  it("does not count conditioned or resource-scoped grants, and lets an unconditional Deny remove one", () => {
    expect(
      runExample(iamPolicyNoPrivilegeEscalation, [
        policy({
          Effect: "Allow",
          Action: "iam:PutRolePolicy",
          Resource: "*",
          Condition: { StringEquals: { "aws:ResourceTag/team": "a" } },
        }),
      ]).status,
    ).toBe("pass");
    expect(
      runExample(iamPolicyNoPrivilegeEscalation, [
        policy({ Effect: "Allow", Action: "iam:PutRolePolicy", Resource: "arn:aws:iam::111122223333:role/app" }),
      ]).status,
    ).toBe("pass");
    expect(
      runExample(iamPolicyNoPrivilegeEscalation, [
        policy({ Effect: "Allow", Action: "iam:*", Resource: "*" }, { Effect: "Deny", Action: ["iam:*"], Resource: "*" }),
      ]).status,
    ).toBe("pass");
  });

  it("leaves documents that grant everything to the full-admin control", () => {
    const admin = policy({ Effect: "Allow", Action: "*", Resource: "*" });
    expect(runExample(iamPolicyNoPrivilegeEscalation, [admin]).status).toBe("pass");
    expect(runExample(iamPolicyNoFullAdmin, [admin]).status).toBe("fail");
  });

  it("cannot evaluate an unknown document, and judges role inline policies", () => {
    const unknown = { type: "aws:iam/rolePolicy:RolePolicy", props: { role: "r", policy: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } };
    expect(runExample(iamPolicyNoPrivilegeEscalation, [unknown]).status).toBe("cannot-evaluate");
    expect(runExample(iamPolicyNoWildcardPassRole, [unknown]).status).toBe("cannot-evaluate");
    const role = {
      type: "aws:iam/role:Role",
      props: {
        assumeRolePolicy: "{}",
        inlinePolicies: [{ name: "x", policy: { Statement: { Effect: "Allow", Action: "iam:PassRole", Resource: "*" } } }],
      },
    };
    expect(runExample(iamPolicyNoWildcardPassRole, [role]).status).toBe("fail");
  });
});

describe("role trust policies", () => {
  const role = (Statement: object) => ({
    type: "aws:iam/role:Role",
    props: { assumeRolePolicy: JSON.stringify({ Statement: [Statement] }) },
  });
  const github = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com";

  it("fails GitHub OIDC trust whose sub condition is only a wildcard", () => {
    const v = runExample(iamRoleTrustPolicyNotPublic, [
      role({
        Effect: "Allow",
        Principal: { Federated: github },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: { StringLike: { "token.actions.githubusercontent.com:sub": "*" } },
      }),
    ]);
    expect(v.status).toBe("fail");
  });

  it("requires aud or sub for other web identity providers, and ignores SAML", () => {
    expect(
      runExample(iamRoleTrustPolicyNotPublic, [
        role({ Effect: "Allow", Principal: { Federated: "cognito-identity.amazonaws.com" }, Action: "sts:AssumeRoleWithWebIdentity" }),
      ]).status,
    ).toBe("fail");
    expect(
      runExample(iamRoleTrustPolicyNotPublic, [
        role({
          Effect: "Allow",
          Principal: { Federated: "cognito-identity.amazonaws.com" },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: { StringEquals: { "cognito-identity.amazonaws.com:aud": "eu-west-1:pool" } },
        }),
      ]).status,
    ).toBe("pass");
    expect(
      runExample(iamRoleTrustPolicyNotPublic, [
        role({
          Effect: "Allow",
          Principal: { Federated: "arn:aws:iam::111122223333:saml-provider/Okta" },
          Action: "sts:AssumeRoleWithSAML",
        }),
      ]).status,
    ).toBe("pass");
  });

  it("accepts Principal * only with a condition on the caller's organisation", () => {
    expect(
      runExample(iamRoleTrustPolicyNotPublic, [
        role({
          Effect: "Allow",
          Principal: "*",
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
        }),
      ]).status,
    ).toBe("pass");
  });
});
