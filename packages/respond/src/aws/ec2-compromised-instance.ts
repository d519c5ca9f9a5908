import {
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupRulesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  ModifyInstanceAttributeCommand,
  ModifyNetworkInterfaceAttributeCommand,
  RevokeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngressCommand,
} from "@aws-sdk/client-ec2";
import { GetInstanceProfileCommand } from "@aws-sdk/client-iam";
import { InvalidEventError, type Runbook } from "../core/runbook";
import type { AwsClients } from "./clients";
import { envelope, isBreakGlass, tagMap, triggerOf } from "./events";
import { revokeSessions } from "./revoke-sessions";

export const QUARANTINE_GROUP_NAME = "palisade-quarantine";

interface Target {
  account: string;
  region: string;
  instanceId: string;
  findingId: string;
  findingType: string;
  findingTime: string;
}

/** GuardDuty finding families that mean the instance itself is compromised. */
const COMPROMISE =
  /^(Backdoor|CryptoCurrency|Trojan|UnauthorizedAccess|Impact|Execution|PrivilegeEscalation|DefenseEvasion|Persistence|CredentialAccess):(EC2|Runtime)\//;
const MIN_SEVERITY = 7;

/**
 * Compromised instance: isolated, evidence kept, its credentials cut. In order: a quarantine security group with no
 * rules in the instance's VPC (created once per VPC, any rule later added to it revoked); every network interface moved
 * into it alone; a snapshot of every EBS volume tagged with the finding; termination protection on; the instance
 * role's sessions revoked. The instance keeps running so its memory can be captured.
 */
export const ec2CompromisedInstance: Runbook<Target, AwsClients> = {
  id: "aws-isolate-compromised-instance",
  cloud: "aws",
  controlId: "aws-guardduty-detector-enabled",
  title: "Isolate a compromised EC2 instance and keep its evidence",
  trigger: "GuardDuty finding on an EC2 instance (Backdoor, CryptoCurrency, Trojan, UnauthorizedAccess, Runtime …) with severity ≥ 7",
  action:
    "quarantine security group with no rules on every ENI; ec2:CreateSnapshot of every volume with forensic tags; DisableApiTermination; role sessions revoked",
  triggerOf,
  parse(event) {
    const e = envelope(event);
    if (e?.source !== "aws.guardduty" || e["detail-type"] !== "GuardDuty Finding") return undefined;
    const d = e.detail ?? {};
    if (d.resource?.resourceType !== "Instance" || typeof d.type !== "string" || !COMPROMISE.test(d.type)) return undefined;
    if (Number(d.severity) < MIN_SEVERITY) return undefined;
    const instanceId = d.resource?.instanceDetails?.instanceId;
    if (typeof instanceId !== "string" || !instanceId.startsWith("i-"))
      throw new InvalidEventError("GuardDuty finding has no resource.instanceDetails.instanceId");
    return {
      account: String(d.accountId ?? e.account),
      region: String(d.region ?? e.region),
      instanceId,
      findingId: String(d.id),
      findingType: d.type,
      findingTime: String(d.updatedAt ?? e.time),
    };
  },
  scopeOf: (t) => ({ kind: "account", id: t.account }),
  plan: (t) => [
    `move every network interface of ${t.instanceId} into security group ${QUARANTINE_GROUP_NAME} (no rules), creating it in the VPC if needed`,
    `snapshot every EBS volume of ${t.instanceId}, tagged palisade:incident=${t.findingId}`,
    `turn on termination protection of ${t.instanceId}`,
    `revoke the sessions of the instance profile's role issued before now`,
  ],
  async respond(t, clients, r) {
    const { ec2, iam } = await clients.forAccount(t.account, t.region);
    const resource = { id: `arn:aws:ec2:${t.region}:${t.account}:instance/${t.instanceId}`, scope: t.account, region: t.region };
    const described = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [t.instanceId] }));
    const inst = described.Reservations?.[0]?.Instances?.[0];
    if (!inst)
      throw Object.assign(new Error(`instance ${t.instanceId} not found`), { name: "InvalidInstanceID.NotFound", statusCode: 404 });
    const excluded = r.tagExcluded(tagMap(inst.Tags));
    if (excluded) r.exclude(excluded);
    const enis = inst.NetworkInterfaces ?? [];
    const volumes = (inst.BlockDeviceMappings ?? [])
      .filter((b) => b.Ebs?.VolumeId)
      .map((b) => ({ device: b.DeviceName!, volumeId: b.Ebs!.VolumeId! }));
    const termination = await ec2.send(
      new DescribeInstanceAttributeCommand({ InstanceId: t.instanceId, Attribute: "disableApiTermination" }),
    );
    const before = {
      securityGroups: Object.fromEntries(enis.map((n) => [n.NetworkInterfaceId!, (n.Groups ?? []).map((g) => g.GroupId!)])),
      terminationProtection: termination.DisableApiTermination?.Value === true,
      volumes: volumes.map((v) => v.volumeId),
      instanceProfile: inst.IamInstanceProfile?.Arn ?? null,
    };

    // 1. The quarantine group: one per VPC, no rules at all (a new group has an allow-all egress rule: revoked).
    const found = await ec2.send(
      new DescribeSecurityGroupsCommand({
        Filters: [
          { Name: "group-name", Values: [QUARANTINE_GROUP_NAME] },
          { Name: "vpc-id", Values: [inst.VpcId!] },
        ],
      }),
    );
    let quarantineId = found.SecurityGroups?.[0]?.GroupId;
    if (!quarantineId) {
      const params = {
        GroupName: QUARANTINE_GROUP_NAME,
        Description: "Palisade quarantine: no inbound or outbound traffic",
        VpcId: inst.VpcId,
        TagSpecifications: [{ ResourceType: "security-group" as const, Tags: [{ Key: "palisade:purpose", Value: "quarantine" }] }],
      };
      const created = await r.act("ec2:CreateSecurityGroup", `${inst.VpcId}/${QUARANTINE_GROUP_NAME}`, params, () =>
        ec2.send(new CreateSecurityGroupCommand(params)),
      );
      quarantineId = created?.GroupId;
    }
    if (quarantineId) {
      const rules = await ec2.send(new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: "group-id", Values: [quarantineId] }] }));
      const egress = (rules.SecurityGroupRules ?? []).filter((x) => x.IsEgress).map((x) => x.SecurityGroupRuleId!);
      const ingress = (rules.SecurityGroupRules ?? []).filter((x) => !x.IsEgress).map((x) => x.SecurityGroupRuleId!);
      if (egress.length > 0) {
        const p = { GroupId: quarantineId, SecurityGroupRuleIds: egress };
        await r.act("ec2:RevokeSecurityGroupEgress", quarantineId, p, () => ec2.send(new RevokeSecurityGroupEgressCommand(p)));
      }
      if (ingress.length > 0) {
        const p = { GroupId: quarantineId, SecurityGroupRuleIds: ingress };
        await r.act("ec2:RevokeSecurityGroupIngress", quarantineId, p, () => ec2.send(new RevokeSecurityGroupIngressCommand(p)));
      }
    }

    // 2. Every interface into the quarantine group alone.
    for (const eni of enis) {
      const groups = (eni.Groups ?? []).map((g) => g.GroupId);
      if (quarantineId && groups.length === 1 && groups[0] === quarantineId) continue;
      const p = { NetworkInterfaceId: eni.NetworkInterfaceId, Groups: [quarantineId ?? `<${QUARANTINE_GROUP_NAME}>`] };
      await r.act("ec2:ModifyNetworkInterfaceAttribute", eni.NetworkInterfaceId!, p, () =>
        ec2.send(new ModifyNetworkInterfaceAttributeCommand({ NetworkInterfaceId: eni.NetworkInterfaceId, Groups: [quarantineId!] })),
      );
    }

    // 3. Evidence: one snapshot per volume per incident.
    const snapshots: string[] = [];
    for (const v of volumes) {
      const existing = await ec2.send(
        new DescribeSnapshotsCommand({
          OwnerIds: ["self"],
          Filters: [
            { Name: "volume-id", Values: [v.volumeId] },
            { Name: "tag:palisade:incident", Values: [t.findingId] },
          ],
        }),
      );
      const snap = existing.Snapshots?.[0];
      if (snap) {
        r.skip("ec2:CreateSnapshot", v.volumeId, `snapshot ${snap.SnapshotId} already taken for this incident`);
        snapshots.push(snap.SnapshotId!);
        continue;
      }
      const p = {
        VolumeId: v.volumeId,
        Description: `Palisade forensic snapshot of ${v.volumeId} (${v.device}) of ${t.instanceId}, GuardDuty ${t.findingType}`,
        TagSpecifications: [
          {
            ResourceType: "snapshot" as const,
            Tags: [
              { Key: "palisade:incident", Value: t.findingId },
              { Key: "palisade:finding-type", Value: t.findingType },
              { Key: "palisade:instance-id", Value: t.instanceId },
              { Key: "palisade:device", Value: v.device },
              { Key: "palisade:captured-at", Value: r.now().toISOString() },
              { Key: "palisade:legal-hold", Value: "true" },
            ],
          },
        ],
      };
      const out = await r.act("ec2:CreateSnapshot", v.volumeId, p, () => ec2.send(new CreateSnapshotCommand(p)));
      if (out?.SnapshotId) snapshots.push(out.SnapshotId);
    }

    // 4. Termination protection, so the evidence cannot be destroyed by terminating the instance.
    if (!before.terminationProtection) {
      const p = { InstanceId: t.instanceId, DisableApiTermination: { Value: true } };
      await r.act("ec2:ModifyInstanceAttribute", t.instanceId, p, () => ec2.send(new ModifyInstanceAttributeCommand(p)));
    }

    // 5. The instance role's sessions (what the attacker could have taken from the metadata service).
    let roleRevokedBefore: string | null = null;
    const profileArn = inst.IamInstanceProfile?.Arn;
    if (profileArn) {
      const profile = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: profileArn.split("/").pop() }));
      for (const role of profile.InstanceProfile?.Roles ?? []) {
        if (isBreakGlass(r.exclusions.principals, role.Arn, role.RoleName)) {
          r.skip("iam:PutRolePolicy", role.RoleName!, "break-glass role is never touched");
          continue;
        }
        roleRevokedBefore = (await revokeSessions(iam, r, "role", role.RoleName!, t.findingTime)).after ?? null;
      }
    }
    const dry = r.mode === "dry-run";
    return {
      resource,
      before,
      after: {
        securityGroups: dry ? before.securityGroups : Object.fromEntries(enis.map((n) => [n.NetworkInterfaceId!, [quarantineId]])),
        terminationProtection: dry ? before.terminationProtection : true,
        snapshots,
        roleSessionsRevokedBefore: roleRevokedBefore,
      },
    };
  },
};
