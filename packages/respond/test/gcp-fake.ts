import type { FakeCloud, Fault, WireCall } from "./fake-http";

/**
 * Stateful fake of the Compute Engine v1, Cloud Storage JSON v1, BigQuery v2 and Pub/Sub v1 REST endpoints the GCP
 * runbooks call. Compute writes return a DONE operation; IAM and dataset writes check the etag as the services do.
 */
// biome-ignore lint/suspicious/noExplicitAny: Google JSON
type Json = any;

export class GcpState {
  firewalls = new Map<string, Json>();
  instances = new Map<string, Json>();
  snapshots = new Map<string, Json>();
  buckets = new Map<string, { labels: Record<string, string>; policy: Json }>();
  datasets = new Map<string, Json>();
  published: Json[] = [];
  private seq = 0;
  etag(): string {
    this.seq += 1;
    return Buffer.from(`etag-${this.seq}`).toString("base64");
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const STATUS: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  412: "FAILED_PRECONDITION",
  429: "RESOURCE_EXHAUSTED",
};
export const googleError = (status: number, reason: string, message = reason) =>
  json(status, { error: { code: status, message, errors: [{ message, domain: "global", reason }], status: STATUS[status] ?? "UNKNOWN" } });
const op = (project: string, target: string, kind = "compute#operation") =>
  json(200, {
    kind,
    name: `operation-${Date.now()}`,
    status: "DONE",
    progress: 100,
    targetLink: target,
    selfLink: `projects/${project}/global/operations/x`,
  });

function compute(s: GcpState, c: WireCall): Response {
  const p = c.path.replace(/^\/compute\/v1\//, "").split("/");
  const project = p[1];
  if (p[2] === "global" && p[3] === "firewalls") {
    const name = p[4];
    if (!name && c.method === "POST") {
      const body = c.body as Json;
      if (s.firewalls.has(body.name)) return googleError(409, "alreadyExists", `The resource '${body.name}' already exists`);
      s.firewalls.set(body.name, {
        ...body,
        id: String(1000 + s.firewalls.size),
        selfLink: `https://www.googleapis.com/compute/v1/projects/${project}/global/firewalls/${body.name}`,
      });
      return op(project, body.name);
    }
    const fw = s.firewalls.get(name) ?? [...s.firewalls.values()].find((f) => f.id === name);
    if (!fw) return googleError(404, "notFound", `The resource 'projects/${project}/global/firewalls/${name}' was not found`);
    if (c.method === "GET") return json(200, fw);
    if (c.method === "PATCH") {
      Object.assign(fw, c.body);
      return op(project, fw.name);
    }
  }
  if (p[2] === "global" && p[3] === "snapshots" && c.method === "GET") {
    const snap = s.snapshots.get(p[4]);
    return snap
      ? json(200, snap)
      : googleError(404, "notFound", `The resource 'projects/${project}/global/snapshots/${p[4]}' was not found`);
  }
  if (p[2] === "zones" && p[4] === "disks" && p[6] === "createSnapshot" && c.method === "POST") {
    const body = c.body as Json;
    if (s.snapshots.has(body.name)) return googleError(409, "alreadyExists", `The resource '${body.name}' already exists`);
    s.snapshots.set(body.name, {
      ...body,
      sourceDisk: `projects/${project}/zones/${p[3]}/disks/${p[5]}`,
      guestFlush: c.query.guestFlush,
      status: "READY",
    });
    return op(project, body.name);
  }
  if (p[2] === "zones" && p[4] === "instances") {
    const inst = s.instances.get(p[5]) ?? [...s.instances.values()].find((i) => i.id === p[5]);
    if (!inst) return googleError(404, "notFound", `The resource 'projects/${project}/zones/${p[3]}/instances/${p[5]}' was not found`);
    if (c.method === "GET" && !p[6]) return json(200, inst);
    if (c.method === "POST" && p[6] === "setTags") {
      const body = c.body as Json;
      if (body.fingerprint !== inst.tags.fingerprint)
        return googleError(412, "conditionNotMet", "Supplied fingerprint does not match current metadata fingerprint.");
      inst.tags = { items: body.items, fingerprint: s.etag() };
      return op(project, inst.name);
    }
    if (c.method === "POST" && p[6] === "stop") {
      inst.status = "TERMINATED";
      return op(project, inst.name);
    }
  }
  return googleError(400, "badRequest", `fake Compute does not implement ${c.method} ${c.path}`);
}

function storage(s: GcpState, c: WireCall): Response {
  const m = /^\/storage\/v1\/b\/([^/]+)(\/iam)?$/.exec(c.path);
  const b = m ? s.buckets.get(decodeURIComponent(m[1])) : undefined;
  if (!m || !b) return googleError(404, "notFound", "The specified bucket does not exist.");
  if (!m[2] && c.method === "GET")
    return json(200, { kind: "storage#bucket", name: m[1], labels: b.labels, projectNumber: "123456789012" });
  if (m[2] && c.method === "GET") return json(200, { kind: "storage#policy", resourceId: `projects/_/buckets/${m[1]}`, ...b.policy });
  if (m[2] && c.method === "PUT") {
    const body = c.body as Json;
    if (body.etag !== b.policy.etag) return googleError(412, "conditionNotMet", "Precondition Failed");
    b.policy = { bindings: body.bindings, version: body.version, etag: s.etag() };
    return json(200, { kind: "storage#policy", ...b.policy });
  }
  return googleError(400, "badRequest", `fake Storage does not implement ${c.method} ${c.path}`);
}

function bigquery(s: GcpState, c: WireCall): Response {
  const m = /^\/bigquery\/v2\/projects\/([^/]+)\/datasets\/([^/]+)$/.exec(c.path);
  const key = m ? `${m[1]}:${m[2]}` : "";
  const ds = s.datasets.get(key);
  if (!ds) return googleError(404, "notFound", `Not found: Dataset ${key}`);
  if (c.method === "GET") return json(200, ds);
  if (c.method === "PATCH") {
    if (c.headers["if-match"] && c.headers["if-match"] !== ds.etag)
      return googleError(412, "failedPrecondition", "Precondition check failed.");
    Object.assign(ds, c.body, { etag: s.etag() });
    return json(200, ds);
  }
  return googleError(400, "badRequest", c.method);
}

function pubsub(s: GcpState, c: WireCall): Response {
  if (c.method === "POST" && c.path.endsWith(":publish")) {
    for (const msg of (c.body as Json).messages)
      s.published.push({
        topic: c.path.slice(4, -8),
        attributes: msg.attributes,
        data: JSON.parse(Buffer.from(msg.data, "base64").toString()),
      });
    return json(200, { messageIds: ["1"] });
  }
  return googleError(400, "badRequest", c.path);
}

export const isGcpRead = (c: WireCall) => c.method === "GET";
export const gcpOp = (c: WireCall) =>
  `${c.method} ${c.host.split(".")[0]} ${c.path.replace(/^\/(compute\/v1|storage\/v1|bigquery\/v2|v1)\/projects\/[^/]+/, "").replace(/^\/(storage\/v1)/, "")}`;

export function installGcp(fake: FakeCloud, s: GcpState): void {
  const error = (_c: WireCall, f: Fault) => googleError(f.status, f.code);
  fake.route(
    (h) => h === "compute.googleapis.com",
    (c) => compute(s, c),
    error,
  );
  fake.route(
    (h) => h === "storage.googleapis.com",
    (c) => storage(s, c),
    error,
  );
  fake.route(
    (h) => h === "bigquery.googleapis.com",
    (c) => bigquery(s, c),
    error,
  );
  fake.route(
    (h) => h === "pubsub.googleapis.com",
    (c) => pubsub(s, c),
    error,
  );
}
