import type { Runbook } from "../core/runbook";
import type { GcpClients } from "./clients";
import { auditCaller, auditLog, PUBLIC_MEMBERS, resourcePath, sccFinding, triggerOf, unwrap } from "./events";

interface Target {
  bucket: string;
  project?: string;
  caller?: string;
}

/**
 * Bucket granted to allUsers / allAuthenticatedUsers: those members are removed from every binding of the bucket's
 * IAM policy (written back with its etag, so a concurrent change is not overwritten); other members stay.
 */
export const bucketPublicMembers: Runbook<Target, GcpClients> = {
  id: "gcp-remove-public-bucket-members",
  cloud: "gcp",
  controlId: "gcp-storage-bucket-not-public",
  title: "Remove allUsers / allAuthenticatedUsers from a bucket's IAM policy",
  trigger: "SCC PUBLIC_BUCKET_ACL; audit log storage.setIamPermissions",
  action: "storage.buckets.setIamPolicy without the public members (etag-guarded)",
  triggerOf,
  parse(event) {
    const f = sccFinding(event, ["PUBLIC_BUCKET_ACL"]);
    if (f) {
      const p = resourcePath(f.resourceName);
      return { bucket: p[p.length - 1], project: unwrap(event)?.resource?.projectDisplayName };
    }
    const log = auditLog(event, ["storage.setIamPermissions"]);
    if (!log) return undefined;
    const p = resourcePath(log.protoPayload.resourceName);
    return { bucket: p[p.indexOf("buckets") + 1], project: log.resource?.labels?.project_id, caller: auditCaller(log) };
  },
  scopeOf: (t) => ({ kind: "project", id: t.project ?? "" }),
  plan: (t) => [`remove ${PUBLIC_MEMBERS.join(" and ")} from every binding of gs://${t.bucket}`],
  async respond(t, clients, r) {
    const resource = { id: `//storage.googleapis.com/${t.bucket}`, scope: t.project };
    if (t.caller && r.exclusions.principals.includes(t.caller)) r.exclude(`the change was made by break-glass principal ${t.caller}`);
    const meta = (await clients.storage.buckets.get({ bucket: t.bucket, fields: "labels,projectNumber" })).data;
    const excluded = r.tagExcluded(meta.labels ?? {});
    if (excluded) r.exclude(excluded);
    const policy = (await clients.storage.buckets.getIamPolicy({ bucket: t.bucket, optionsRequestedPolicyVersion: 3 })).data;
    const publicGrants = (policy.bindings ?? []).flatMap((b) =>
      (b.members ?? []).filter((m) => PUBLIC_MEMBERS.includes(m)).map((m) => `${b.role}:${m}`),
    );
    if (publicGrants.length === 0) return { resource, before: { publicGrants }, after: { publicGrants } };
    const bindings = (policy.bindings ?? [])
      .map((b) => ({ ...b, members: (b.members ?? []).filter((m) => !PUBLIC_MEMBERS.includes(m)) }))
      .filter((b) => b.members.length > 0);
    const requestBody = { bindings, etag: policy.etag, version: policy.version ?? 1 };
    await r.act("storage.buckets.setIamPolicy", resource.id, { bucket: t.bucket, removed: publicGrants }, () =>
      clients.storage.buckets.setIamPolicy({ bucket: t.bucket, requestBody }),
    );
    return { resource, before: { publicGrants }, after: { publicGrants: r.mode === "dry-run" ? publicGrants : [] } };
  },
};
