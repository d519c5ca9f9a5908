import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { exceptAutomation } from "./org-policies";

export const protectGuardDuty = defineControl({
  id: "aws-organizations-protect-guardduty",
  title: "GuardDuty detectors stay enabled and members cannot leave the delegated administrator",
  rationale:
    "GuardDuty is the organisation's threat detection; a member that suspends its detector or disassociates from the administrator stops reporting findings exactly when it matters.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: ["aws:guardduty/detector:Detector"],
  frameworks: {
    "cis-aws-7.0": ["2.1.6"],
    "aws-fsbp": ["GuardDuty.1"],
    "nist-800-53-r5": ["SI-4", "SI-4(2)", "RA-5"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.16"],
    "pci-dss-4.0": ["11.5.1", "10.7.2"],
    hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(C)"],
  },
  remediation: "Leave enable unset or true on aws.guardduty.Detector; the landing zone's SCP denies disabling or deleting detectors.",
  enforcementLevel: "mandatory",
  tags: ["threat-detection", "guardrail"],
  check: (r) => (r.props.enable === false ? fail("enable", "enable is false: the detector is suspended; set it to true") : pass()),
  remediate: (r) => (r.props.enable === false ? { ...r.props, enable: true } : undefined),
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "ProtectGuardDuty",
          Effect: "Deny",
          Action: [
            "guardduty:DeleteDetector",
            "guardduty:UpdateDetector",
            "guardduty:DisassociateFromAdministratorAccount",
            "guardduty:DisassociateFromMasterAccount",
            "guardduty:DeleteMembers",
            "guardduty:DisassociateMembers",
            "guardduty:StopMonitoringMembers",
            "guardduty:DeletePublishingDestination",
            "guardduty:UpdateOrganizationConfiguration",
          ],
          Resource: "*",
          Condition: exceptAutomation(params),
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: "aws:guardduty/detector:Detector", props: { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" } }],
      [{ type: "aws:guardduty/detector:Detector", props: {} }],
    ],
    nonCompliant: [[{ type: "aws:guardduty/detector:Detector", props: { enable: false } }]],
  },
});
