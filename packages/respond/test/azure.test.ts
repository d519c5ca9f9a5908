import type { TokenCredential } from "@azure/core-auth";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { azureClients, azureRunbooks } from "../src/azure";
import { nsgAdminPorts } from "../src/azure/nsg-admin-ports";
import { storagePublicAccess } from "../src/azure/storage-public-access";
import { snapshotName, vmCompromised } from "../src/azure/vm-compromised";
import { RunbookFailedError, runRunbook } from "../src/core/runbook";
import type { RunOptions } from "../src/core/types";
import { ArmState, armOp, installAzure, isArmRead } from "./azure-fake";
import { FakeCloud } from "./fake-http";
import event from "./load-fixture";

const SUB = "00000000-0000-0000-0000-000000000001";
const RG = (rg: string) => `/subscriptions/${SUB}/resourceGroups/${rg}/providers`;
const credential: TokenCredential = { getToken: async () => ({ token: "test-token", expiresOnTimestamp: Date.now() + 3_600_000 }) };
const clients = azureClients(credential, { retryOptions: { maxRetries: 2, retryDelayInMs: 5, maxRetryDelayInMs: 20 } });
const fake = new FakeCloud();
const state = new ArmState();
const NOW = new Date("2026-11-30T12:30:00Z");
const opts = (o: Partial<RunOptions> = {}): RunOptions => ({ mode: "automatic", now: () => NOW, ...o });
const writes = () => fake.calls.filter((c) => !isArmRead(c)).map(armOp);
const NSG = `${RG("rg-web")}/Microsoft.Network/networkSecurityGroups/nsg-web`;
const ACCOUNT = `${RG("rg-data")}/Microsoft.Storage/storageAccounts/stdataexports`;
const VM = `${RG("rg-app")}/Microsoft.Compute/virtualMachines/vm-app-1`;
const NIC = `${RG("rg-app")}/Microsoft.Network/networkInterfaces/vm-app-1-nic`;
const rule = (name: string, priority: number, source: string, port: string, access = "Allow") => ({
  name,
  id: `${NSG}/securityRules/${name}`,
  properties: {
    protocol: "Tcp",
    access,
    direction: "Inbound",
    priority,
    sourceAddressPrefix: source,
    sourcePortRange: "*",
    destinationAddressPrefix: "*",
    destinationPortRange: port,
  },
});

function seed(): void {
  state.resources.clear();
  state.put(NSG, {
    location: "westeurope",
    tags: { team: "web" },
    properties: {
      securityRules: [
        rule("allow-ssh-anywhere", 100, "*", "22"),
        rule("allow-rdp-internet", 110, "Internet", "3380-3390"),
        rule("allow-https", 120, "*", "443"),
        rule("allow-ssh-vpn", 130, "10.0.0.0/8", "22"),
      ],
    },
  });
  state.put(ACCOUNT, {
    location: "westeurope",
    kind: "StorageV2",
    sku: { name: "Standard_LRS" },
    tags: { team: "data" },
    properties: { allowBlobPublicAccess: true, minimumTlsVersion: "TLS1_2" },
  });
  state.put(VM, {
    location: "westeurope",
    tags: { app: "shop" },
    properties: {
      networkProfile: { networkInterfaces: [{ id: NIC }] },
      storageProfile: {
        osDisk: { name: "vm-app-1-os", managedDisk: { id: `${RG("rg-app")}/Microsoft.Compute/disks/vm-app-1-os` } },
        dataDisks: [{ lun: 0, name: "vm-app-1-data", managedDisk: { id: `${RG("rg-app")}/Microsoft.Compute/disks/vm-app-1-data` } }],
      },
    },
  });
  state.put(NIC, {
    location: "westeurope",
    properties: {
      ipConfigurations: [
        {
          name: "ipconfig1",
          properties: {
            privateIPAddress: "10.1.0.4",
            subnet: { id: `${RG("rg-net")}/Microsoft.Network/virtualNetworks/vnet/subnets/app` },
          },
        },
      ],
    },
  });
}

beforeAll(() => {
  fake.start();
  installAzure(fake, state);
});
afterAll(() => fake.stop());
beforeEach(() => {
  seed();
  fake.reset();
});

const cases = [
  { rb: nsgAdminPorts, fixture: "azure/eventgrid-nsg-rule-write.json", tag: "team=web" },
  { rb: storagePublicAccess, fixture: "azure/eventgrid-storage-account-write.json", tag: "team" },
  { rb: vmCompromised, fixture: "azure/defender-alert-vm.json", tag: "app=shop" },
];

describe.each(cases)("$rb.id", ({ rb, fixture, tag }) => {
  it("acts on its documented sample event, then a second delivery changes nothing", async () => {
    expect((await runRunbook(rb, event(fixture), clients, opts())).outcome).toBe("remediated");
    fake.reset();
    expect((await runRunbook(rb, event(fixture), clients, opts())).outcome).toBe("already-compliant");
    expect(writes()).toEqual([]);
  });

  it("dry-run changes nothing and lists what it would do", async () => {
    const before = JSON.stringify([...state.resources]);
    const rec = await runRunbook(rb, event(fixture), clients, opts({ mode: "dry-run" }));
    expect(rec.outcome).toBe("would-remediate");
    expect(rec.actions.every((a) => a.status === "planned")).toBe(true);
    expect(writes()).toEqual([]);
    expect(JSON.stringify([...state.resources])).toBe(before);
  });

  it("an excluded resource (tag) or subscription is untouched", async () => {
    expect((await runRunbook(rb, event(fixture), clients, opts({ exclusions: { tags: [tag] } }))).outcome).toBe("excluded");
    expect((await runRunbook(rb, event(fixture), clients, opts({ exclusions: { subscriptions: [SUB] } }))).outcome).toBe("excluded");
    expect(writes()).toEqual([]);
  });

  it("403 (AuthorizationFailed) on its change is a failure record", async () => {
    fake.fail({ match: (c) => !isArmRead(c), status: 403, code: "AuthorizationFailed" });
    const err = await runRunbook(rb, event(fixture), clients, opts()).catch((e) => e);
    expect(err).toBeInstanceOf(RunbookFailedError);
    expect((err as RunbookFailedError).record.error).toMatchObject({ kind: "access-denied", status: 403, code: "AuthorizationFailed" });
  });

  it("404 on the resource is a not-found failure record", async () => {
    fake.fail({ match: (c) => isArmRead(c), status: 404, code: "ResourceNotFound" });
    const err = await runRunbook(rb, event(fixture), clients, opts()).catch((e) => e);
    expect((err as RunbookFailedError).record.error).toMatchObject({ kind: "not-found", status: 404 });
    expect(writes()).toEqual([]);
  });

  it("429 with Retry-After is retried and then succeeds; unending 429 is a clear failure record", async () => {
    fake.fail({ match: (c) => !isArmRead(c), status: 429, code: "TooManyRequests", times: 1, retryAfter: "0" });
    expect((await runRunbook(rb, event(fixture), clients, opts())).outcome).toBe("remediated");
    seed();
    fake.reset();
    fake.fail({ match: (c) => !isArmRead(c), status: 429, code: "TooManyRequests", retryAfter: "0" });
    const err = await runRunbook(rb, event(fixture), clients, opts()).catch((e) => e);
    expect((err as RunbookFailedError).record.error).toMatchObject({ kind: "throttled", status: 429 });
    expect(writes().length).toBe(3);
  });
});

describe("wire calls and resulting state", () => {
  it("NSG: deletes exactly the open admin-port inbound rules, bearer token on every call", async () => {
    await runRunbook(nsgAdminPorts, event("azure/eventgrid-nsg-rule-write.json"), clients, opts());
    expect(writes()).toEqual([
      "DELETE Microsoft.Network/networkSecurityGroups/nsg-web/securityRules/allow-ssh-anywhere",
      "DELETE Microsoft.Network/networkSecurityGroups/nsg-web/securityRules/allow-rdp-internet",
    ]);
    expect(fake.calls.every((c) => c.headers.authorization === "Bearer test-token" && c.query["api-version"])).toBe(true);
    expect(state.get(NSG).properties.securityRules.map((r: { name: string }) => r.name)).toEqual(["allow-https", "allow-ssh-vpn"]);
  });

  it("NSG: a change made by a break-glass principal is left alone", async () => {
    const rec = await runRunbook(
      nsgAdminPorts,
      event("azure/eventgrid-nsg-rule-write.json"),
      clients,
      opts({ exclusions: { principals: ["dev@contoso.example"] } }),
    );
    expect(rec).toMatchObject({ outcome: "excluded", reason: "the change was made by break-glass principal dev@contoso.example" });
    expect(writes()).toEqual([]);
  });

  it("storage: PATCH allowBlobPublicAccess=false, nothing else", async () => {
    await runRunbook(storagePublicAccess, event("azure/eventgrid-storage-account-write.json"), clients, opts());
    const patch = fake.calls.find((c) => c.method === "PATCH")!;
    expect(patch.body).toEqual({ properties: { allowBlobPublicAccess: false } });
    expect(state.get(ACCOUNT).properties).toMatchObject({ allowBlobPublicAccess: false, minimumTlsVersion: "TLS1_2" });
  });

  it("VM: deny-all NSG on the NIC, tagged incremental snapshots of both disks", async () => {
    await runRunbook(vmCompromised, event("azure/defender-alert-vm.json"), clients, opts());
    const q = state.get(`${RG("rg-app")}/Microsoft.Network/networkSecurityGroups/palisade-quarantine-westeurope`);
    expect(q.properties.securityRules.map((r: { properties: object }) => r.properties)).toEqual([
      expect.objectContaining({
        access: "Deny",
        direction: "Inbound",
        priority: 100,
        sourceAddressPrefix: "*",
        destinationPortRange: "*",
        protocol: "*",
      }),
      expect.objectContaining({
        access: "Deny",
        direction: "Outbound",
        priority: 100,
        sourceAddressPrefix: "*",
        destinationPortRange: "*",
        protocol: "*",
      }),
    ]);
    expect(state.get(NIC).properties.networkSecurityGroup.id).toBe(q.id);
    expect(state.get(NIC).properties.ipConfigurations[0].properties.privateIPAddress).toBe("10.1.0.4");
    const alert = "2516985398765432109_8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    for (const disk of ["vm-app-1-os", "vm-app-1-data"]) {
      const snap = state.get(`${RG("rg-app")}/Microsoft.Compute/snapshots/${snapshotName(alert, disk)}`);
      expect(snap.properties).toMatchObject({
        incremental: true,
        creationData: { createOption: "Copy", sourceResourceId: `${RG("rg-app")}/Microsoft.Compute/disks/${disk}` },
      });
      expect(snap.tags).toMatchObject({
        "palisade-incident": alert,
        "palisade-alert-type": "VM_CoinMinerProcess",
        "palisade-vm": "vm-app-1",
      });
    }
    expect(writes()).toEqual([
      "PUT Microsoft.Network/networkSecurityGroups/palisade-quarantine-westeurope",
      "PUT Microsoft.Network/networkInterfaces/vm-app-1-nic",
      `PUT Microsoft.Compute/snapshots/${snapshotName(alert, "vm-app-1-os")}`,
      `PUT Microsoft.Compute/snapshots/${snapshotName(alert, "vm-app-1-data")}`,
    ]);
  });

  it("each Azure runbook answers only its own events", () => {
    const fixtures = ["azure/eventgrid-nsg-rule-write.json", "azure/eventgrid-storage-account-write.json", "azure/defender-alert-vm.json"];
    expect(fixtures.map((f) => azureRunbooks.filter((rb) => rb.parse(event(f)) !== undefined).map((rb) => rb.id))).toEqual([
      ["azure-remove-open-admin-nsg-rules"],
      ["azure-disable-storage-public-access"],
      ["azure-isolate-compromised-vm"],
    ]);
  });
});
