import { SNSClient } from "@aws-sdk/client-sns";
import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awsRunbooks, handler, snsSink, staticClients } from "../src/aws";
import { ec2CompromisedInstance, QUARANTINE_GROUP_NAME } from "../src/aws/ec2-compromised-instance";
import { iamAccessKeyExposed } from "../src/aws/iam-access-key-exposed";
import { rootUserActivity } from "../src/aws/root-user-activity";
import { s3PublicAccessBlock } from "../src/aws/s3-public-access-block";
import { securityGroupAdminPorts } from "../src/aws/security-group-admin-ports";
import { RunbookFailedError, runRunbook } from "../src/core/runbook";
import type { ResponseRecord, RunOptions } from "../src/core/types";
import { AwsState, awsOp, installAws, isAwsRead } from "./aws-fake";
import { FakeCloud } from "./fake-http";
import event from "./load-fixture";

const ACCOUNT = "111122223333";
const config = {
  credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test-secret" },
  retryStrategy: new ConfiguredRetryStrategy(3, (attempt: number) => 5 * attempt),
};
const clients = staticClients(config);
const fake = new FakeCloud();
const state = new AwsState();
const NOW = new Date("2026-11-30T12:30:00Z");
const opts = (o: Partial<RunOptions> = {}): RunOptions => ({ mode: "automatic", now: () => NOW, ...o });
const writes = () => fake.calls.filter((c) => !isAwsRead(c)).map(awsOp);

beforeAll(() => {
  fake.start();
  installAws(fake, state);
});
afterAll(() => fake.stop());

function seed(): void {
  const s = new AwsState();
  Object.assign(state, s);
  state.groups.set("sg-0123456789abcdef0", { id: "sg-0123456789abcdef0", name: "web", vpcId: "vpc-0abc1234", tags: { team: "web" } });
  state.rules = [
    { id: "sgr-ssh4", groupId: "sg-0123456789abcdef0", egress: false, protocol: "tcp", from: 22, to: 22, cidr: "0.0.0.0/0" },
    { id: "sgr-rdp6", groupId: "sg-0123456789abcdef0", egress: false, protocol: "tcp", from: 3389, to: 3389, cidr: "::/0" },
    { id: "sgr-https", groupId: "sg-0123456789abcdef0", egress: false, protocol: "tcp", from: 443, to: 443, cidr: "0.0.0.0/0" },
    { id: "sgr-sshvpn", groupId: "sg-0123456789abcdef0", egress: false, protocol: "tcp", from: 22, to: 22, cidr: "10.0.0.0/8" },
    { id: "sgr-egress", groupId: "sg-0123456789abcdef0", egress: true, protocol: "-1", cidr: "0.0.0.0/0" },
  ];
  state.buckets.set("team-data-exports", {
    owner: ACCOUNT,
    tags: { team: "data" },
    pab: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
  });
  state.users.set("ci-deployer", { tags: {}, keys: { AKIAIOSFODNN7EXAMPLE: "Active", AKIAOTHERKEY0EXAMPLE: "Active" }, policies: {} });
  state.roles.set("app-server-role", { tags: {}, policies: {} });
  state.profiles.set("app-server", ["app-server-role"]);
  state.groups.set("sg-0app11111111111111", { id: "sg-0app11111111111111", name: "app", vpcId: "vpc-0abc1234", tags: {} });
  state.instances.set("i-0abc1234def567890", {
    id: "i-0abc1234def567890",
    vpcId: "vpc-0abc1234",
    tags: { Name: "app-1" },
    enis: [
      { id: "eni-0aaa1111bbbb22223", groups: ["sg-0app11111111111111"] },
      { id: "eni-0ccc3333dddd44445", groups: ["sg-0app11111111111111"] },
    ],
    volumes: [
      { device: "/dev/xvda", volumeId: "vol-0root000000000001" },
      { device: "/dev/xvdf", volumeId: "vol-0data000000000002" },
    ],
    profileArn: "arn:aws:iam::111122223333:instance-profile/app-server",
    terminationProtection: false,
  });
}

beforeEach(() => {
  seed();
  fake.reset();
});

/** Every runbook, the same contract: acts once, a second delivery changes nothing, dry-run changes nothing, an excluded resource is untouched. */
const cases = [
  { rb: securityGroupAdminPorts, fixture: "aws/cloudtrail-authorize-security-group-ingress.json", excludeTag: "team=web" },
  { rb: s3PublicAccessBlock, fixture: "aws/securityhub-s3-8.json", excludeTag: "team" },
  {
    rb: iamAccessKeyExposed,
    fixture: "aws/guardduty-iam-user-malicious-ip.json",
    excludeTag: "palisade:respond=skip",
    tagUser: "ci-deployer",
  },
  { rb: ec2CompromisedInstance, fixture: "aws/guardduty-ec2-backdoor.json", excludeTag: "Name=app-1" },
];

describe.each(cases)("$rb.id", ({ rb, fixture, excludeTag, tagUser }) => {
  it("acts on its documented sample event, then a second delivery changes nothing", async () => {
    const first = await runRunbook(rb, event(fixture), clients, opts());
    expect(first.outcome).toBe("remediated");
    expect(first.actions.every((a) => a.status === "done" || a.status === "skipped")).toBe(true);
    fake.reset();
    const second = await runRunbook(rb, event(fixture), clients, opts({ now: () => new Date("2026-11-30T13:00:00Z") }));
    expect(second.outcome).toBe("already-compliant");
    expect(writes()).toEqual([]);
  });

  it("dry-run reads but changes nothing, and lists what it would do", async () => {
    const before =
      JSON.stringify([...state.groups], null, 0) +
      JSON.stringify(state.rules) +
      JSON.stringify([...state.buckets]) +
      JSON.stringify([...state.users]) +
      JSON.stringify([...state.instances]);
    const rec = await runRunbook(rb, event(fixture), clients, opts({ mode: "dry-run" }));
    expect(rec.outcome).toBe("would-remediate");
    expect(rec.actions.some((a) => a.status === "planned")).toBe(true);
    expect(writes()).toEqual([]);
    expect(
      JSON.stringify([...state.groups], null, 0) +
        JSON.stringify(state.rules) +
        JSON.stringify([...state.buckets]) +
        JSON.stringify([...state.users]) +
        JSON.stringify([...state.instances]),
    ).toBe(before);
    expect(state.snapshots).toEqual([]);
  });

  it("leaves an excluded resource (tag) and an excluded account untouched", async () => {
    if (tagUser) state.users.get(tagUser)!.tags["palisade:respond"] = "skip";
    const byTag = await runRunbook(rb, event(fixture), clients, opts({ exclusions: { tags: [excludeTag] } }));
    expect(byTag.outcome).toBe("excluded");
    expect(byTag.reason).toContain(excludeTag);
    const byAccount = await runRunbook(rb, event(fixture), clients, opts({ exclusions: { accounts: [ACCOUNT] } }));
    expect(byAccount.outcome).toBe("excluded");
    expect(writes()).toEqual([]);
  });

  it("403 on its change is a failure record, never a silent success", async () => {
    fake.fail({
      match: (c) => !isAwsRead(c),
      status: 403,
      code: rb === s3PublicAccessBlock ? "AccessDenied" : rb === iamAccessKeyExposed ? "AccessDenied" : "UnauthorizedOperation",
    });
    const sink: ResponseRecord[] = [];
    const err = await runRunbook(rb, event(fixture), clients, opts({ sinks: [{ write: async (r) => void sink.push(r) }] })).catch((e) => e);
    expect(err).toBeInstanceOf(RunbookFailedError);
    expect(sink).toHaveLength(1);
    expect(sink[0].outcome).toBe("failed");
    expect(sink[0].error).toMatchObject({ kind: "access-denied", status: 403 });
  });

  it("throttling is retried with backoff and then succeeds", async () => {
    fake.fail({ match: (c) => !isAwsRead(c), status: 400, code: "Throttling", times: 2 });
    const rec = await runRunbook(rb, event(fixture), clients, opts());
    expect(rec.outcome).toBe("remediated");
    const firstWrite = writes()[0];
    expect(writes().filter((w) => w === firstWrite).length).toBe(3);
  });

  it("throttling that does not stop ends in a clear failure record", async () => {
    fake.fail({ match: (c) => !isAwsRead(c), status: 429, code: "Throttling" });
    const err = await runRunbook(rb, event(fixture), clients, opts()).catch((e) => e);
    expect(err).toBeInstanceOf(RunbookFailedError);
    expect((err as RunbookFailedError).record.error?.kind).toBe("throttled");
    expect(writes().length).toBe(3);
  });
});

describe("wire calls and resulting state", () => {
  it("security group: revokes exactly the open admin-port rules by rule id", async () => {
    await runRunbook(securityGroupAdminPorts, event("aws/cloudtrail-authorize-security-group-ingress.json"), clients, opts());
    const revoke = fake.calls.find((c) => awsOp(c) === "RevokeSecurityGroupIngress")!;
    expect(revoke.host).toBe("ec2.us-east-1.amazonaws.com");
    expect(revoke.body).toMatchObject({
      Action: "RevokeSecurityGroupIngress",
      GroupId: "sg-0123456789abcdef0",
      "SecurityGroupRuleId.1": "sgr-ssh4",
      "SecurityGroupRuleId.2": "sgr-rdp6",
    });
    expect(revoke.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/us-east-1\/ec2\/aws4_request/);
    expect(state.rules.map((r) => r.id)).toEqual(["sgr-https", "sgr-sshvpn", "sgr-egress"]);
  });

  it("security group: a group that is gone (404) is a not-found failure record", async () => {
    state.groups.delete("sg-0123456789abcdef0");
    const err = await runRunbook(
      securityGroupAdminPorts,
      event("aws/cloudtrail-authorize-security-group-ingress.json"),
      clients,
      opts(),
    ).catch((e) => e);
    expect((err as RunbookFailedError).record.error).toMatchObject({ kind: "not-found", code: "InvalidGroup.NotFound" });
  });

  it("S3: puts a public access block with all four settings, with the expected owner", async () => {
    const rec = await runRunbook(s3PublicAccessBlock, event("aws/securityhub-s3-8.json"), clients, opts());
    const put = fake.calls.find((c) => awsOp(c) === "S3:PUT:publicAccessBlock")!;
    expect(put.host).toBe("team-data-exports.s3.us-east-1.amazonaws.com");
    expect(put.headers["x-amz-expected-bucket-owner"]).toBe(ACCOUNT);
    for (const k of ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"])
      expect(String(put.body)).toContain(`<${k}>true</${k}>`);
    expect(state.buckets.get("team-data-exports")!.pab).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    expect(rec.before).toMatchObject({ BlockPublicPolicy: false });
  });

  it("S3: a bucket with no block at all (404 NoSuchPublicAccessBlockConfiguration) gets one", async () => {
    state.buckets.set("team-data-exports", { owner: ACCOUNT });
    const rec = await runRunbook(s3PublicAccessBlock, event("aws/securityhub-s3-8.json"), clients, opts());
    expect(rec.outcome).toBe("remediated");
    expect(state.buckets.get("team-data-exports")!.pab?.RestrictPublicBuckets).toBe(true);
  });

  it("IAM user key: deactivated (not deleted), other keys untouched, sessions before now denied", async () => {
    await runRunbook(iamAccessKeyExposed, event("aws/guardduty-iam-user-malicious-ip.json"), clients, opts());
    const update = fake.calls.find((c) => awsOp(c) === "UpdateAccessKey")!;
    expect(update.host).toBe("iam.amazonaws.com");
    expect(update.body).toMatchObject({
      UserName: "ci-deployer",
      AccessKeyId: "AKIAIOSFODNN7EXAMPLE",
      Status: "Inactive",
      Version: "2010-05-08",
    });
    expect(state.users.get("ci-deployer")!.keys).toEqual({ AKIAIOSFODNN7EXAMPLE: "Inactive", AKIAOTHERKEY0EXAMPLE: "Active" });
    const policy = JSON.parse(state.users.get("ci-deployer")!.policies.PalisadeRevokeOlderSessions);
    expect(policy.Statement[0]).toEqual({
      Sid: "PalisadeRevokeOlderSessions",
      Effect: "Deny",
      Action: "*",
      Resource: "*",
      Condition: { DateLessThan: { "aws:TokenIssueTime": "2026-11-30T12:30:00Z" } },
    });
  });

  it("exfiltrated instance credentials: the role's sessions are revoked (temporary keys cannot be deactivated)", async () => {
    const rec = await runRunbook(iamAccessKeyExposed, event("aws/guardduty-instance-credential-exfiltration.json"), clients, opts());
    expect(rec.outcome).toBe("remediated");
    expect(fake.calls.find((c) => awsOp(c) === "PutRolePolicy")!.body).toMatchObject({
      RoleName: "app-server-role",
      PolicyName: "PalisadeRevokeOlderSessions",
    });
    expect(fake.calls.some((c) => awsOp(c) === "UpdateAccessKey")).toBe(false);
  });

  it("break-glass principals are never touched", async () => {
    const rec = await runRunbook(
      iamAccessKeyExposed,
      event("aws/guardduty-iam-user-malicious-ip.json"),
      clients,
      opts({ exclusions: { principals: ["arn:aws:iam::111122223333:user/ci-deployer"] } }),
    );
    expect(rec.outcome).toBe("excluded");
    expect(fake.calls).toEqual([]);
    const inst = await runRunbook(
      ec2CompromisedInstance,
      event("aws/guardduty-ec2-backdoor.json"),
      clients,
      opts({ exclusions: { principals: ["app-server-role"] } }),
    );
    expect(inst.actions.find((a) => a.api === "iam:PutRolePolicy")).toMatchObject({
      status: "skipped",
      reason: "break-glass role is never touched",
    });
    expect(state.roles.get("app-server-role")!.policies).toEqual({});
  });

  it("compromised instance: quarantine group with no rules, every ENI in it, tagged snapshots, termination protection, role sessions revoked", async () => {
    await runRunbook(ec2CompromisedInstance, event("aws/guardduty-ec2-backdoor.json"), clients, opts());
    const q = [...state.groups.values()].find((g) => g.name === QUARANTINE_GROUP_NAME)!;
    expect(q).toMatchObject({ vpcId: "vpc-0abc1234", tags: { "palisade:purpose": "quarantine" } });
    expect(state.rules.filter((r) => r.groupId === q.id)).toEqual([]);
    expect(state.instances.get("i-0abc1234def567890")!.enis.map((n) => n.groups)).toEqual([[q.id], [q.id]]);
    expect(state.instances.get("i-0abc1234def567890")!.terminationProtection).toBe(true);
    expect(
      state.snapshots.map((s) => [s.volumeId, s.tags["palisade:incident"], s.tags["palisade:instance-id"], s.tags["palisade:device"]]),
    ).toEqual([
      ["vol-0root000000000001", "e4c1a9b2d3f4e5a6b7c8d9e0f1a2b3c4", "i-0abc1234def567890", "/dev/xvda"],
      ["vol-0data000000000002", "e4c1a9b2d3f4e5a6b7c8d9e0f1a2b3c4", "i-0abc1234def567890", "/dev/xvdf"],
    ]);
    expect(state.roles.get("app-server-role")!.policies.PalisadeRevokeOlderSessions).toContain("2026-11-30T12:30:00Z");
    const modify = fake.calls.find((c) => awsOp(c) === "ModifyNetworkInterfaceAttribute")!;
    expect(modify.body).toMatchObject({ NetworkInterfaceId: "eni-0aaa1111bbbb22223", "SecurityGroupId.1": q.id });
    expect(fake.calls.find((c) => awsOp(c) === "ModifyInstanceAttribute")!.body).toMatchObject({
      InstanceId: "i-0abc1234def567890",
      "DisableApiTermination.Value": "true",
    });
    expect(fake.calls.find((c) => awsOp(c) === "CreateSnapshot")!.body).toMatchObject({
      VolumeId: "vol-0root000000000001",
      "TagSpecification.1.ResourceType": "snapshot",
    });
    expect(writes()).toEqual([
      "CreateSecurityGroup",
      "RevokeSecurityGroupEgress",
      "ModifyNetworkInterfaceAttribute",
      "ModifyNetworkInterfaceAttribute",
      "CreateSnapshot",
      "CreateSnapshot",
      "ModifyInstanceAttribute",
      "PutRolePolicy",
    ]);
  });

  it("root-user activity: alert only, with context, no API call", async () => {
    const sns = new SNSClient({ ...config, region: "us-east-1" });
    const rec = await runRunbook(
      rootUserActivity,
      event("aws/cloudtrail-root-console-login.json"),
      clients,
      opts({ sinks: [snsSink(sns, "arn:aws:sns:us-east-1:999999999999:security-alerts")] }),
    );
    expect(rec.outcome).toBe("alerted");
    expect(rec.before).toMatchObject({ eventName: "ConsoleLogin", sourceIPAddress: "198.51.100.77", mfaUsed: "No" });
    expect(fake.calls.map(awsOp)).toEqual(["Publish"]);
    expect(state.published[0].topic).toBe("arn:aws:sns:us-east-1:999999999999:security-alerts");
    expect(JSON.parse(state.published[0].message)).toMatchObject({ runbook: "aws-alert-root-user-activity", outcome: "alerted" });
  });

  it("every AWS runbook ignores the others' events", () => {
    const fixtures = [
      "aws/cloudtrail-authorize-security-group-ingress.json",
      "aws/securityhub-s3-8.json",
      "aws/guardduty-iam-user-malicious-ip.json",
      "aws/guardduty-ec2-backdoor.json",
      "aws/cloudtrail-root-console-login.json",
    ];
    const matrix = fixtures.map((f) => awsRunbooks.filter((rb) => rb.parse(event(f)) !== undefined).map((rb) => rb.id));
    expect(matrix).toEqual([
      ["aws-revoke-open-admin-ports"],
      ["aws-restore-s3-public-access-block"],
      ["aws-contain-exposed-access-key"],
      ["aws-isolate-compromised-instance"],
      ["aws-alert-root-user-activity"],
    ]);
  });
});

describe("the Lambda handler", () => {
  it("assumes the member role, runs each runbook in its configured mode, records to the log and the topic", async () => {
    const env = { ...process.env };
    Object.assign(process.env, {
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "AKIDLAMBDA",
      AWS_SECRET_ACCESS_KEY: "lambda-secret",
      PALISADE_RESPOND_ROLE_NAME: "palisade-respond",
      PALISADE_RESPOND_TOPIC_ARN: "arn:aws:sns:us-east-1:333333333333:palisade-security-alerts",
      PALISADE_RESPOND_RUNBOOKS: "aws-revoke-open-admin-ports=dry-run,aws-isolate-compromised-instance=automatic",
      PALISADE_RESPOND_EXCLUSIONS: JSON.stringify({ principals: ["palisade-break-glass"] }),
    });
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      const sg = await handler(event("aws/cloudtrail-authorize-security-group-ingress.json"));
      expect(sg.map((r) => [r.runbook, r.mode, r.outcome])).toEqual([["aws-revoke-open-admin-ports", "dry-run", "would-remediate"]]);
      expect(state.rules.some((r) => r.id === "sgr-ssh4")).toBe(true);
      const inst = await handler(event("aws/guardduty-ec2-backdoor.json"));
      expect(inst.map((r) => [r.runbook, r.mode, r.outcome])).toEqual([["aws-isolate-compromised-instance", "automatic", "remediated"]]);
      // Not enabled: the event is not answered at all.
      expect(await handler(event("aws/securityhub-s3-8.json"))).toEqual([]);
    } finally {
      process.stdout.write = write;
      process.env = env;
    }
    expect(state.assumed).toEqual(["arn:aws:iam::111122223333:role/palisade-respond"]);
    const signed = fake.calls.filter((c) => awsOp(c) === "CreateSnapshot").map((c) => c.headers.authorization);
    expect(signed.every((a) => a.includes("Credential=ASIAFAKE/"))).toBe(true);
    expect(out.map((l) => JSON.parse(l).runbook)).toEqual(["aws-revoke-open-admin-ports", "aws-isolate-compromised-instance"]);
    expect(state.published.map((p) => JSON.parse(p.message).outcome)).toEqual(["would-remediate", "remediated"]);
  });

  it("rejects an unknown runbook id in its configuration at once", async () => {
    const env = { ...process.env };
    Object.assign(process.env, { PALISADE_RESPOND_ROLE_NAME: "r", PALISADE_RESPOND_RUNBOOKS: "aws-no-such-runbook=automatic" });
    try {
      await expect(handler(event("aws/guardduty-ec2-backdoor.json"))).rejects.toThrow(/unknown runbook\(s\): aws-no-such-runbook/);
    } finally {
      process.env = env;
    }
  });
});
