import type { StackResource } from "../../model/control";
import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, failAll, type Violation } from "../../model/verdict";

const PUBLIC_MEMBERS = ["allUsers", "allAuthenticatedUsers"];
const IAM_TYPES = [
  "gcp:storage/bucketIAMBinding:BucketIAMBinding",
  "gcp:storage/bucketIAMMember:BucketIAMMember",
  "gcp:storage/bucketIAMPolicy:BucketIAMPolicy",
  "gcp:storage/bucketAccessControl:BucketAccessControl",
];

/** Members an IAM resource grants: `members`, `member`, the JSON `policyData` bindings, or an ACL `entity`. */
function grantedMembers(r: StackResource): string[] {
  const members = peek(r.props, "members");
  const member = peek(r.props, "member");
  const entity = peek(r.props, "entity");
  const policy = peek(r.props, "policyData");
  const out: string[] = [];
  if (members.known && Array.isArray(members.value)) out.push(...members.value.filter((m): m is string => typeof m === "string"));
  if (member.known && typeof member.value === "string") out.push(member.value);
  if (entity.known && typeof entity.value === "string") out.push(entity.value);
  if (policy.known && typeof policy.value === "string") {
    try {
      for (const b of JSON.parse(policy.value).bindings ?? []) out.push(...(b.members ?? []));
    } catch {
      // A policy that is not JSON is rejected by the provider; nothing to read here.
    }
  }
  return out;
}

function membersUnknown(r: StackResource): boolean {
  return ["members", "member", "entity", "policyData"].some((p) => !peek(r.props, p).known);
}

/** The bucket's IAM lives in separate resources, linked through their `bucket` property. */
export const storageBucketNotPublic = defineControl({
  id: "gcp-storage-bucket-not-public",
  title: "Cloud Storage buckets are not granted to allUsers or allAuthenticatedUsers",
  rationale: "A grant to allUsers or allAuthenticatedUsers makes the bucket readable (or writable) by anyone on the internet.",
  severity: "critical",
  cloud: "gcp",
  service: "storage",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  frameworks: {
    "cis-gcp-5.0": ["5.1"],
    "cis-gcp-3.0": ["5.1"],
    "nist-800-53-r5": ["AC-3", "AC-6", "AC-21"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    "Remove allUsers and allAuthenticatedUsers from the bucket's IAM bindings and members; grant named principals or groups instead.",
  enforcementLevel: "mandatory",
  tags: ["public-exposure", "iam"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(bucket, IAM_TYPES, "bucket", ["name", "id"]);
    const violations: Violation[] = [];
    for (const grant of found) {
      const publicMembers = grantedMembers(grant).filter((m) => PUBLIC_MEMBERS.some((p) => m === p || m.startsWith(`${p}`)));
      for (const m of publicMembers) {
        violations.push({ property: `${grant.name}.members`, message: `${grant.name} grants ${m} on bucket ${bucket.name}; remove it` });
      }
    }
    if (violations.length > 0) return failAll(violations);
    const unknownGrant = found.find(membersUnknown);
    if (unknownGrant) return cannotEvaluate(`${unknownGrant.name}.members`, `the members of ${unknownGrant.name} are unknown`);
    if (undecided.length > 0)
      return cannotEvaluate(`${undecided[0].name}.bucket`, `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    return failAll([]);
  },
  response: [
    {
      runbook: "gcp-remove-public-bucket-members",
      trigger: "SCC PUBLIC_BUCKET_ACL; audit log storage.setIamPermissions",
      action: "storage.buckets.setIamPolicy without the public members (etag-guarded)",
      kind: "remediate",
    },
  ],
  examples: {
    compliant: [
      [
        { type: "gcp:storage/bucket:Bucket", name: "data", props: { name: "acme-data" } },
        {
          type: "gcp:storage/bucketIAMMember:BucketIAMMember",
          name: "reader",
          props: { bucket: "acme-data", role: "roles/storage.objectViewer", member: "group:data@acme.example" },
        },
      ],
    ],
    nonCompliant: [
      [
        { type: "gcp:storage/bucket:Bucket", name: "site", props: {} },
        {
          type: "gcp:storage/bucketIAMBinding:BucketIAMBinding",
          name: "public-read",
          props: { bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", role: "roles/storage.objectViewer", members: ["allUsers"] },
          refs: { bucket: ["site"] },
        },
      ],
    ],
  },
});
