import { describe, expect, it } from "vitest";
import { settingsFor } from "../../model/evaluate";
import { runExample } from "../../testing/harness";
import { iamNoHighRiskManagedPolicies } from "./no-high-risk-managed-policies";

const role = (arns: string[]) => [{ type: "aws:iam/role:Role", props: { assumeRolePolicy: "{}", managedPolicyArns: arns } }];
const run = (arns: string[], settings: Record<string, unknown> = {}) =>
  runExample(iamNoHighRiskManagedPolicies, role(arns), settingsFor(iamNoHighRiskManagedPolicies, settings));

describe("aws-iam-no-high-risk-managed-policies", () => {
  it("names each tiered policy and its tier, one finding per attachment", () => {
    const verdict = run(["arn:aws:iam::aws:policy/AmazonS3FullAccess", "arn:aws:iam::aws:policy/IAMFullAccess"]);
    expect(verdict.status).toBe("fail");
    if (verdict.status !== "fail") return;
    expect(verdict.violations.map((v) => v.property)).toEqual(["managedPolicyArns[0]", "managedPolicyArns[1]"]);
    expect(verdict.violations[0].message).toContain("full-access");
    expect(verdict.violations[0].message).toContain("s3:*");
    expect(verdict.violations[1].message).toContain("privilege-escalation");
  });

  it("leaves AdministratorAccess to aws-iam-policy-no-full-admin, and customer policies to the document checks", () => {
    expect(run(["arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::123456789012:policy/AmazonS3FullAccess"]).status).toBe("pass");
  });

  it("recognises the GovCloud and China partitions and policy paths", () => {
    expect(run(["arn:aws-us-gov:iam::aws:policy/AmazonDynamoDBFullAccess"]).status).toBe("fail");
    expect(run(["arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]).status).toBe("pass");
  });

  it("follows the tiers and allowedPolicies settings", () => {
    const arns = ["arn:aws:iam::aws:policy/AmazonS3FullAccess"];
    expect(run(arns, { tiers: ["administrator", "privilege-escalation"] }).status).toBe("pass");
    expect(run(arns, { allowedPolicies: ["AmazonS3FullAccess"] }).status).toBe("pass");
  });
});
