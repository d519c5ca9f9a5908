import type { Runbook } from "../core/runbook";
import type { AzureClients } from "./clients";
import { caller, parseArmId, resourceWrite, triggerOf } from "./events";

interface Target {
  subscription: string;
  resourceGroup: string;
  account: string;
  callers: string[];
}

/**
 * Storage account made public: anonymous blob access is disabled on the account (`allowBlobPublicAccess: false`),
 * which overrides every container's public level without changing or deleting any container or blob.
 */
export const storagePublicAccess: Runbook<Target, AzureClients> = {
  id: "azure-disable-storage-public-access",
  cloud: "azure",
  controlId: "azure-storage-no-anonymous-blob-access",
  title: "Disable anonymous blob access on a storage account",
  trigger: "Event Grid Microsoft.Resources.ResourceWriteSuccess for Microsoft.Storage/storageAccounts/write",
  action: "Microsoft.Storage/storageAccounts PATCH allowBlobPublicAccess=false",
  triggerOf,
  parse(event) {
    const g = resourceWrite(event, ["Microsoft.Storage/storageAccounts/write"]);
    if (!g) return undefined;
    const id = parseArmId(g.data?.resourceUri ?? g.subject);
    return { subscription: id.subscription, resourceGroup: id.resourceGroup, account: id.path[0][1], callers: caller(g) };
  },
  scopeOf: (t) => ({ kind: "subscription", id: t.subscription }),
  plan: (t) => [`set allowBlobPublicAccess=false on storage account ${t.account} (${t.resourceGroup}) if it is not already`],
  async respond(t, clients, r) {
    const storage = clients.storage(t.subscription);
    const acct = await storage.storageAccounts.getProperties(t.resourceGroup, t.account);
    const resource = { id: acct.id ?? t.account, scope: t.subscription, region: acct.location };
    const glass = t.callers.find((c) => r.exclusions.principals.includes(c));
    if (glass) r.exclude(`the change was made by break-glass principal ${glass}`);
    const excluded = r.tagExcluded(acct.tags);
    if (excluded) r.exclude(excluded);
    // Absent means "allowed" on accounts created before the 2023 default change.
    const before = { allowBlobPublicAccess: acct.allowBlobPublicAccess !== false };
    if (!before.allowBlobPublicAccess) return { resource, before, after: before };
    await r.act("Microsoft.Storage/storageAccounts/write", resource.id, { allowBlobPublicAccess: false }, () =>
      storage.storageAccounts.update(t.resourceGroup, t.account, { allowBlobPublicAccess: false }),
    );
    return { resource, before, after: { allowBlobPublicAccess: r.mode === "dry-run" } };
  },
};
