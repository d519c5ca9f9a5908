import { ListAccessKeysCommand, ListRoleTagsCommand, ListUserTagsCommand, UpdateAccessKeyCommand } from "@aws-sdk/client-iam";
import { InvalidEventError, type Runbook } from "../core/runbook";
import type { AwsClients } from "./clients";
import { envelope, isBreakGlass, tagMap, triggerOf } from "./events";
import { revokeSessions } from "./revoke-sessions";

interface Target {
  account: string;
  region: string;
  accessKeyId: string;
  userType: "IAMUser" | "AssumedRole";
  userName: string;
  findingTime: string;
}

/** GuardDuty finding types that mean an access key is in the wrong hands. */
export const EXPOSED_KEY_FINDINGS = [
  /^UnauthorizedAccess:IAMUser\/InstanceCredentialExfiltration/,
  /^UnauthorizedAccess:IAMUser\/MaliciousIPCaller/,
  /^UnauthorizedAccess:IAMUser\/TorIPCaller/,
  /^CredentialAccess:IAMUser\/AnomalousBehavior/,
  /^Policy:IAMUser\/RootCredentialUsage/,
];

/**
 * Access key exposed: a long-term user key is deactivated (never deleted, so it stays as evidence and can be
 * re-enabled), and the principal's sessions issued before now are revoked. For exfiltrated instance credentials
 * (temporary keys of a role) the role's sessions are revoked.
 */
export const iamAccessKeyExposed: Runbook<Target, AwsClients> = {
  id: "aws-contain-exposed-access-key",
  cloud: "aws",
  controlId: "aws-guardduty-detector-enabled",
  title: "Deactivate an exposed access key and revoke the principal's sessions",
  trigger:
    "GuardDuty UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.*, MaliciousIPCaller*, TorIPCaller, CredentialAccess:IAMUser/AnomalousBehavior",
  action: "iam:UpdateAccessKey Status=Inactive (users); iam:PutUserPolicy / iam:PutRolePolicy deny on aws:TokenIssueTime",
  triggerOf,
  parse(event) {
    const e = envelope(event);
    if (e?.source !== "aws.guardduty" || e["detail-type"] !== "GuardDuty Finding") return undefined;
    const d = e.detail ?? {};
    if (typeof d.type !== "string" || !EXPOSED_KEY_FINDINGS.some((p) => p.test(d.type)) || d.type.startsWith("Policy:")) return undefined;
    const k = d.resource?.accessKeyDetails;
    if (!k?.accessKeyId || !k.userName)
      throw new InvalidEventError("GuardDuty finding has no resource.accessKeyDetails.accessKeyId / userName");
    if (k.userType !== "IAMUser" && k.userType !== "AssumedRole") return undefined;
    return {
      account: String(d.accountId ?? e.account),
      region: String(d.region ?? e.region),
      accessKeyId: k.accessKeyId,
      userType: k.userType,
      userName: k.userName,
      findingTime: String(d.updatedAt ?? e.time),
    };
  },
  scopeOf: (t) => ({ kind: "account", id: t.account }),
  plan: (t) =>
    t.userType === "IAMUser"
      ? [`deactivate access key ${t.accessKeyId} of IAM user ${t.userName}`, `revoke sessions of user ${t.userName} issued before now`]
      : [`revoke sessions of role ${t.userName} issued before now (temporary key ${t.accessKeyId} cannot be deactivated)`],
  async respond(t, clients, r) {
    const { iam } = await clients.forAccount(t.account, t.region);
    const kind = t.userType === "IAMUser" ? "user" : "role";
    const arn = `arn:aws:iam::${t.account}:${kind}/${t.userName}`;
    const resource = { id: arn, scope: t.account };
    const glass = isBreakGlass(r.exclusions.principals, arn, t.userName);
    if (glass) r.exclude(`${arn} is a break-glass principal (${glass})`);
    const tags =
      kind === "user"
        ? (await iam.send(new ListUserTagsCommand({ UserName: t.userName }))).Tags
        : (await iam.send(new ListRoleTagsCommand({ RoleName: t.userName }))).Tags;
    const excluded = r.tagExcluded(tagMap(tags));
    if (excluded) r.exclude(excluded);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (kind === "user") {
      const keys = await iam.send(new ListAccessKeysCommand({ UserName: t.userName }));
      const key = keys.AccessKeyMetadata?.find((k) => k.AccessKeyId === t.accessKeyId);
      if (!key)
        throw Object.assign(new Error(`access key ${t.accessKeyId} not found on user ${t.userName}`), {
          name: "NoSuchEntity",
          statusCode: 404,
        });
      before.keyStatus = key.Status;
      if (key.Status === "Inactive") {
        r.skip("iam:UpdateAccessKey", t.accessKeyId, "already inactive");
        after.keyStatus = "Inactive";
      } else {
        const params = { UserName: t.userName, AccessKeyId: t.accessKeyId, Status: "Inactive" as const };
        await r.act("iam:UpdateAccessKey", t.accessKeyId, params, () => iam.send(new UpdateAccessKeyCommand(params)));
        after.keyStatus = r.mode === "dry-run" ? key.Status : "Inactive";
      }
    }
    const s = await revokeSessions(iam, r, kind, t.userName, t.findingTime);
    before.sessionsRevokedBefore = s.before ?? null;
    after.sessionsRevokedBefore = s.after ?? null;
    return { resource, before, after };
  },
};
