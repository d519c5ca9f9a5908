import { defineControl, type StackResource } from "../../model/control";
import { isUnknownValue, peek } from "../../model/unknowns";
import { cannotEvaluate, fail, failAll, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

const DNS_POLICY = "gcp:dns/policy:Policy";

/** Known identifiers of a network: its id, selfLink and name (as the tail of a URL). */
function identifiers(network: StackResource): string[] {
  return ["id", "selfLink", "name"]
    .map((k) => peek(network.props, k))
    .filter((v) => v.known && typeof v.value === "string" && v.value !== "" && !isUnknownValue(v.value))
    .map((v) => str((v as { value: unknown }).value));
}

function refersTo(url: string, ids: string[]): boolean {
  return ids.some(
    (id) =>
      url === id || url.endsWith(`/networks/${id}`) || id.endsWith(`/networks/${url}`) || url.split("/").pop() === id.split("/").pop(),
  );
}

export const computeNetworkDnsLogging = defineControl({
  id: "gcp-compute-network-dns-logging",
  title: "Every VPC network has a Cloud DNS policy that logs queries",
  rationale:
    "DNS query logs show which names workloads resolve: command-and-control domains, exfiltration over DNS and typosquats appear there first.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/network:Network"],
  frameworks: {
    "cis-gcp-5.0": ["2.13"],
    "cis-gcp-3.0": ["2.12"],
    "nist-800-53-r5": ["AU-12", "AU-2", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: "Attach a gcp.dns.Policy with enableLogging: true and networks: [{ networkUrl: network.id }].",
  enforcementLevel: "mandatory",
  tags: ["logging", "network", "dns"],
  correlatedCheck: (network, stack) => {
    const linked: StackResource[] = [];
    const undecided: StackResource[] = [];
    let ids: string[] | undefined;
    for (const policy of stack.ofType([DNS_POLICY])) {
      if ((policy.propertyDependencies.networks ?? []).some((d) => d.urn === network.urn)) {
        linked.push(policy);
        continue;
      }
      const nets = peek(policy.props, "networks");
      if (!nets.known) {
        undecided.push(policy);
        continue;
      }
      ids ??= identifiers(network);
      const urls = objectsOf(nets.value).map((n) => n.networkUrl);
      if (urls.some((u) => isUnknownValue(u))) undecided.push(policy);
      else if (urls.some((u) => typeof u === "string" && refersTo(u, ids ?? []))) linked.push(policy);
    }
    const off = linked.filter((p) => p.props.enableLogging !== true);
    if (linked.length > off.length) return pass();
    if (off.length > 0) {
      return failAll(
        off.map((p) => ({
          property: `${p.name}.enableLogging`,
          message: `DNS policy ${p.name} of network ${network.name} does not log queries; set enableLogging: true`,
        })),
      );
    }
    if (undecided.length > 0)
      return cannotEvaluate(`${undecided[0].name}.networks`, `the networks of DNS policy ${undecided[0].name} are unknown`);
    return fail(
      "dnsPolicy",
      `no Cloud DNS policy with logging is attached to network ${network.name}; add a gcp.dns.Policy with enableLogging: true`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "gcp:compute/network:Network", name: "vpc", props: { name: "shared-vpc", autoCreateSubnetworks: false } },
        {
          type: DNS_POLICY,
          name: "dns-logging",
          props: { enableLogging: true, networks: [{ networkUrl: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }] },
          refs: { networks: ["vpc"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/network:Network", name: "vpc", props: { name: "shared-vpc", autoCreateSubnetworks: false } }],
      [
        { type: "gcp:compute/network:Network", name: "vpc", props: { name: "shared-vpc" } },
        {
          type: DNS_POLICY,
          name: "dns",
          props: { enableLogging: false, networks: [{ networkUrl: "projects/p/global/networks/shared-vpc" }] },
        },
      ],
    ],
  },
});
