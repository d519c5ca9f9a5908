import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const snsTopicEncrypted = defineControl({
  id: "aws-sns-topic-encrypted",
  title: "SNS topics are encrypted with a KMS key",
  rationale:
    "Messages published to an unencrypted topic are stored in clear until delivered; notifications often carry identifiers, alerts and personal data.",
  severity: "medium",
  cloud: "aws",
  service: "sns",
  resourceTypes: ["aws:sns/topic:Topic"],
  frameworks: {
    "aws-fsbp": ["SNS.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set kmsMasterKeyId to a customer-managed key (or "alias/aws/sns"); give publishing services kms:GenerateDataKey* and kms:Decrypt on it.',
  enforcementLevel: "advisory",
  tags: ["encryption", "messaging"],
  check: (r) => {
    const key = r.props.kmsMasterKeyId;
    return typeof key === "string" && key.trim() !== "" ? pass() : fail("kmsMasterKeyId", "kmsMasterKeyId is not set; set it to a KMS key");
  },
  examples: {
    compliant: [[{ type: "aws:sns/topic:Topic", props: { kmsMasterKeyId: "alias/aws/sns" } }]],
    nonCompliant: [[{ type: "aws:sns/topic:Topic", props: { name: "alerts" } }]],
  },
});
