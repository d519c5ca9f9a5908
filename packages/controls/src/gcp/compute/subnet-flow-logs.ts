import { defineControl } from "../../model/control";
import { fail, failAll, notApplicable, type Violation } from "../../model/verdict";

/** Subnets whose purpose is not VM traffic cannot have flow logs. */
const NO_FLOW_LOGS = [
  "REGIONAL_MANAGED_PROXY",
  "GLOBAL_MANAGED_PROXY",
  "INTERNAL_HTTPS_LOAD_BALANCER",
  "PRIVATE_SERVICE_CONNECT",
  "PRIVATE_NAT",
];

export const computeSubnetFlowLogs = defineControl({
  id: "gcp-compute-subnet-flow-logs",
  title: "VPC subnets record flow logs of all traffic",
  rationale:
    "Flow logs are the network record for incident response, exfiltration detection and capacity analysis; sampling or filtering leaves gaps.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/subnetwork:Subnetwork"],
  frameworks: {
    "cis-gcp-5.0": ["3.10"],
    "cis-gcp-3.0": ["3.8"],
    "nist-800-53-r5": ["AU-12", "AU-2", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Set logConfig { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" } with no filterExpr.',
  enforcementLevel: "mandatory",
  tags: ["logging", "network"],
  check: (r) => {
    const purpose = r.props.purpose;
    if (typeof purpose === "string" && NO_FLOW_LOGS.includes(purpose)) return notApplicable(`purpose ${purpose} subnets have no flow logs`);
    const log = r.props.logConfig;
    if (!log || typeof log !== "object")
      return fail("logConfig", "flow logs are off; set logConfig with flowSampling: 1 and metadata INCLUDE_ALL_METADATA");
    const violations: Violation[] = [];
    if (log.flowSampling !== 1) {
      violations.push({
        property: "logConfig.flowSampling",
        message: `flowSampling is ${JSON.stringify(log.flowSampling ?? "0.5 (default)")}; set it to 1`,
      });
    }
    if (log.aggregationInterval !== undefined && log.aggregationInterval !== null && log.aggregationInterval !== "INTERVAL_5_SEC") {
      violations.push({
        property: "logConfig.aggregationInterval",
        message: `aggregationInterval is ${JSON.stringify(log.aggregationInterval)}; set it to "INTERVAL_5_SEC"`,
      });
    }
    if (log.metadata === "EXCLUDE_ALL_METADATA") {
      violations.push({ property: "logConfig.metadata", message: 'metadata is "EXCLUDE_ALL_METADATA"; set it to "INCLUDE_ALL_METADATA"' });
    }
    const filter = log.filterExpr;
    if (typeof filter === "string" && filter.trim() !== "" && filter.trim() !== "true") {
      violations.push({ property: "logConfig.filterExpr", message: `filterExpr ${JSON.stringify(filter)} drops flows; remove it` });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/subnetwork:Subnetwork",
          props: {
            ipCidrRange: "10.0.0.0/24",
            network: "vpc",
            logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" },
          },
        },
      ],
      [
        {
          type: "gcp:compute/subnetwork:Subnetwork",
          props: { ipCidrRange: "10.1.0.0/23", network: "vpc", purpose: "REGIONAL_MANAGED_PROXY" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/subnetwork:Subnetwork", props: { ipCidrRange: "10.0.0.0/24", network: "vpc" } }],
      [
        {
          type: "gcp:compute/subnetwork:Subnetwork",
          props: { ipCidrRange: "10.0.0.0/24", network: "vpc", logConfig: { flowSampling: 0.5 } },
        },
      ],
    ],
  },
});
