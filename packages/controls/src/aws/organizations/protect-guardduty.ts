import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { exceptAutomation } from "./org-policies";

export const protectGuardDuty = defineControl({
  id: "aws-organizations-protect-guardduty",
  title: "GuardDuty is enabled for every account of the organisation, and members cannot suspend it or leave the administrator",
  rationale:
    "GuardDuty is the organisation's threat detection; an account the administrator does not auto-enrol, or that suspends its detector or disassociates from the administrator, stops reporting findings exactly when it matters.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: ["aws:guardduty/organizationConfiguration:OrganizationConfiguration"],
  frameworks: {
    "cis-aws-7.0": ["2.1.6"],
    "aws-fsbp": ["GuardDuty.1"],
    "nist-800-53-r5": ["SI-4", "SI-4(2)", "RA-5"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.16"],
    "pci-dss-4.0": ["11.5.1", "10.7.2"],
    hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(C)"],
  },
  remediation:
    "Set autoEnableOrganizationMembers: \"ALL\" on the delegated administrator's aws.guardduty.OrganizationConfiguration; the landing zone's SCP denies suspending or deleting detectors and leaving the administrator.",
  enforcementLevel: "mandatory",
  tags: ["threat-detection", "guardrail"],
  check: (r) =>
    r.props.autoEnableOrganizationMembers === "ALL"
      ? pass()
      : fail(
          "autoEnableOrganizationMembers",
          `autoEnableOrganizationMembers is ${JSON.stringify(r.props.autoEnableOrganizationMembers ?? null)}: some accounts are not enrolled; set it to "ALL"`,
        ),
  remediate: (r) => (r.props.autoEnableOrganizationMembers === "ALL" ? undefined : { ...r.props, autoEnableOrganizationMembers: "ALL" }),
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
      [
        {
          type: "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
          props: { detectorId: "d-1", autoEnableOrganizationMembers: "ALL" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
          props: { detectorId: "d-1", autoEnableOrganizationMembers: "NEW" },
        },
      ],
      [
        {
          type: "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
          props: { detectorId: "d-1", autoEnableOrganizationMembers: "NONE" },
        },
      ],
    ],
  },
});
