import { describe, expect, it } from "vitest";
import { checkProps } from "../model/props";
import { isUnknownValueError, UNKNOWN } from "../model/unknowns";
import { expandActionPattern, isKnownAction, serviceActions, wildcardMatches } from "./iam-actions";
import {
  callerRestrictingConditions,
  grantingPattern,
  hasUnscopedResource,
  isPublicStatement,
  parsePolicy,
  principalAccount,
  publicStatements,
  unconditionalGrant,
} from "./iam-policy";
import { ESCALATION_METHODS } from "./iam-privilege-escalation";

/** The document as a check receives it: through the CrossGuard unknown-checking proxy. */
function viaProxy(policy: unknown): unknown {
  return checkProps({ policy }).policy;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("parsePolicy", () => {
  const doc = {
    Version: "2012-10-17",
    Statement: [
      { Sid: "Read", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
      { Effect: "Deny", NotAction: ["iam:*"], NotResource: "arn:aws:s3:::b", Principal: { AWS: ["111122223333"] } },
    ],
  };

  it("reads JSON strings and objects alike, through the proxy or not", () => {
    const fromString = parsePolicy(JSON.stringify(doc));
    expect(parsePolicy(doc)).toEqual(fromString);
    expect(parsePolicy(viaProxy(doc))).toEqual(fromString);
    expect(parsePolicy(viaProxy(JSON.stringify(doc)))).toEqual(fromString);
  });

  it("normalises single values to lists and a single statement object to a list", () => {
    const p = parsePolicy({ Statement: { Effect: "Allow", Action: "sqs:SendMessage", Resource: "*", Principal: "*" } });
    expect(p?.statements).toHaveLength(1);
    const [s] = p?.statements ?? [];
    expect(s.actions).toEqual(["sqs:SendMessage"]);
    expect(s.resources).toEqual(["*"]);
    expect(s.principal?.wildcard).toBe(true);
    const q = parsePolicy(doc);
    expect(q?.statements[1].notActions).toEqual(["iam:*"]);
    expect(q?.statements[1].notResources).toEqual(["arn:aws:s3:::b"]);
    expect(q?.statements[1].principal?.aws).toEqual(["111122223333"]);
    expect(q?.statements[0].sid).toBe("Read");
  });

  it("keeps condition operators, keys and values, with booleans as text", () => {
    const p = parsePolicy({
      Statement: [{ Effect: "Deny", Action: "s3:*", Resource: "*", Principal: "*", Condition: { Bool: { "aws:SecureTransport": false } } }],
    });
    expect(p?.statements[0].conditions).toEqual([{ operator: "Bool", key: "aws:SecureTransport", values: ["false"] }]);
  });

  it("is undefined when there is no document, and flags malformed ones without throwing", () => {
    expect(parsePolicy(undefined)).toBeUndefined();
    expect(parsePolicy(null)).toBeUndefined();
    expect(parsePolicy("  ")).toBeUndefined();
    expect(parsePolicy("{not json")?.invalid).toMatch(/not valid JSON/);
    expect(parsePolicy("[]")?.invalid).toMatch(/not a JSON object/);
    expect(parsePolicy({ Version: "2012-10-17" })?.invalid).toMatch(/no Statement/);
    expect(parsePolicy({ Statement: [42, { Effect: "Allow", Action: 7 }] })?.statements[0].actions).toEqual(["7"]);
  });

  it("throws UnknownValueError for an unknown document or an unknown value inside one", () => {
    expect(isUnknownValueError(thrown(() => parsePolicy(UNKNOWN)))).toBe(true);
    expect(isUnknownValueError(thrown(() => parsePolicy(viaProxy(UNKNOWN))))).toBe(true);
    const partly = { Statement: [{ Effect: "Allow", Action: ["s3:GetObject", UNKNOWN], Resource: "*" }] };
    expect(isUnknownValueError(thrown(() => parsePolicy(partly)))).toBe(true);
    expect(isUnknownValueError(thrown(() => parsePolicy(viaProxy(partly))))).toBe(true);
    const principal = { Statement: [{ Effect: "Allow", Action: "s3:*", Principal: { AWS: UNKNOWN } }] };
    expect(isUnknownValueError(thrown(() => parsePolicy(viaProxy(principal))))).toBe(true);
  });
});

describe("actions and wildcards", () => {
  it("matches IAM wildcards case-insensitively", () => {
    expect(wildcardMatches("iam:Put*", "iam:PutRolePolicy")).toBe(true);
    expect(wildcardMatches("IAM:passrole", "iam:PassRole")).toBe(true);
    expect(wildcardMatches("iam:?assRole", "iam:PassRole")).toBe(true);
    expect(wildcardMatches("iam:Pass", "iam:PassRole")).toBe(false);
  });

  it("expands wildcards against the AWS action reference, lazily per service", () => {
    const put = expandActionPattern("iam:Put*");
    expect(put).toEqual(expect.arrayContaining(["iam:PutRolePolicy", "iam:PutUserPolicy", "iam:PutGroupPolicy"]));
    expect(put.every((a) => a.startsWith("iam:Put"))).toBe(true);
    expect(expandActionPattern("s3:*").length).toBeGreaterThan(100);
    expect(expandActionPattern("iam:*")).toContain("iam:PassRole");
    expect(expandActionPattern("*")).toEqual(["*"]);
    expect(expandActionPattern("nosuchservice:*")).toEqual([]);
    expect(serviceActions("../../etc/passwd")).toEqual([]);
    expect(isKnownAction("iam:PassRole")).toBe(true);
    expect(isKnownAction("iam:PassRoles")).toBe(false);
  });

  it("grants through Action patterns and through NotAction", () => {
    const p = parsePolicy({
      Statement: [
        { Effect: "Allow", Action: "iam:Pass*", Resource: "*" },
        { Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" },
      ],
    });
    const [a, b] = p?.statements ?? [];
    expect(grantingPattern(a, "iam:PassRole")).toBe("iam:Pass*");
    expect(grantingPattern(b, "iam:PassRole")).toBeUndefined();
    expect(grantingPattern(b, "lambda:CreateFunction")).toMatch(/^NotAction/);
  });

  it("finds unconditional grants on unscoped resources, minus unconditional denies", () => {
    const grant = (statements: unknown[], action: string) => unconditionalGrant(parsePolicy({ Statement: statements }) as never, action);
    expect(grant([{ Effect: "Allow", Action: "iam:*", Resource: "*" }], "iam:PutRolePolicy")).toBeDefined();
    expect(grant([{ Effect: "Allow", Action: "iam:*", Resource: "arn:aws:iam::*:role/*" }], "iam:PutRolePolicy")).toBeDefined();
    expect(grant([{ Effect: "Allow", Action: "iam:*", Resource: "arn:aws:iam::1:role/app-*" }], "iam:PutRolePolicy")).toBeUndefined();
    expect(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, not a template
      grant([{ Effect: "Allow", Action: "iam:CreateAccessKey", Resource: "arn:aws:iam::*:user/${aws:username}" }], "iam:CreateAccessKey"),
    ).toBeUndefined();
    expect(
      grant(
        [{ Effect: "Allow", Action: "iam:*", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }],
        "iam:PutRolePolicy",
      ),
    ).toBeUndefined();
    expect(
      grant(
        [
          { Effect: "Allow", Action: "iam:*", Resource: "*" },
          { Effect: "Deny", Action: "iam:Put*", Resource: "*" },
        ],
        "iam:PutRolePolicy",
      ),
    ).toBeUndefined();
    const s = parsePolicy({ Statement: { Effect: "Allow", Action: "lambda:*", NotResource: "arn:aws:lambda:*:*:function:x" } })
      ?.statements[0];
    expect(s && hasUnscopedResource(s)).toBe(true);
  });

  it("names only real actions in the privilege-escalation catalogue", () => {
    const unknown = ESCALATION_METHODS.flatMap((m) => m.actions).filter((a) => !isKnownAction(a));
    expect(unknown).toEqual([]);
  });
});

describe("principals and conditions", () => {
  const statement = (s: object) =>
    parsePolicy({ Statement: [s] })?.statements[0] as NonNullable<ReturnType<typeof parsePolicy>>["statements"][0];

  it("treats Principal * and AWS * alike, and NotPrincipal with Allow as public", () => {
    expect(isPublicStatement(statement({ Effect: "Allow", Principal: "*", Action: "s3:GetObject" }))).toBe(true);
    expect(isPublicStatement(statement({ Effect: "Allow", Principal: { AWS: ["*"] }, Action: "s3:GetObject" }))).toBe(true);
    expect(isPublicStatement(statement({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::1:root" }, Action: "s3:GetObject" }))).toBe(
      true,
    );
    expect(isPublicStatement(statement({ Effect: "Deny", Principal: "*", Action: "s3:*" }))).toBe(false);
    expect(isPublicStatement(statement({ Effect: "Allow", Principal: { Service: "sns.amazonaws.com" }, Action: "sqs:SendMessage" }))).toBe(
      false,
    );
  });

  it("counts only positive, non-wildcard conditions on the caller as restricting", () => {
    const restricted = (Condition: object) =>
      callerRestrictingConditions(statement({ Effect: "Allow", Principal: "*", Action: "s3:*", Condition })).length > 0;
    expect(restricted({ StringEquals: { "aws:PrincipalOrgID": "o-1" } })).toBe(true);
    expect(restricted({ ArnLike: { "AWS:SourceArn": "arn:aws:sns:*:1:t" } })).toBe(true);
    expect(restricted({ StringEquals: { "aws:SourceVpce": ["vpce-1"] } })).toBe(true);
    expect(restricted({ StringNotEquals: { "aws:PrincipalOrgID": "o-1" } })).toBe(false);
    expect(restricted({ StringEqualsIfExists: { "aws:SourceAccount": "1" } })).toBe(false);
    expect(restricted({ StringLike: { "aws:PrincipalOrgID": "*" } })).toBe(false);
    expect(restricted({ IpAddress: { "aws:SourceIp": "0.0.0.0/0" } })).toBe(false);
    expect(restricted({ Bool: { "aws:SecureTransport": "true" } })).toBe(false);
  });

  it("finds public statements of a document", () => {
    const p = parsePolicy(
      JSON.stringify({
        Statement: [
          { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" },
          {
            Effect: "Allow",
            Principal: "*",
            Action: "s3:PutObject",
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": "1" } },
          },
        ],
      }),
    );
    expect(publicStatements(p).map((s) => s.index)).toEqual([0]);
  });

  it("reads account ids from principals", () => {
    expect(principalAccount("123456789012")).toBe("123456789012");
    expect(principalAccount("arn:aws:iam::123456789012:role/x")).toBe("123456789012");
    expect(principalAccount("arn:aws:sts::123456789012:assumed-role/x/y")).toBe("123456789012");
    expect(principalAccount("lambda.amazonaws.com")).toBeUndefined();
  });
});
