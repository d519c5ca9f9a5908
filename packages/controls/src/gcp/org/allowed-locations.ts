import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** Resource type → the property holding its location. */
const LOCATION_PROPERTY: Record<string, string> = {
  "gcp:storage/bucket:Bucket": "location",
  "gcp:bigquery/dataset:Dataset": "location",
  "gcp:sql/databaseInstance:DatabaseInstance": "region",
  "gcp:kms/keyRing:KeyRing": "location",
  "gcp:compute/subnetwork:Subnetwork": "region",
  "gcp:compute/instance:Instance": "zone",
  "gcp:container/cluster:Cluster": "location",
  "gcp:logging/projectBucketConfig:ProjectBucketConfig": "location",
  "gcp:artifactregistry/repository:Repository": "location",
  "gcp:cloudfunctionsv2/function:Function": "location",
  "gcp:cloudrunv2/service:Service": "location",
};

/** "europe-west1" matches "europe-west1", "europe-*", "europe-west1-b" matches "europe-west1" (zone in region). */
function allowedBy(location: string, pattern: string): boolean {
  const l = location.toLowerCase();
  const p = pattern.trim().toLowerCase();
  if (p.endsWith("*")) return l.startsWith(p.slice(0, -1));
  return l === p || l.startsWith(`${p}-`);
}

export const orgAllowedLocations = defineControl({
  id: "gcp-org-allowed-locations",
  title: "Resources are created in allowed locations, set explicitly",
  rationale:
    "Data residency and sovereignty commitments hold only if data stays in the agreed regions; several services default to the US (BigQuery) or to the provider's region when no location is given.",
  severity: "medium",
  cloud: "gcp",
  service: "org",
  resourceTypes: Object.keys(LOCATION_PROPERTY),
  frameworks: {
    "nist-800-53-r5": ["CM-6", "SA-9(6)"],
    soc2: ["C1.1"],
    "iso27001-2022": ["A.5.34", "A.5.31"],
    "pci-dss-4.0": ["12.8.4"],
    hipaa: ["164.308(b)(1)"],
  },
  remediation: "Set the location (region/zone) explicitly to one of allowedLocations.",
  enforcementLevel: "mandatory",
  tags: ["data-residency"],
  configSchema: {
    allowedLocations: {
      type: "array",
      items: { type: "string" },
      default: [],
      description:
        'Allowed locations: names ("EU", "europe-west1") or prefixes ending in * ("europe-*"); a region also allows its zones. Empty: any location, but it must be set explicitly.',
    },
  },
  check: (r, ctx) => {
    const property = LOCATION_PROPERTY[r.type];
    const location = r.props[property];
    if (typeof location !== "string" || location.trim() === "") {
      return fail(property, `${property} is not set, so the provider default applies; set it explicitly`);
    }
    const allowed = (Array.isArray(ctx.settings.allowedLocations) ? ctx.settings.allowedLocations : []).filter(
      (l: unknown): l is string => typeof l === "string",
    );
    if (allowed.length === 0 || allowed.some((p: string) => allowedBy(location, p))) return pass();
    return fail(property, `${property} ${JSON.stringify(location)} is not in the allowed locations ${allowed.join(", ")}; use one of them`);
  },
  preventive: [
    { kind: "gcp-org-policy", constraint: "gcp.resourceLocations", constraintType: "list", list: { fromConfig: "allowedLocations" } },
  ],
  examples: {
    compliant: [
      [{ type: "gcp:storage/bucket:Bucket", props: { location: "EU" } }],
      [{ type: "gcp:sql/databaseInstance:DatabaseInstance", props: { databaseVersion: "POSTGRES_16", region: "europe-west1" } }],
    ],
    nonCompliant: [
      [{ type: "gcp:bigquery/dataset:Dataset", props: { datasetId: "sales" } }],
      [{ type: "gcp:sql/databaseInstance:DatabaseInstance", props: { databaseVersion: "POSTGRES_16" } }],
    ],
  },
});
