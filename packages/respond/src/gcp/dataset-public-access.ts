import type { Runbook } from "../core/runbook";
import type { GcpClients } from "./clients";
import { auditCaller, auditLog, PUBLIC_MEMBERS, resourcePath, sccFinding, triggerOf } from "./events";

interface Target {
  project: string;
  dataset: string;
  caller?: string;
}

interface AccessEntry {
  role?: string;
  specialGroup?: string;
  iamMember?: string;
  [k: string]: unknown;
}
interface Dataset {
  etag?: string;
  labels?: Record<string, string>;
  access?: AccessEntry[];
}

const isPublic = (a: AccessEntry) =>
  a.specialGroup === "allAuthenticatedUsers" || (a.iamMember !== undefined && PUBLIC_MEMBERS.includes(a.iamMember));

/**
 * BigQuery dataset granted to allUsers / allAuthenticatedUsers: those access entries are removed with an
 * etag-guarded `datasets.patch` (BigQuery REST v2); every other entry and all data stay.
 */
export const datasetPublicAccess: Runbook<Target, GcpClients> = {
  id: "gcp-remove-public-dataset-access",
  cloud: "gcp",
  controlId: "gcp-bigquery-dataset-not-public",
  title: "Remove allUsers / allAuthenticatedUsers from a BigQuery dataset",
  trigger: "SCC PUBLIC_DATASET; audit log google.iam.v1.IAMPolicy.SetIamPolicy / datasetservice.update on a dataset",
  action: "bigquery.datasets.patch access without the public entries (If-Match etag)",
  triggerOf,
  parse(event) {
    const f = sccFinding(event, ["PUBLIC_DATASET"]);
    const log = f
      ? undefined
      : auditLog(event, [
          "google.iam.v1.IAMPolicy.SetIamPolicy",
          "datasetservice.update",
          "google.cloud.bigquery.v2.DatasetService.UpdateDataset",
          "google.cloud.bigquery.v2.DatasetService.PatchDataset",
        ]);
    const name = f?.resourceName ?? log?.protoPayload?.resourceName;
    if (!name) return undefined;
    const p = resourcePath(name);
    const i = p.indexOf("datasets");
    if (i < 0 || p[0] !== "projects") return undefined;
    return { project: p[1], dataset: p[i + 1], caller: log ? auditCaller(log) : undefined };
  },
  scopeOf: (t) => ({ kind: "project", id: t.project }),
  plan: (t) => [`remove allUsers / allAuthenticatedUsers access entries of dataset ${t.project}:${t.dataset}`],
  async respond(t, clients, r) {
    const url = `https://bigquery.googleapis.com/bigquery/v2/projects/${encodeURIComponent(t.project)}/datasets/${encodeURIComponent(t.dataset)}`;
    const resource = { id: `//bigquery.googleapis.com/projects/${t.project}/datasets/${t.dataset}`, scope: t.project };
    if (t.caller && r.exclusions.principals.includes(t.caller)) r.exclude(`the change was made by break-glass principal ${t.caller}`);
    const ds = await clients.request<Dataset>({ url, method: "GET" });
    const excluded = r.tagExcluded(ds.labels ?? {});
    if (excluded) r.exclude(excluded);
    const publicEntries = (ds.access ?? []).filter(isPublic);
    if (publicEntries.length === 0) return { resource, before: { publicEntries }, after: { publicEntries } };
    const access = (ds.access ?? []).filter((a) => !isPublic(a));
    await r.act("bigquery.datasets.patch", resource.id, { access, etag: ds.etag }, () =>
      clients.request({ url, method: "PATCH", data: { access }, headers: ds.etag ? { "If-Match": ds.etag } : {} }),
    );
    return { resource, before: { publicEntries }, after: { publicEntries: r.mode === "dry-run" ? publicEntries : [] } };
  },
};
