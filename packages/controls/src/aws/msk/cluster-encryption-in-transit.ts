import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

/** Defaults: clientBroker "TLS", inCluster true; only explicit downgrades fail. */
export const mskClusterEncryptionInTransit = defineControl({
  id: "aws-msk-cluster-encryption-in-transit",
  title: "MSK clusters encrypt traffic between clients and brokers and among brokers",
  rationale:
    "Kafka traffic carries the application's events in full; plaintext listeners let anyone on the network path read or inject them.",
  severity: "high",
  cloud: "aws",
  service: "msk",
  resourceTypes: ["aws:msk/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["MSK.1"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: 'Set encryptionInfo.encryptionInTransit: { clientBroker: "TLS", inCluster: true } (both are the defaults).',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "messaging"],
  check: (r) => {
    const violations: Violation[] = [];
    const transit = r.props.encryptionInfo?.encryptionInTransit;
    if (transit?.inCluster === false) {
      violations.push({
        property: "encryptionInfo.encryptionInTransit.inCluster",
        message: "encryptionInTransit.inCluster is false; set it to true",
      });
    }
    const client = transit?.clientBroker;
    if (client === "PLAINTEXT" || client === "TLS_PLAINTEXT") {
      violations.push({
        property: "encryptionInfo.encryptionInTransit.clientBroker",
        message: `encryptionInTransit.clientBroker is ${JSON.stringify(client)}, which accepts plaintext clients; set it to "TLS"`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [{ type: "aws:msk/cluster:Cluster", props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3 } }],
      [
        {
          type: "aws:msk/cluster:Cluster",
          props: {
            kafkaVersion: "3.6.0",
            numberOfBrokerNodes: 3,
            encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:msk/cluster:Cluster",
          props: {
            kafkaVersion: "3.6.0",
            numberOfBrokerNodes: 3,
            encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT" } },
          },
        },
      ],
      [
        {
          type: "aws:msk/cluster:Cluster",
          props: { kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, encryptionInfo: { encryptionInTransit: { inCluster: false } } },
        },
      ],
    ],
  },
});
