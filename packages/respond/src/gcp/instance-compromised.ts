import type { Runbook } from "../core/runbook";
import type { GcpClients } from "./clients";
import { resourcePath, sccFinding, triggerOf } from "./events";

export const QUARANTINE_TAG = "palisade-quarantine";

interface Target {
  project: string;
  zone: string;
  instance: string;
  findingName: string;
  category: string;
  /** `isolate` (deny-all firewall by network tag, instance keeps running for memory capture) or `stop`. */
  containment: "isolate" | "stop";
}

/** Threat findings (Event Threat Detection, VM Threat Detection, Container/VM runtime) that mean the instance is compromised. */
const THREATS = [
  /^Execution:/,
  /^Malware:/,
  /^Persistence:/,
  /^Defense Evasion:/,
  /^Exfiltration:/,
  /^Command and Control:/,
  /Cryptocurrency Mining/,
  /^Backdoor/,
];

/** Firewall names are per network (`palisade-quarantine-deny-<in|out>-<network>`), at priority 0, deny wins ties. */
export function quarantineFirewall(network: string, direction: "INGRESS" | "EGRESS"): string {
  return `${QUARANTINE_TAG}-deny-${direction === "INGRESS" ? "in" : "out"}-${network}`.slice(0, 63);
}

/** Snapshot names derive from the finding and disk, so a second delivery finds the first snapshot. */
export function snapshotName(findingName: string, disk: string): string {
  const id = findingName
    .split("/")
    .pop()!
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()
    .slice(-12);
  return `palisade-${id}-${disk}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "-")
    .slice(0, 63);
}

/**
 * Compromised instance (SCC threat finding): every disk snapshotted with forensic labels, then the instance isolated by
 * the network tag of a deny-all ingress and egress firewall pair (created once per network), or stopped when
 * configured. Nothing is deleted.
 */
export const instanceCompromised: Runbook<Target, GcpClients> = {
  id: "gcp-isolate-compromised-instance",
  cloud: "gcp",
  controlId: "gcp-logging-audit-config",
  title: "Snapshot a compromised instance's disks and isolate it",
  trigger: "SCC threat finding (Execution:, Malware:, Persistence:, … Cryptocurrency Mining) on a Compute Engine instance",
  action: "compute.disks.createSnapshot with forensic labels; deny-all firewalls + instances.setTags (or instances.stop)",
  triggerOf,
  parse(event) {
    const f = sccFinding(event, THREATS);
    if (!f || !/^\/\/compute\.googleapis\.com\/projects\/[^/]+\/zones\/[^/]+\/instances\//.test(f.resourceName ?? "")) return undefined;
    const p = resourcePath(f.resourceName);
    return { project: p[1], zone: p[3], instance: p[5], findingName: String(f.name), category: String(f.category), containment: "isolate" };
  },
  scopeOf: (t) => ({ kind: "project", id: t.project }),
  plan: (t) => [
    `snapshot every disk of instance ${t.instance} (${t.project}/${t.zone}), labelled with the finding`,
    t.containment === "stop"
      ? `stop ${t.instance}`
      : `add network tag ${QUARANTINE_TAG} to ${t.instance}, behind deny-all ingress and egress firewalls`,
  ],
  async respond(t, clients, r) {
    const c = clients.compute;
    const inst = (await c.instances.get({ project: t.project, zone: t.zone, instance: t.instance })).data;
    const resource = {
      id: `//compute.googleapis.com/projects/${t.project}/zones/${t.zone}/instances/${inst.name}`,
      scope: t.project,
      region: t.zone,
    };
    const excluded = r.tagExcluded(inst.labels ?? {});
    if (excluded) r.exclude(excluded);
    const before = { tags: inst.tags?.items ?? [], status: inst.status, disks: (inst.disks ?? []).map((d) => d.source?.split("/").pop()) };

    // 1. Evidence first.
    const snapshots: string[] = [];
    for (const d of inst.disks ?? []) {
      const disk = d.source!.split("/").pop()!;
      const name = snapshotName(t.findingName, disk);
      const existing = await c.snapshots.get({ project: t.project, snapshot: name }).catch((err) => {
        if ((err as { status?: number }).status === 404) return undefined;
        throw err;
      });
      if (existing) {
        r.skip("compute.disks.createSnapshot", name, "snapshot already taken for this finding");
        snapshots.push(name);
        continue;
      }
      const requestBody = {
        name,
        description: `Palisade forensic snapshot of ${disk} of ${inst.name}: ${t.category}`,
        labels: {
          "palisade-incident": t.findingName.split("/").pop()!.toLowerCase().slice(0, 63),
          "palisade-instance": String(inst.name),
          "palisade-legal-hold": "true",
        },
      };
      await r.act("compute.disks.createSnapshot", `${t.zone}/${disk}`, { project: t.project, zone: t.zone, disk, requestBody }, () =>
        c.disks.createSnapshot({ project: t.project, zone: t.zone, disk, guestFlush: false, requestBody }),
      );
      snapshots.push(name);
    }

    // 2. Containment.
    if (t.containment === "stop") {
      if (inst.status !== "TERMINATED" && inst.status !== "STOPPING") {
        await r.act("compute.instances.stop", resource.id, { project: t.project, zone: t.zone, instance: inst.name }, () =>
          c.instances.stop({ project: t.project, zone: t.zone, instance: inst.name! }),
        );
      }
    } else {
      const networks = [...new Set((inst.networkInterfaces ?? []).map((n) => n.network!).filter(Boolean))];
      for (const network of networks) {
        const netName = network.split("/").pop()!;
        for (const direction of ["INGRESS", "EGRESS"] as const) {
          const name = quarantineFirewall(netName, direction);
          const found = await c.firewalls.get({ project: t.project, firewall: name }).catch((err) => {
            if ((err as { status?: number }).status === 404) return undefined;
            throw err;
          });
          if (found && !found.data.disabled) continue;
          const requestBody = {
            name,
            network,
            direction,
            priority: 0,
            denied: [{ IPProtocol: "all" }],
            targetTags: [QUARANTINE_TAG],
            ...(direction === "INGRESS" ? { sourceRanges: ["0.0.0.0/0"] } : { destinationRanges: ["0.0.0.0/0"] }),
            description: "Palisade quarantine: no traffic in or out of tagged instances",
            logConfig: { enable: true },
          };
          if (found) {
            await r.act("compute.firewalls.patch", name, { disabled: false }, () =>
              c.firewalls.patch({ project: t.project, firewall: name, requestBody: { disabled: false } }),
            );
          } else {
            await r.act("compute.firewalls.insert", name, requestBody, () => c.firewalls.insert({ project: t.project, requestBody }));
          }
        }
      }
      const items = inst.tags?.items ?? [];
      if (!items.includes(QUARANTINE_TAG)) {
        const requestBody = { items: [...items, QUARANTINE_TAG], fingerprint: inst.tags?.fingerprint };
        await r.act("compute.instances.setTags", resource.id, { project: t.project, zone: t.zone, instance: inst.name, requestBody }, () =>
          c.instances.setTags({ project: t.project, zone: t.zone, instance: inst.name!, requestBody }),
        );
      }
    }
    const dry = r.mode === "dry-run";
    return {
      resource,
      before,
      after: {
        tags: dry || t.containment === "stop" ? before.tags : [...new Set([...before.tags, QUARANTINE_TAG])],
        status: !dry && t.containment === "stop" ? "STOPPING" : before.status,
        snapshots,
      },
    };
  },
};
