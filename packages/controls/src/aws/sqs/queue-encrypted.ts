import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** New queues are encrypted with SQS-managed keys (SSE-SQS) unless sqsManagedSseEnabled is set to false. */
export const sqsQueueEncrypted = defineControl({
  id: "aws-sqs-queue-encrypted",
  title: "SQS queues are encrypted at rest",
  rationale: "Messages in an unencrypted queue are stored in clear for up to 14 days; queues often carry orders, events and personal data.",
  severity: "medium",
  cloud: "aws",
  service: "sqs",
  resourceTypes: ["aws:sqs/queue:Queue"],
  frameworks: {
    "aws-fsbp": ["SQS.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set kmsMasterKeyId to a KMS key, or leave sqsManagedSseEnabled at its default (true).",
  enforcementLevel: "mandatory",
  tags: ["encryption", "messaging"],
  check: (r) => {
    const key = r.props.kmsMasterKeyId;
    if (typeof key === "string" && key.trim() !== "") return pass();
    return r.props.sqsManagedSseEnabled === false
      ? fail("sqsManagedSseEnabled", "sqsManagedSseEnabled is false and no kmsMasterKeyId is set; enable SSE-SQS or set a KMS key")
      : pass();
  },
  remediate: (r) => {
    const key = r.props.kmsMasterKeyId;
    if (typeof key === "string" && key.trim() !== "") return undefined;
    return r.props.sqsManagedSseEnabled === false ? { ...r.props, sqsManagedSseEnabled: true } : undefined;
  },
  examples: {
    compliant: [
      [{ type: "aws:sqs/queue:Queue", props: { name: "orders", kmsMasterKeyId: "alias/orders" } }],
      [{ type: "aws:sqs/queue:Queue", props: { name: "jobs" } }],
    ],
    nonCompliant: [[{ type: "aws:sqs/queue:Queue", props: { name: "plain", sqsManagedSseEnabled: false } }]],
  },
});
