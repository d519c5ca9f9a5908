import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

/** General logs for every engine; audit logs exist for ActiveMQ only. */
export const mqBrokerLogging = defineControl({
  id: "aws-mq-broker-logging",
  title: "Amazon MQ brokers publish general (and, for ActiveMQ, audit) logs",
  rationale:
    "Broker logs record connections, authentication and management actions; without them misuse of the messaging layer cannot be investigated.",
  severity: "low",
  cloud: "aws",
  service: "mq",
  resourceTypes: ["aws:mq/broker:Broker"],
  frameworks: {
    "nist-800-53-r5": ["AU-2", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
  },
  remediation: "Set logs: { general: true, audit: true } (audit for ActiveMQ brokers).",
  enforcementLevel: "advisory",
  tags: ["logging", "messaging"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.props.logs?.general !== true) violations.push({ property: "logs.general", message: "logs.general is not true; set it to true" });
    if (String(r.props.engineType).toLowerCase() === "activemq" && r.props.logs?.audit !== true) {
      violations.push({ property: "logs.audit", message: "logs.audit is not true; set it to true" });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:mq/broker:Broker",
          props: { engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large", logs: { general: true, audit: true } },
        },
      ],
      [
        {
          type: "aws:mq/broker:Broker",
          props: { engineType: "RabbitMQ", engineVersion: "3.13", hostInstanceType: "mq.m5.large", logs: { general: true } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:mq/broker:Broker",
          props: { engineType: "ActiveMQ", engineVersion: "5.18", hostInstanceType: "mq.m5.large", logs: { general: true } },
        },
      ],
      [{ type: "aws:mq/broker:Broker", props: { engineType: "RabbitMQ", engineVersion: "3.13", hostInstanceType: "mq.m5.large" } }],
    ],
  },
});
