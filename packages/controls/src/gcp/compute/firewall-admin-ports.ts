import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { ADMIN_PORTS, isOpenCidr, listOf, objectsOf, portSpecCovers } from "../../shared/network";
import { str } from "../../shared/text";

export const firewallAdminPorts = defineControl({
  id: "gcp-compute-firewall-admin-ports",
  title: "VPC firewall rules do not allow SSH or RDP from the internet",
  rationale: "Ingress 22 or 3389 from 0.0.0.0/0 exposes instances to brute force; use IAP TCP forwarding (35.235.240.0/20) instead.",
  severity: "critical",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/firewall:Firewall"],
  frameworks: {
    "cis-gcp-5.0": ["3.6", "3.7"],
    "cis-gcp-3.0": ["3.6", "3.7"],
    "nist-800-53-r5": ["AC-4", "SC-7", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Restrict sourceRanges to 35.235.240.0/20 (IAP) or internal ranges for ports 22 and 3389, or use a deny rule.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const p = r.props;
    if ((p.direction ?? "INGRESS") !== "INGRESS" || p.disabled === true) return failAll([]);
    const open = listOf<unknown>(p.sourceRanges).filter(isOpenCidr);
    if (open.length === 0) return failAll([]);
    const violations: Violation[] = [];
    objectsOf(p.allows).forEach((allow, i) => {
      const proto = str(allow.protocol ?? "").toLowerCase();
      if (proto !== "tcp" && proto !== "all") return;
      for (const port of ADMIN_PORTS) {
        const ports = listOf<unknown>(allow.ports);
        // No ports listed means every port of the protocol.
        if (ports.length === 0 || ports.some((s) => portSpecCovers(s, port))) {
          violations.push({
            property: `allows[${i}]`,
            message: `allows port ${port} from ${open.join(", ")}; restrict sourceRanges (e.g. to IAP 35.235.240.0/20)`,
          });
        }
      }
    });
    return failAll(violations);
  },
  response: [
    {
      runbook: "gcp-disable-open-admin-firewall",
      trigger: "SCC OPEN_SSH_PORT / OPEN_RDP_PORT / OPEN_FIREWALL; audit log v1.compute.firewalls.insert / patch / update",
      action: "compute.firewalls.patch disabled=true",
      kind: "remediate",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", sourceRanges: ["35.235.240.0/20"], allows: [{ protocol: "tcp", ports: ["22"] }] },
        },
      ],
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["443"] }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["22", "80"] }] },
        },
      ],
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", direction: "INGRESS", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "all" }] },
        },
      ],
    ],
  },
});
