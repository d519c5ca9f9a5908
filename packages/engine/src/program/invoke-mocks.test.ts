import { describe, expect, it } from "vitest";
import { answerInvoke, PLACEHOLDER_ACCOUNT_ID, renderPolicyDocument } from "./invoke-mocks";
import { durationSeconds, engineUrn } from "./urn";

describe("answerInvoke", () => {
  const context = { config: { "aws:region": "eu-west-1", "gcp:project": "acme-prod" } };

  it("answers the common AWS data sources with placeholders and config", () => {
    expect(answerInvoke("aws:index/getCallerIdentity:getCallerIdentity", {}, context).accountId).toBe(PLACEHOLDER_ACCOUNT_ID);
    expect(answerInvoke("aws:index/getRegion:getRegion", {}, context)).toMatchObject({ name: "eu-west-1", region: "eu-west-1" });
    expect(answerInvoke("aws:index/getRegion:getRegion", {}, { ...context, providerInputs: { region: "us-west-2" } }).name).toBe(
      "us-west-2",
    );
    expect(answerInvoke("aws:index/getPartition:getPartition", {}, context)).toMatchObject({
      partition: "aws",
      dnsSuffix: "amazonaws.com",
    });
  });

  it("answers GCP and Azure client config", () => {
    expect(answerInvoke("gcp:organizations/getClientConfig:getClientConfig", {}, context).project).toBe("acme-prod");
    expect(answerInvoke("azure-native:authorization:getClientConfig", {}, context)).toHaveProperty("subscriptionId");
  });

  it("returns an empty result for other invokes", () => {
    expect(answerInvoke("aws:ec2/getVpc:getVpc", { default: true }, context)).toEqual({});
  });
});

describe("renderPolicyDocument", () => {
  it("renders statements like the AWS provider", () => {
    const { json } = renderPolicyDocument({
      statements: [
        {
          sid: "PublicRead",
          actions: ["s3:GetObject"],
          resources: ["arn:aws:s3:::b/*", "arn:aws:s3:::b"],
          principals: [{ type: "*", identifiers: ["*"] }],
          conditions: [
            { test: "Bool", variable: "aws:SecureTransport", values: ["false"] },
            { test: "StringEquals", variable: "aws:PrincipalOrgID", values: ["o-1", "o-2"] },
          ],
        },
        { effect: "Deny", notActions: ["iam:*"], resources: ["*"], notPrincipals: [{ type: "AWS", identifiers: ["a", "b"] }] },
      ],
    });
    expect(JSON.parse(json as string)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "PublicRead",
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: ["arn:aws:s3:::b/*", "arn:aws:s3:::b"],
          Principal: "*",
          Condition: { Bool: { "aws:SecureTransport": "false" }, StringEquals: { "aws:PrincipalOrgID": ["o-1", "o-2"] } },
        },
        { Effect: "Deny", NotAction: "iam:*", Resource: "*", NotPrincipal: { AWS: ["a", "b"] } },
      ],
    });
  });

  it("merges source and override documents by Sid", () => {
    const source = JSON.stringify({
      Statement: [
        { Sid: "A", Effect: "Allow", Action: "s3:*" },
        { Sid: "B", Effect: "Allow" },
      ],
    });
    const override = JSON.stringify({ Statement: [{ Sid: "B", Effect: "Deny", Action: "*" }] });
    const { minifiedJson } = renderPolicyDocument({
      sourcePolicyDocuments: [source],
      statements: [{ sid: "A", actions: ["s3:GetObject"] }],
      overridePolicyDocuments: [override],
    });
    expect(JSON.parse(minifiedJson as string).Statement).toEqual([
      { Sid: "A", Effect: "Allow", Action: "s3:GetObject" },
      { Sid: "B", Effect: "Deny", Action: "*" },
    ]);
  });
});

describe("urn helpers", () => {
  it("builds URNs like the engine", () => {
    const stack = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";
    const component = engineUrn("dev", "p", stack, "my:index:Component", "c");
    expect(component).toBe("urn:pulumi:dev::p::my:index:Component::c");
    const child = engineUrn("dev", "p", component, "aws:s3/bucket:Bucket", "b");
    expect(child).toBe("urn:pulumi:dev::p::my:index:Component$aws:s3/bucket:Bucket::b");
    expect(engineUrn("dev", "p", child, "aws:s3/bucketPolicy:BucketPolicy", "bp")).toBe(
      "urn:pulumi:dev::p::my:index:Component$aws:s3/bucket:Bucket$aws:s3/bucketPolicy:BucketPolicy::bp",
    );
  });

  it("reads Go durations as seconds", () => {
    expect(durationSeconds("5m")).toBe(300);
    expect(durationSeconds("1h30m")).toBe(5400);
    expect(durationSeconds("1.5s")).toBe(1.5);
    expect(durationSeconds("")).toBeUndefined();
    expect(durationSeconds("soon")).toBeUndefined();
  });
});
