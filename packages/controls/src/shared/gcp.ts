/**
 * Helpers shared by the Google Cloud controls: IAM grants, instance metadata, and what makes a stack an
 * organisation foundation (landing zone) stack. Reads go through the props bag, so an unknown value throws
 * and the control becomes "cannot be evaluated at preview".
 */
import type { CheckedResource } from "../model/control";
import type { StackView } from "../model/stack-view";
import { GCP_IAM_RESOURCE_TYPES } from "./gcp-iam-types";
import { listOf, objectsOf } from "./network";
import { num, str } from "./text";

export { GCP_IAM_RESOURCE_TYPES };

export const PUBLIC_MEMBERS = ["allUsers", "allAuthenticatedUsers"] as const;

/** Project, folder and organisation IAM: where a grant reaches every resource below. */
export const PROJECT_IAM_TYPES = [
  "gcp:projects/iAMBinding:IAMBinding",
  "gcp:projects/iAMMember:IAMMember",
  "gcp:projects/iAMPolicy:IAMPolicy",
];
export const FOLDER_IAM_TYPES = ["gcp:folder/iAMBinding:IAMBinding", "gcp:folder/iAMMember:IAMMember", "gcp:folder/iAMPolicy:IAMPolicy"];
export const ORGANIZATION_IAM_TYPES = [
  "gcp:organizations/iAMBinding:IAMBinding",
  "gcp:organizations/iAMMember:IAMMember",
  "gcp:organizations/iAMPolicy:IAMPolicy",
];
export const RESOURCE_MANAGER_IAM_TYPES = [...PROJECT_IAM_TYPES, ...FOLDER_IAM_TYPES, ...ORGANIZATION_IAM_TYPES];

/** One role granted to one member, and the property it was read from. */
export interface Grant {
  role: string;
  member: string;
  property: string;
}

/**
 * The grants an IAM resource makes: `member` (IAMMember), `members` (IAMBinding) or the JSON `policyData`
 * (IAMPolicy). Reads the props directly: an unknown member list throws.
 */
export function grantsOf(r: CheckedResource, relevantRole: (role: string) => boolean = () => true): Grant[] {
  const p = r.props;
  const type = r.type;
  // The role is read first: a grant of an irrelevant role is decided without reading its members, which
  // may be unknown at preview (e.g. a log sink's writer identity).
  if (/(Iam|IAM)Member$/.test(type)) {
    const role = str(p.role ?? "");
    if (!relevantRole(role)) return [];
    const member = p.member;
    return typeof member === "string" ? [{ role, member, property: "member" }] : [];
  }
  if (/(Iam|IAM)Binding$/.test(type)) {
    const role = str(p.role ?? "");
    if (!relevantRole(role)) return [];
    return listOf<unknown>(p.members)
      .map((m, i) => ({ m, i }))
      .filter((x): x is { m: string; i: number } => typeof x.m === "string")
      .map(({ m, i }) => ({ role, member: m, property: `members[${i}]` }));
  }
  if (/(Iam|IAM)Policy$/.test(type)) {
    const data = p.policyData;
    if (typeof data !== "string") return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return []; // the provider rejects a policy that is not JSON
    }
    const bindings = parsed && typeof parsed === "object" ? (parsed as { bindings?: unknown }).bindings : undefined;
    return objectsOf(bindings).flatMap((b, i) =>
      relevantRole(str(b.role ?? ""))
        ? listOf<unknown>(b.members)
            .filter((m): m is string => typeof m === "string")
            .map((m) => ({ role: str(b.role ?? ""), member: m, property: `policyData.bindings[${i}]` }))
        : [],
    );
  }
  return [];
}

export function isPublicMember(member: string): boolean {
  return PUBLIC_MEMBERS.some((p) => member === p || member.startsWith(`${p}:`));
}

/** `user:alice@acme.example` → { kind: "user", email: "alice@acme.example", domain: "acme.example" }. */
export function parseMember(member: string): { kind: string; id: string; domain?: string } {
  const i = member.indexOf(":");
  const kind = i < 0 ? member : member.slice(0, i);
  const id = i < 0 ? "" : member.slice(i + 1);
  // deleted:user:x@y?uid=1 and principal:// members carry no plain domain.
  const at = id.lastIndexOf("@");
  const domain =
    kind === "domain"
      ? id.toLowerCase()
      : at >= 0
        ? id
            .slice(at + 1)
            .split("?")[0]
            .toLowerCase()
        : undefined;
  return { kind, id, domain };
}

/** Basic (primitive) roles: they grant thousands of permissions across every service. */
export const BASIC_ROLES = ["roles/owner", "roles/editor"];

/** Administrative roles CIS counts as admin privileges for a service account. */
export function isAdminRole(role: string): boolean {
  return BASIC_ROLES.includes(role) || /admin$/i.test(role.replace(/^roles\//, ""));
}

/** Default service accounts Google creates (Compute Engine and App Engine). */
export function isDefaultServiceAccount(email: string): boolean {
  return /-compute@developer\.gserviceaccount\.com$/i.test(email) || /@appspot\.gserviceaccount\.com$/i.test(email);
}

// ---------------------------------------------------------------------------------------------------------
// Compute Engine instances and templates

export const INSTANCE_TYPES = [
  "gcp:compute/instance:Instance",
  "gcp:compute/instanceTemplate:InstanceTemplate",
  "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
];
export const PROJECT_METADATA_TYPES = [
  "gcp:compute/projectMetadata:ProjectMetadata",
  "gcp:compute/projectMetadataItem:ProjectMetadataItem",
];

/** GCE treats TRUE, true, 1, y and yes (any case) as true in boolean metadata. */
export function metadataTrue(value: unknown): boolean {
  return typeof value === "string" && ["true", "1", "y", "yes"].includes(value.trim().toLowerCase());
}
export function metadataFalse(value: unknown): boolean {
  return typeof value === "string" && ["false", "0", "n", "no"].includes(value.trim().toLowerCase());
}

/** A metadata value of an instance or template (`metadata` map); reading an unknown map or value throws. */
export function metadataValue(r: CheckedResource, key: string): unknown {
  const metadata = r.props.metadata;
  if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata)) return undefined;
  return metadata[key];
}

// ---------------------------------------------------------------------------------------------------------
// Foundation stacks

/**
 * Resources only an organisation's foundation (landing zone) stack declares. Organisation-wide controls
 * (an aggregated sink, the CIS log-metric alerts) apply to such a stack and are not applicable to a team's.
 */
export const FOUNDATION_MARKER_TYPES = [
  "gcp:organizations/folder:Folder",
  "gcp:orgpolicy/policy:Policy",
  "gcp:logging/organizationSink:OrganizationSink",
  "gcp:organizations/iamAuditConfig:IamAuditConfig",
];

export function isFoundationStack(stack: StackView): boolean {
  return stack.ofType(FOUNDATION_MARKER_TYPES).length > 0;
}

/** Seconds of a duration given as "7776000s", "7776000" or a number. */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)s?$/.exec(value.trim());
  return m ? num(m[1]) : undefined;
}
