import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** "projects/p/global/networks/n" or its https://www.googleapis.com/compute/v1/ self link → "p". */
export function networkProject(ref: unknown): string | undefined {
  if (typeof ref !== "string") return undefined;
  const m = /(?:^|\/)projects\/([^/]+)\/global\/networks\/[^/]+$/.exec(ref.trim());
  return m ? m[1] : undefined;
}

export const computeNetworkPeeringAllowed = defineControl({
  id: "gcp-compute-network-peering-allowed",
  title: "VPC peering connects only networks of allowed projects",
  rationale:
    "A peering exchanges routes with the other network; peering with a network outside the organisation extends the trust boundary to whoever runs it.",
  severity: "high",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/networkPeering:NetworkPeering"],
  frameworks: {
    "nist-800-53-r5": ["SC-7", "AC-4", "CA-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.2.5", "1.3.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Peer only with networks of the same project or of a project listed in allowedPeerProjects; use Shared VPC for in-organisation connectivity.",
  enforcementLevel: "mandatory",
  tags: ["network"],
  configSchema: {
    allowedPeerProjects: {
      type: "array",
      items: { type: "string" },
      default: [],
      description: "Project ids whose networks may be peered with (besides the network's own project).",
    },
  },
  check: (r, ctx) => {
    const own = networkProject(r.props.network);
    const peer = networkProject(r.props.peerNetwork);
    if (!peer)
      return fail(
        "peerNetwork",
        `peerNetwork ${JSON.stringify(r.props.peerNetwork)} is not a network self link (projects/<p>/global/networks/<n>); use the network's id or selfLink`,
      );
    const allowed: unknown[] = Array.isArray(ctx.settings.allowedPeerProjects) ? ctx.settings.allowedPeerProjects : [];
    if (peer === own || allowed.includes(peer)) return pass();
    return fail(
      "peerNetwork",
      `peers with a network of project ${peer}, which is not in allowedPeerProjects; add it there or remove the peering`,
    );
  },
  preventive: [
    {
      kind: "gcp-org-policy",
      constraint: "compute.restrictVpcPeering",
      constraintType: "list",
      list: { fromConfig: "allowedPeerNetworks" },
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/networkPeering:NetworkPeering",
          props: {
            network: "projects/acme-net/global/networks/hub",
            peerNetwork: "https://www.googleapis.com/compute/v1/projects/acme-net/global/networks/spoke",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:compute/networkPeering:NetworkPeering",
          props: { network: "projects/acme-net/global/networks/hub", peerNetwork: "projects/vendor-prod/global/networks/shared" },
        },
      ],
    ],
  },
});
