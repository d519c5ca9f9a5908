/**
 * The built-in organisation policy constraints the landing zone deploys, each with its type as Google
 * documents it. Source: Google Cloud, "Organization policy constraints" (the list of available constraints,
 * https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints). The tests check
 * that every constraint a control names is listed here with the same type, so a typo or a boolean/list
 * mix-up fails before anything reaches an organisation.
 */
export interface BuiltinConstraint {
  type: "boolean" | "list";
  title: string;
  /** List constraints: whether values may be `under:` resource-hierarchy subtrees or `in:` value groups. */
  values?: string;
}

export const BUILTIN_CONSTRAINTS: Readonly<Record<string, BuiltinConstraint>> = {
  "compute.disableSerialPortAccess": { type: "boolean", title: "Disable VM serial port access" },
  "compute.requireOsLogin": { type: "boolean", title: "Require OS Login" },
  "compute.requireShieldedVm": { type: "boolean", title: "Shielded VMs" },
  "compute.restrictVpcPeering": {
    type: "list",
    title: "Restrict VPC peering usage",
    values: "under:organizations/ID, under:folders/ID, under:projects/ID, projects/P/global/networks/N",
  },
  "compute.skipDefaultNetworkCreation": { type: "boolean", title: "Skip default network creation" },
  "compute.vmCanIpForward": { type: "list", title: "Restrict VM IP Forwarding", values: "projects/P/zones/Z/instances/I, under:…" },
  "compute.vmExternalIpAccess": {
    type: "list",
    title: "Define allowed external IPs for VM instances",
    values: "projects/P/zones/Z/instances/I",
  },
  "essentialcontacts.allowedContactDomains": { type: "list", title: "Domain restricted contacts", values: "@example.com" },
  "gcp.resourceLocations": { type: "list", title: "Resource Location Restriction", values: "in:<group>-locations, <location>" },
  "gcp.restrictNonCmekServices": {
    type: "list",
    title: "Restrict which services may create resources without CMEK",
    values: "<service>.googleapis.com",
  },
  "iam.allowedPolicyMemberDomains": {
    type: "list",
    title: "Domain restricted sharing",
    values: "Cloud Identity / Workspace customer IDs (C0…)",
  },
  "iam.automaticIamGrantsForDefaultServiceAccounts": {
    type: "boolean",
    title: "Disable Automatic IAM Grants for Default Service Accounts",
  },
  "iam.disableServiceAccountKeyCreation": { type: "boolean", title: "Disable service account key creation" },
  "iam.disableServiceAccountKeyUpload": { type: "boolean", title: "Disable Service Account Key Upload" },
  "sql.restrictAuthorizedNetworks": { type: "boolean", title: "Restrict Authorized Networks on Cloud SQL instances" },
  "sql.restrictPublicIp": { type: "boolean", title: "Restrict Public IP access on Cloud SQL instances" },
  "storage.publicAccessPrevention": { type: "boolean", title: "Enforce Public Access Prevention" },
  "storage.uniformBucketLevelAccess": { type: "boolean", title: "Enforce uniform bucket-level access" },
};

/** Resource types custom constraints support that the controls use (Google's per-service "custom constraints" pages). */
export const CUSTOM_CONSTRAINT_RESOURCE_TYPES: readonly string[] = [
  "cloudkms.googleapis.com/CryptoKey",
  "container.googleapis.com/Cluster",
  "sqladmin.googleapis.com/Instance",
];
