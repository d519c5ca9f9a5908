import type { Runbook } from "../core/runbook";
import type { AzureClients } from "./clients";
import { defenderAlert, parseArmId, triggerOf } from "./events";

export const QUARANTINE_NSG_PREFIX = "palisade-quarantine";

interface Target {
  subscription: string;
  resourceGroup: string;
  vm: string;
  alertId: string;
  alertType: string;
}

const SEVERE = ["High", "Medium"];

const denyAll = (direction: "Inbound" | "Outbound", priority: number) => ({
  name: `palisade-deny-all-${direction.toLowerCase()}`,
  protocol: "*" as const,
  access: "Deny" as const,
  direction,
  priority,
  sourceAddressPrefix: "*",
  sourcePortRange: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "*",
  description: "Palisade quarantine: no traffic in or out",
});

/** Snapshot names are derived from the alert and the disk, so a second delivery finds the first snapshot. */
export function snapshotName(alertId: string, disk: string): string {
  const short = alertId
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(-12)
    .toLowerCase();
  return `palisade-${short}-${disk}`.slice(0, 80);
}

/**
 * Compromised VM (Defender for Cloud alert, severity High or Medium): every NIC is put behind a quarantine NSG that
 * denies all traffic both ways at the highest priority, and every managed disk is snapshotted with forensic tags.
 * The VM keeps running for memory capture; nothing is deleted.
 */
export const vmCompromised: Runbook<Target, AzureClients> = {
  id: "azure-isolate-compromised-vm",
  cloud: "azure",
  controlId: "azure-security-defender-plans",
  title: "Isolate a compromised VM and snapshot its disks",
  trigger: "Defender for Cloud alert (severity High/Medium) on a virtual machine, via workflow automation or export",
  action: "deny-all NSG on every NIC; incremental snapshot of every managed disk with forensic tags",
  triggerOf,
  parse(event) {
    const a = defenderAlert(event);
    if (!a) return undefined;
    const p = a.properties;
    if (!SEVERE.includes(p.severity) || ["Dismissed", "Resolved"].includes(p.status)) return undefined;
    const resourceId = (p.resourceIdentifiers ?? []).find(
      (x: { type?: string; azureResourceId?: string }) =>
        x.type === "AzureResource" && /\/providers\/Microsoft\.Compute\/virtualMachines\//i.test(x.azureResourceId ?? ""),
    )?.azureResourceId;
    if (!resourceId) return undefined;
    const id = parseArmId(resourceId);
    return {
      subscription: id.subscription,
      resourceGroup: id.resourceGroup,
      vm: id.path[0][1],
      alertId: String(p.systemAlertId ?? a.name),
      alertType: String(p.alertType),
    };
  },
  scopeOf: (t) => ({ kind: "subscription", id: t.subscription }),
  plan: (t) => [
    `attach NSG ${QUARANTINE_NSG_PREFIX}-<location> (deny all in and out) to every NIC of VM ${t.vm} (${t.resourceGroup})`,
    `snapshot every managed disk of ${t.vm}, tagged palisade-incident=${t.alertId}`,
  ],
  async respond(t, clients, r) {
    const compute = clients.compute(t.subscription);
    const net = clients.network(t.subscription);
    const vm = await compute.virtualMachines.get(t.resourceGroup, t.vm);
    const resource = { id: vm.id ?? t.vm, scope: t.subscription, region: vm.location };
    const excluded = r.tagExcluded(vm.tags);
    if (excluded) r.exclude(excluded);
    const nicIds = (vm.networkProfile?.networkInterfaces ?? []).map((n) => n.id!).filter(Boolean);
    const disks = [
      vm.storageProfile?.osDisk?.managedDisk?.id,
      ...(vm.storageProfile?.dataDisks ?? []).map((d) => d.managedDisk?.id),
    ].filter((d): d is string => !!d);

    // 1. The quarantine NSG of this resource group and region: deny all at priority 100 both ways.
    const nsgName = `${QUARANTINE_NSG_PREFIX}-${vm.location}`;
    let nsgId: string | undefined;
    try {
      const existing = await net.networkSecurityGroups.get(t.resourceGroup, nsgName);
      nsgId = existing.id;
      const rules = existing.securityRules ?? [];
      const ok = ["Inbound", "Outbound"].every((d) =>
        rules.some((x) => x.direction === d && x.access === "Deny" && x.priority === 100 && x.destinationPortRange === "*"),
      );
      const extra = rules.filter((x) => x.access === "Allow");
      if (!ok || extra.length > 0) {
        const body = {
          location: vm.location,
          tags: { "palisade-purpose": "quarantine" },
          securityRules: [denyAll("Inbound", 100), denyAll("Outbound", 100)],
        };
        await r.act("Microsoft.Network/networkSecurityGroups/write", nsgId ?? nsgName, body, () =>
          net.networkSecurityGroups.beginCreateOrUpdateAndWait(t.resourceGroup, nsgName, body),
        );
      }
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 404) throw err;
      const body = {
        location: vm.location,
        tags: { "palisade-purpose": "quarantine" },
        securityRules: [denyAll("Inbound", 100), denyAll("Outbound", 100)],
      };
      const created = await r.act("Microsoft.Network/networkSecurityGroups/write", nsgName, body, () =>
        net.networkSecurityGroups.beginCreateOrUpdateAndWait(t.resourceGroup, nsgName, body),
      );
      nsgId = created?.id;
    }

    // 2. Every NIC behind it.
    const beforeNsgs: Record<string, string | null> = {};
    for (const nicId of nicIds) {
      const nicRef = parseArmId(nicId);
      const nic = await net.networkInterfaces.get(nicRef.resourceGroup, nicRef.path[0][1]);
      beforeNsgs[nicId] = nic.networkSecurityGroup?.id ?? null;
      if (nsgId && nic.networkSecurityGroup?.id?.toLowerCase() === nsgId.toLowerCase()) continue;
      const body = { ...nic, networkSecurityGroup: { id: nsgId ?? `<${nsgName}>` } };
      await r.act("Microsoft.Network/networkInterfaces/write", nicId, { networkSecurityGroup: body.networkSecurityGroup }, () =>
        net.networkInterfaces.beginCreateOrUpdateAndWait(nicRef.resourceGroup, nicRef.path[0][1], body),
      );
    }

    // 3. Evidence: one incremental snapshot per disk per alert.
    const snapshots: string[] = [];
    for (const diskId of disks) {
      const disk = parseArmId(diskId).path[0][1];
      const name = snapshotName(t.alertId, disk);
      const existing = await compute.snapshots.get(t.resourceGroup, name).catch((err) => {
        if ((err as { statusCode?: number }).statusCode === 404) return undefined;
        throw err;
      });
      if (existing) {
        r.skip("Microsoft.Compute/snapshots/write", name, "snapshot already taken for this alert");
        snapshots.push(existing.id!);
        continue;
      }
      const body = {
        location: vm.location!,
        incremental: true,
        creationData: { createOption: "Copy" as const, sourceResourceId: diskId },
        tags: {
          "palisade-incident": t.alertId,
          "palisade-alert-type": t.alertType,
          "palisade-vm": t.vm,
          "palisade-captured-at": r.now().toISOString(),
          "palisade-legal-hold": "true",
        },
      };
      const snap = await r.act("Microsoft.Compute/snapshots/write", name, body, () =>
        compute.snapshots.beginCreateOrUpdateAndWait(t.resourceGroup, name, body),
      );
      if (snap?.id) snapshots.push(snap.id);
    }
    const dry = r.mode === "dry-run";
    return {
      resource,
      before: { nicNsgs: beforeNsgs, disks },
      after: { nicNsgs: dry ? beforeNsgs : Object.fromEntries(nicIds.map((n) => [n, nsgId ?? null])), snapshots },
    };
  },
};
