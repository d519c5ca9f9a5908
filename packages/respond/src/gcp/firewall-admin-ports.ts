import type { compute_v1 } from "@googleapis/compute";
import type { Runbook } from "../core/runbook";
import type { GcpClients } from "./clients";
import { auditCaller, auditLog, resourcePath, sccFinding, triggerOf } from "./events";

const ADMIN_PORTS = [22, 3389];
const OPEN = ["0.0.0.0/0", "::/0"];

interface Target {
  project: string;
  firewall: string;
  caller?: string;
}

/** An enabled ingress allow rule that opens 22 or 3389 to the internet. */
export function opensAdminPorts(fw: compute_v1.Schema$Firewall): boolean {
  if (fw.disabled || (fw.direction ?? "INGRESS") !== "INGRESS") return false;
  if (!(fw.sourceRanges ?? []).some((r) => OPEN.includes(r))) return false;
  return (fw.allowed ?? []).some((a) => {
    if (a.IPProtocol === "all") return true;
    if (a.IPProtocol !== "tcp") return false;
    if (!a.ports || a.ports.length === 0) return true;
    return a.ports.some((p) => {
      const [from, to = from] = p.split("-").map(Number);
      return ADMIN_PORTS.some((x) => from <= x && x <= to);
    });
  });
}

/**
 * Firewall rule open to the internet on SSH/RDP: the rule is disabled (`disabled: true`), not deleted, so its owner
 * can narrow and re-enable it. Triggered by Security Health Analytics OPEN_SSH_PORT / OPEN_RDP_PORT / OPEN_FIREWALL
 * findings and by firewall insert/patch/update audit logs.
 */
export const firewallAdminPorts: Runbook<Target, GcpClients> = {
  id: "gcp-disable-open-admin-firewall",
  cloud: "gcp",
  controlId: "gcp-compute-firewall-admin-ports",
  title: "Disable firewall rules that open SSH/RDP to the internet",
  trigger: "SCC OPEN_SSH_PORT / OPEN_RDP_PORT / OPEN_FIREWALL; audit log v1.compute.firewalls.insert / patch / update",
  action: "compute.firewalls.patch disabled=true",
  triggerOf,
  parse(event) {
    const f = sccFinding(event, ["OPEN_SSH_PORT", "OPEN_RDP_PORT", "OPEN_FIREWALL"]);
    if (f) {
      const p = resourcePath(f.resourceName);
      return { project: p[1], firewall: p[4] };
    }
    const log = auditLog(event, ["v1.compute.firewalls.insert", "v1.compute.firewalls.patch", "v1.compute.firewalls.update"]);
    if (!log) return undefined;
    const p = resourcePath(log.protoPayload.resourceName);
    return { project: p[1], firewall: p[4], caller: auditCaller(log) };
  },
  scopeOf: (t) => ({ kind: "project", id: t.project }),
  plan: (t) => [`disable firewall rule ${t.firewall} in ${t.project} if it opens 22 or 3389 to 0.0.0.0/0 or ::/0`],
  async respond(t, clients, r) {
    if (t.caller && r.exclusions.principals.includes(t.caller)) r.exclude(`the change was made by break-glass principal ${t.caller}`);
    const fw = (await clients.compute.firewalls.get({ project: t.project, firewall: t.firewall })).data;
    const resource = { id: `//compute.googleapis.com/projects/${t.project}/global/firewalls/${fw.name}`, scope: t.project };
    const excluded = r.tagExcluded(Object.fromEntries((fw.targetTags ?? []).map((x) => [x, ""])));
    if (excluded) r.exclude(excluded);
    const before = { disabled: fw.disabled === true, sourceRanges: fw.sourceRanges, allowed: fw.allowed };
    if (!opensAdminPorts(fw)) return { resource, before, after: before };
    await r.act(
      "compute.firewalls.patch",
      resource.id,
      { project: t.project, firewall: fw.name, requestBody: { disabled: true } },
      async () => {
        const op = await clients.compute.firewalls.patch({ project: t.project, firewall: fw.name!, requestBody: { disabled: true } });
        if (op.data.status !== "DONE") await clients.compute.globalOperations.wait({ project: t.project, operation: op.data.name! });
      },
    );
    return { resource, before, after: { ...before, disabled: r.mode !== "dry-run" } };
  },
};
