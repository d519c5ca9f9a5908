import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const guarddutyDetectorEnabled = defineControl({
  id: "aws-guardduty-detector-enabled",
  title: "GuardDuty detectors are enabled",
  rationale:
    "A disabled detector analyses no CloudTrail, VPC flow or DNS logs, so credential misuse, crypto-mining and exfiltration go undetected.",
  severity: "high",
  cloud: "aws",
  service: "guardduty",
  resourceTypes: ["aws:guardduty/detector:Detector"],
  frameworks: {
    "aws-fsbp": ["GuardDuty.1"],
    "nist-800-53-r5": ["SI-4", "SI-4(2)", "SI-4(4)(b)", "IR-4(a)", "RA-5"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.16", "A.5.7"],
    "pci-dss-4.0": ["11.5.1", "10.4.1.1"],
    hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"],
  },
  remediation: "Set enable: true (the default); in an organisation, let the delegated administrator auto-enable member accounts.",
  enforcementLevel: "mandatory",
  tags: ["detection"],
  check: (r) => (r.props.enable === false ? fail("enable", "enable is false; set it to true") : pass()),
  remediate: (r) => (r.props.enable === false ? { ...r.props, enable: true } : undefined),
  response: [
    {
      runbook: "aws-contain-exposed-access-key",
      trigger:
        "GuardDuty UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.*, MaliciousIPCaller*, TorIPCaller, CredentialAccess:IAMUser/AnomalousBehavior",
      action: "iam:UpdateAccessKey Status=Inactive (users); iam:PutUserPolicy / iam:PutRolePolicy deny on aws:TokenIssueTime",
      kind: "contain",
    },
    {
      runbook: "aws-isolate-compromised-instance",
      trigger: "GuardDuty finding on an EC2 instance (Backdoor, CryptoCurrency, Trojan, UnauthorizedAccess, Runtime …) with severity ≥ 7",
      action:
        "quarantine security group with no rules on every ENI; ec2:CreateSnapshot of every volume with forensic tags; DisableApiTermination; role sessions revoked",
      kind: "contain",
    },
  ],
  examples: {
    compliant: [[{ type: "aws:guardduty/detector:Detector", props: { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" } }]],
    nonCompliant: [[{ type: "aws:guardduty/detector:Detector", props: { enable: false } }]],
  },
});
