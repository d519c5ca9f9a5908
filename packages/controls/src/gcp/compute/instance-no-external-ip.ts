import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { INSTANCE_TYPES } from "../../shared/gcp";
import { listOf, objectsOf } from "../../shared/network";

export const computeInstanceNoExternalIp = defineControl({
  id: "gcp-compute-instance-no-external-ip",
  title: "Compute Engine instances and templates have no external IP addresses",
  rationale:
    "An external address makes the VM reachable from the internet whenever a firewall rule slips; private instances reach the internet through Cloud NAT and are administered through IAP.",
  severity: "high",
  cloud: "gcp",
  service: "compute",
  resourceTypes: INSTANCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["4.9"],
    "cis-gcp-3.0": ["4.9"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Remove accessConfigs and ipv6AccessConfigs from every networkInterfaces entry; use Cloud NAT for egress and IAP TCP forwarding or a load balancer for ingress.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    objectsOf(r.props.networkInterfaces).forEach((nic, i) => {
      if (listOf(nic.accessConfigs).length > 0) {
        violations.push({
          property: `networkInterfaces[${i}].accessConfigs`,
          message: "assigns an external IPv4 address; remove accessConfigs",
        });
      }
      if (listOf(nic.ipv6AccessConfigs).length > 0) {
        violations.push({
          property: `networkInterfaces[${i}].ipv6AccessConfigs`,
          message: "assigns an external IPv6 address; remove ipv6AccessConfigs",
        });
      }
    });
    return failAll(violations);
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "compute.vmExternalIpAccess", constraintType: "list", list: { denyAll: true } }],
  examples: {
    compliant: [
      [{ type: "gcp:compute/instance:Instance", props: { machineType: "e2-small", networkInterfaces: [{ subnetwork: "app" }] } }],
      [
        {
          type: "gcp:compute/instanceTemplate:InstanceTemplate",
          props: { machineType: "e2-small", networkInterfaces: [{ subnetwork: "app" }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:compute/instance:Instance",
          props: { machineType: "e2-small", networkInterfaces: [{ subnetwork: "app", accessConfigs: [{}] }] },
        },
      ],
      [
        {
          type: "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
          props: { machineType: "e2-small", networkInterfaces: [{ network: "default", accessConfigs: [{ natIp: "" }] }] },
        },
      ],
    ],
  },
});
