import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const ENHANCED = ["PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"];

export const mskClusterEnhancedMonitoring = defineControl({
  id: "aws-msk-cluster-enhanced-monitoring",
  title: "MSK clusters use enhanced monitoring",
  rationale:
    "DEFAULT monitoring omits per-broker disk, network and under-replication metrics, so a failing or saturated broker is noticed only when clients fail.",
  severity: "low",
  cloud: "aws",
  service: "msk",
  resourceTypes: ["aws:msk/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["MSK.2"],
    "nist-800-53-r5": ["SI-4", "CA-7"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.16"],
  },
  remediation: 'Set enhancedMonitoring: "PER_BROKER" (or a finer level).',
  enforcementLevel: "advisory",
  tags: ["monitoring", "messaging"],
  check: (r) =>
    ENHANCED.includes(r.props.enhancedMonitoring)
      ? pass()
      : fail(
          "enhancedMonitoring",
          `enhancedMonitoring is ${JSON.stringify(r.props.enhancedMonitoring ?? "DEFAULT")}; set it to "PER_BROKER" or finer`,
        ),
  examples: {
    compliant: [
      [{ type: "aws:msk/cluster:Cluster", props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, enhancedMonitoring: "PER_BROKER" } }],
    ],
    nonCompliant: [[{ type: "aws:msk/cluster:Cluster", props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3 } }]],
  },
});
