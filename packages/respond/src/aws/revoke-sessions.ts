import {
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  type IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import type { Responder } from "../core/runbook";
import { existingCutoff, REVOKE_POLICY_NAME, revokeSessionsPolicy } from "./events";

async function readPolicy(iam: IAMClient, kind: "user" | "role", name: string): Promise<string | undefined> {
  try {
    const out =
      kind === "role"
        ? await iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: REVOKE_POLICY_NAME }))
        : await iam.send(new GetUserPolicyCommand({ UserName: name, PolicyName: REVOKE_POLICY_NAME }));
    return out.PolicyDocument;
  } catch (err) {
    if (/^NoSuchEntity/.test((err as { name?: string }).name ?? "")) return undefined;
    throw err;
  }
}

/**
 * Revokes every session of a user or role issued before `notAfter` with an inline deny on `aws:TokenIssueTime`, the
 * mechanism of the IAM console's "Revoke active sessions". Idempotent: an existing revocation at or after the
 * incident's time already covers it and is left alone.
 */
export async function revokeSessions(
  iam: IAMClient,
  r: Responder,
  kind: "user" | "role",
  name: string,
  incidentTime: string,
): Promise<{ before?: string; after?: string }> {
  const before = existingCutoff(await readPolicy(iam, kind, name));
  if (before && before >= incidentTime) {
    r.skip(`iam:Put${kind === "role" ? "Role" : "User"}Policy`, name, `sessions issued before ${before} are already revoked`);
    return { before, after: before };
  }
  const cutoff = r
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
  const PolicyDocument = revokeSessionsPolicy(cutoff);
  if (kind === "role") {
    await r.act("iam:PutRolePolicy", name, { RoleName: name, PolicyName: REVOKE_POLICY_NAME, PolicyDocument }, () =>
      iam.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: REVOKE_POLICY_NAME, PolicyDocument })),
    );
  } else {
    await r.act("iam:PutUserPolicy", name, { UserName: name, PolicyName: REVOKE_POLICY_NAME, PolicyDocument }, () =>
      iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: REVOKE_POLICY_NAME, PolicyDocument })),
    );
  }
  return { before, after: r.mode === "dry-run" ? before : cutoff };
}
