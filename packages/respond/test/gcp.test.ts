import { OAuth2Client } from "google-auth-library";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RunbookFailedError, runRunbook } from "../src/core/runbook";
import type { RunOptions } from "../src/core/types";
import { gcpClients, gcpRunbooks, pubsubSink } from "../src/gcp";
import { bucketPublicMembers } from "../src/gcp/bucket-public-members";
import { datasetPublicAccess } from "../src/gcp/dataset-public-access";
import { firewallAdminPorts } from "../src/gcp/firewall-admin-ports";
import { instanceCompromised, QUARANTINE_TAG, quarantineFirewall, snapshotName } from "../src/gcp/instance-compromised";
import { FakeCloud } from "./fake-http";
import { GcpState, gcpOp, installGcp, isGcpRead } from "./gcp-fake";
import event from "./load-fixture";

const PROJECT = "team-app-prod";
const auth = new OAuth2Client();
auth.setCredentials({ access_token: "test-token", expiry_date: Date.now() + 3_600_000 });
const clients = gcpClients(auth, { retry: 2, retryDelay: 5, maxRetryDelay: 20 });
const fake = new FakeCloud();
const state = new GcpState();
const NOW = new Date("2026-11-30T12:30:00Z");
const opts = (o: Partial<RunOptions> = {}): RunOptions => ({ mode: "automatic", now: () => NOW, ...o });
const writes = () => fake.calls.filter((c) => !isGcpRead(c)).map(gcpOp);
const NETWORK = `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/networks/prod-vpc`;

function seed(): void {
  Object.assign(state, new GcpState());
  state.firewalls.set("allow-ssh-anywhere", {
    id: "6190685430815455733",
    name: "allow-ssh-anywhere",
    network: NETWORK,
    direction: "INGRESS",
    priority: 1000,
    sourceRanges: ["0.0.0.0/0"],
    allowed: [{ IPProtocol: "tcp", ports: ["22", "8080"] }],
    targetTags: ["web"],
    disabled: false,
  });
  state.buckets.set("team-app-public-exports", {
    labels: { team: "app" },
    policy: {
      version: 1,
      etag: "CAE=",
      bindings: [
        { role: "roles/storage.objectViewer", members: ["allUsers", "group:analysts@example.com"] },
        { role: "roles/storage.legacyBucketReader", members: ["allAuthenticatedUsers"] },
        { role: "roles/storage.admin", members: ["group:platform@example.com"] },
      ],
    },
  });
  state.datasets.set(`${PROJECT}:analytics`, {
    kind: "bigquery#dataset",
    id: `${PROJECT}:analytics`,
    etag: "ds-etag-1",
    labels: { team: "analytics" },
    datasetReference: { projectId: PROJECT, datasetId: "analytics" },
    access: [
      { role: "OWNER", specialGroup: "projectOwners" },
      { role: "READER", specialGroup: "allAuthenticatedUsers" },
      { role: "READER", iamMember: "allUsers" },
      { role: "READER", groupByEmail: "analysts@example.com" },
    ],
  });
  state.instances.set("miner-1", {
    id: "4532164325432154321",
    name: "miner-1",
    status: "RUNNING",
    labels: { app: "batch" },
    tags: { items: ["batch"], fingerprint: "fp-1" },
    networkInterfaces: [{ network: NETWORK, networkIP: "10.0.0.7" }],
    disks: [
      { boot: true, source: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/zones/europe-west1-b/disks/miner-1` },
      { boot: false, source: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/zones/europe-west1-b/disks/miner-1-data` },
    ],
  });
}

beforeAll(() => {
  fake.start();
  installGcp(fake, state);
});
afterAll(() => fake.stop());
beforeEach(() => {
  seed();
  fake.reset();
});

const snapshotState = () =>
  JSON.stringify([[...state.firewalls], [...state.instances], [...state.snapshots], [...state.buckets], [...state.datasets]]);

const cases = [
  { rb: firewallAdminPorts, fixture: "gcp/scc-open-ssh-port-cloudevent.json", tag: "web" },
  { rb: bucketPublicMembers, fixture: "gcp/scc-public-bucket-acl.json", tag: "team=app" },
  { rb: datasetPublicAccess, fixture: "gcp/scc-public-dataset.json", tag: "team" },
  { rb: instanceCompromised, fixture: "gcp/scc-etd-cryptomining-instance.json", tag: "app=batch" },
];

describe.each(cases)("$rb.id", ({ rb, fixture, tag }) => {
  it("acts on its documented sample event, then a second delivery changes nothing", async () => {
    expect((await runRunbook(rb, event(fixture), clients, opts())).outcome).toBe("remediated");
    fake.reset();
    expect((await runRunbook(rb, event(fixture), clients, opts())).outcome).toBe("already-compliant");
    expect(writes()).toEqual([]);
  });

  it("dry-run changes nothing and lists what it would do", async () => {
    const before = snapshotState();
    const rec = await runRunbook(rb, event(fixture), clients, opts({ mode: "dry-run" }));
    expect(rec.outcome).toBe("would-remediate");
    expect(writes()).toEqual([]);
    expect(snapshotState()).toBe(before);
  });

  it("an excluded resource (label / network tag) or project is untouched", async () => {
    expect((await runRunbook(rb, event(fixture), clients, opts({ exclusions: { tags: [tag] } }))).outcome).toBe("excluded");
    expect((await runRunbook(rb, event(fixture), clients, opts({ exclusions: { projects: [PROJECT] } }))).outcome).toBe("excluded");
    expect(writes()).toEqual([]);
  });

  it("403 on its change is a failure record", async () => {
    fake.fail({ match: (c) => !isGcpRead(c), status: 403, code: "forbidden" });
    const err = await runRunbook(rb, event(fixture), clients, opts()).catch((e) => e);
    expect(err).toBeInstanceOf(RunbookFailedError);
    expect((err as RunbookFailedError).record.error).toMatchObject({ kind: "access-denied", status: 403 });
  });

  it("404 on the resource is a not-found failure record", async () => {
    fake.fail({ match: (c) => isGcpRead(c), status: 404, code: "notFound" });
    const err = await runRunbook(rb, event(fixture), clients, opts()).catch((e) => e);
    expect((err as RunbookFailedError).record.error).toMatchObject({ kind: "not-found", status: 404 });
    expect(writes()).toEqual([]);
  });

  it("429 is retried with backoff and then succeeds; unending 429 is a clear failure record", async () => {
    fake.fail({ match: (c) => !isGcpRead(c), status: 429, code: "rateLimitExceeded", times: 1 });
    expect((await runRunbook(rb, event(fixture), clients, opts())).outcome).toBe("remediated");
    seed();
    fake.reset();
    fake.fail({ match: (c) => !isGcpRead(c), status: 429, code: "rateLimitExceeded" });
    const err = await runRunbook(rb, event(fixture), clients, opts()).catch((e) => e);
    expect((err as RunbookFailedError).record.error).toMatchObject({ kind: "throttled", status: 429 });
    expect(writes().length).toBe(3);
  });
});

describe("wire calls and resulting state", () => {
  it("firewall: PATCH disabled=true (by name, found from the finding's numeric id), nothing deleted", async () => {
    await runRunbook(firewallAdminPorts, event("gcp/scc-open-ssh-port-cloudevent.json"), clients, opts());
    const patch = fake.calls.find((c) => c.method === "PATCH")!;
    expect(patch.path).toBe(`/compute/v1/projects/${PROJECT}/global/firewalls/allow-ssh-anywhere`);
    expect(patch.body).toEqual({ disabled: true });
    expect(patch.headers.authorization).toBe("Bearer test-token");
    expect(state.firewalls.get("allow-ssh-anywhere")).toMatchObject({ disabled: true, sourceRanges: ["0.0.0.0/0"] });
  });

  it("firewall: the audit-log trigger works too, and a break-glass caller's change is left alone", async () => {
    expect(
      (
        await runRunbook(
          firewallAdminPorts,
          event("gcp/audit-log-firewall-insert.json"),
          clients,
          opts({ exclusions: { principals: ["dev@example.com"] } }),
        )
      ).outcome,
    ).toBe("excluded");
    expect((await runRunbook(firewallAdminPorts, event("gcp/audit-log-firewall-insert.json"), clients, opts())).outcome).toBe("remediated");
  });

  it("bucket: public members removed from every binding with the etag, other members kept", async () => {
    await runRunbook(bucketPublicMembers, event("gcp/scc-public-bucket-acl.json"), clients, opts());
    const put = fake.calls.find((c) => c.method === "PUT")!;
    expect(put.path).toBe("/storage/v1/b/team-app-public-exports/iam");
    expect(put.body).toMatchObject({ etag: "CAE=" });
    expect(state.buckets.get("team-app-public-exports")!.policy.bindings).toEqual([
      { role: "roles/storage.objectViewer", members: ["group:analysts@example.com"] },
      { role: "roles/storage.admin", members: ["group:platform@example.com"] },
    ]);
  });

  it("dataset: public entries removed with If-Match, the rest kept", async () => {
    await runRunbook(datasetPublicAccess, event("gcp/scc-public-dataset.json"), clients, opts());
    const patch = fake.calls.find((c) => c.method === "PATCH")!;
    expect(patch.headers["if-match"]).toBe("ds-etag-1");
    expect(state.datasets.get(`${PROJECT}:analytics`).access).toEqual([
      { role: "OWNER", specialGroup: "projectOwners" },
      { role: "READER", groupByEmail: "analysts@example.com" },
    ]);
  });

  it("instance: labelled snapshots of both disks, deny-all firewalls, quarantine tag with the fingerprint", async () => {
    const sink = pubsubSink(clients, "projects/sec-hub/topics/security-alerts");
    await runRunbook(instanceCompromised, event("gcp/scc-etd-cryptomining-instance.json"), clients, opts({ sinks: [sink] }));
    const finding = "organizations/123456789012/sources/11008885959426381744/findings/a1b2c3d4e5f60718293a4b5c6d7e8f90";
    for (const disk of ["miner-1", "miner-1-data"]) {
      expect(state.snapshots.get(snapshotName(finding, disk))).toMatchObject({
        sourceDisk: `projects/${PROJECT}/zones/europe-west1-b/disks/${disk}`,
        labels: { "palisade-incident": "a1b2c3d4e5f60718293a4b5c6d7e8f90", "palisade-instance": "miner-1", "palisade-legal-hold": "true" },
      });
    }
    for (const dir of ["INGRESS", "EGRESS"] as const) {
      expect(state.firewalls.get(quarantineFirewall("prod-vpc", dir))).toMatchObject({
        direction: dir,
        priority: 0,
        denied: [{ IPProtocol: "all" }],
        targetTags: [QUARANTINE_TAG],
        network: NETWORK,
      });
    }
    expect(state.instances.get("miner-1").tags.items).toEqual(["batch", QUARANTINE_TAG]);
    expect(fake.calls.find((c) => c.path.endsWith("/setTags"))!.body).toEqual({ items: ["batch", QUARANTINE_TAG], fingerprint: "fp-1" });
    expect(writes()).toEqual([
      "POST compute /zones/europe-west1-b/disks/miner-1/createSnapshot",
      "POST compute /zones/europe-west1-b/disks/miner-1-data/createSnapshot",
      "POST compute /global/firewalls",
      "POST compute /global/firewalls",
      "POST compute /zones/europe-west1-b/instances/miner-1/setTags",
      "POST pubsub /topics/security-alerts:publish",
    ]);
    expect(state.published[0]).toMatchObject({
      topic: "projects/sec-hub/topics/security-alerts",
      attributes: { runbook: "gcp-isolate-compromised-instance", outcome: "remediated" },
    });
  });

  it("instance: `stop` containment stops it instead of tagging", async () => {
    const stopper = { ...instanceCompromised, parse: (e: unknown) => ({ ...instanceCompromised.parse(e)!, containment: "stop" as const }) };
    await runRunbook(stopper, event("gcp/scc-etd-cryptomining-instance.json"), clients, opts());
    expect(state.instances.get("miner-1").status).toBe("TERMINATED");
    expect(state.instances.get("miner-1").tags.items).toEqual(["batch"]);
  });

  it("each GCP runbook answers only its own events", () => {
    const fixtures = [
      "gcp/scc-open-ssh-port-cloudevent.json",
      "gcp/scc-public-bucket-acl.json",
      "gcp/scc-public-dataset.json",
      "gcp/scc-etd-cryptomining-instance.json",
      "gcp/audit-log-firewall-insert.json",
    ];
    expect(fixtures.map((f) => gcpRunbooks.filter((rb) => rb.parse(event(f)) !== undefined).map((rb) => rb.id))).toEqual([
      ["gcp-disable-open-admin-firewall"],
      ["gcp-remove-public-bucket-members"],
      ["gcp-remove-public-dataset-access"],
      ["gcp-isolate-compromised-instance"],
      ["gcp-disable-open-admin-firewall"],
    ]);
  });
});
