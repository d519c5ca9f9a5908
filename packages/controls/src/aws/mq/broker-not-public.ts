import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const mqBrokerNotPublic = defineControl({
  id: "aws-mq-broker-not-public",
  title: "Amazon MQ brokers are not publicly accessible",
  rationale:
    "A public broker exposes its AMQP/MQTT/OpenWire endpoints and web console to the internet, guarded only by broker user passwords.",
  severity: "high",
  cloud: "aws",
  service: "mq",
  resourceTypes: ["aws:mq/broker:Broker"],
  frameworks: {
    "nist-800-53-r5": ["AC-3", "AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
  },
  remediation: "Set publiclyAccessible: false (the default) and reach the broker through its VPC subnets; this replaces the broker.",
  enforcementLevel: "mandatory",
  tags: ["public-exposure", "messaging"],
  check: (r) => (r.props.publiclyAccessible === true ? fail("publiclyAccessible", "publiclyAccessible is true; set it to false") : pass()),
  examples: {
    compliant: [
      [
        {
          type: "aws:mq/broker:Broker",
          props: { engineType: "RabbitMQ", engineVersion: "3.13", hostInstanceType: "mq.m5.large", subnetIds: ["subnet-a"] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:mq/broker:Broker",
          props: { engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large", publiclyAccessible: true },
        },
      ],
    ],
  },
});
