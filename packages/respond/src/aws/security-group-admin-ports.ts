import { DescribeSecurityGroupRulesCommand, DescribeSecurityGroupsCommand, RevokeSecurityGroupIngressCommand } from "@aws-sdk/client-ec2";
import type { Runbook } from "../core/runbook";
import type { AwsClients } from "./clients";
import { envelope, requireString, securityHubFinding, tagMap, triggerOf } from "./events";

const ADMIN_PORTS = [22, 3389];
const OPEN = ["0.0.0.0/0", "::/0"];

interface Target {
  account: string;
  region: string;
  groupId: string;
}

/**
 * Security group opened to the internet on SSH/RDP: the offending ingress rules (and only those) are revoked by rule
 * id. Triggered by CloudTrail `AuthorizeSecurityGroupIngress` / `ModifySecurityGroupRules` via EventBridge and by
 * Security Hub EC2.13 / EC2.14 / EC2.53 / EC2.54 findings.
 */
export const securityGroupAdminPorts: Runbook<Target, AwsClients> = {
  id: "aws-revoke-open-admin-ports",
  cloud: "aws",
  controlId: "aws-ec2-security-group-admin-ports",
  title: "Revoke security group rules that open SSH/RDP to the internet",
  trigger: "CloudTrail AuthorizeSecurityGroupIngress / ModifySecurityGroupRules; Security Hub EC2.13, EC2.14, EC2.53, EC2.54",
  action: "ec2:RevokeSecurityGroupIngress of the open admin-port rules only",
  triggerOf,
  parse(event) {
    const e = envelope(event);
    if (!e) return undefined;
    const finding = securityHubFinding(e, ["EC2.13", "EC2.14", "EC2.53", "EC2.54"]);
    if (finding) {
      const res = finding.Resources?.find((r: { Type?: string }) => r.Type === "AwsEc2SecurityGroup");
      const arn = requireString(res?.Id, "AwsEc2SecurityGroup resource id");
      return {
        account: requireString(finding.AwsAccountId, "AwsAccountId"),
        region: requireString(res.Region ?? finding.Region, "Region"),
        groupId: arn.split("/").pop()!,
      };
    }
    if (e.source !== "aws.ec2" || e["detail-type"] !== "AWS API Call via CloudTrail") return undefined;
    const d = e.detail ?? {};
    if (!["AuthorizeSecurityGroupIngress", "ModifySecurityGroupRules"].includes(d.eventName)) return undefined;
    if (d.errorCode) return undefined;
    const groupId = d.requestParameters?.groupId ?? d.requestParameters?.ModifySecurityGroupRulesRequest?.GroupId;
    return {
      account: requireString(d.recipientAccountId ?? e.account, "account"),
      region: requireString(d.awsRegion ?? e.region, "region"),
      groupId: requireString(groupId, "requestParameters.groupId"),
    };
  },
  scopeOf: (t) => ({ kind: "account", id: t.account }),
  plan: (t) => [
    `revoke every ingress rule of ${t.groupId} (account ${t.account}, ${t.region}) that opens port 22 or 3389 to 0.0.0.0/0 or ::/0`,
  ],
  async respond(t, clients, r) {
    const { ec2 } = await clients.forAccount(t.account, t.region);
    const resource = { id: `arn:aws:ec2:${t.region}:${t.account}:security-group/${t.groupId}`, scope: t.account, region: t.region };
    const groups = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [t.groupId] }));
    const group = groups.SecurityGroups?.[0];
    if (!group) throw Object.assign(new Error(`security group ${t.groupId} not found`), { name: "InvalidGroup.NotFound", statusCode: 404 });
    const excluded = r.tagExcluded(tagMap(group.Tags));
    if (excluded) r.exclude(excluded);
    const rules = await ec2.send(new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: "group-id", Values: [t.groupId] }] }));
    const offending = (rules.SecurityGroupRules ?? []).filter(
      (rule) =>
        !rule.IsEgress &&
        OPEN.includes(rule.CidrIpv4 ?? rule.CidrIpv6 ?? "") &&
        (rule.IpProtocol === "-1" ||
          ((rule.IpProtocol === "tcp" || rule.IpProtocol === "6") &&
            ADMIN_PORTS.some((p) => (rule.FromPort ?? 0) <= p && p <= (rule.ToPort ?? 65535)))),
    );
    const before = offending.map((x) => ({
      id: x.SecurityGroupRuleId,
      protocol: x.IpProtocol,
      from: x.FromPort,
      to: x.ToPort,
      cidr: x.CidrIpv4 ?? x.CidrIpv6,
    }));
    if (offending.length === 0) return { resource, before: { openAdminRules: [] }, after: { openAdminRules: [] } };
    const ids = offending.map((x) => x.SecurityGroupRuleId!);
    await r.act("ec2:RevokeSecurityGroupIngress", resource.id, { GroupId: t.groupId, SecurityGroupRuleIds: ids }, () =>
      ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: t.groupId, SecurityGroupRuleIds: ids })),
    );
    return { resource, before: { openAdminRules: before }, after: { openAdminRules: r.mode === "dry-run" ? before : [] } };
  },
};
