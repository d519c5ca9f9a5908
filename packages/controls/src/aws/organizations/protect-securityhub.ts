import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { exceptAutomation } from "./org-policies";

const ORG_CONFIG = "aws:securityhub/organizationConfiguration:OrganizationConfiguration";
const CONFIG_POLICY = "aws:securityhub/configurationPolicy:ConfigurationPolicy";

/**
 * Security Hub is on for every account when the delegated administrator auto-enables it (local
 * configuration) or when central configuration policies enable it; a policy with serviceEnabled false
 * turns it off for every account it is associated with.
 */
export const protectSecurityHub = defineControl({
  id: "aws-organizations-protect-securityhub",
  title: "Security Hub is enabled for every account and cannot be disabled by workloads",
  rationale:
    "Security Hub aggregates the organisation's findings and runs the CIS and FSBP standards; an account that disables it or leaves the administrator disappears from every compliance view.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORG_CONFIG, CONFIG_POLICY],
  frameworks: {
    "cis-aws-7.0": ["5.16"],
    "cis-aws-3.0": ["4.16"],
    "nist-800-53-r5": ["CA-7", "SI-4", "RA-5"],
    soc2: ["CC7.1", "CC7.2"],
    "iso27001-2022": ["A.8.16", "A.5.36"],
    "pci-dss-4.0": ["10.7.2", "11.5.1"],
    hipaa: ["164.308(a)(1)(ii)(D)"],
  },
  remediation:
    "Set autoEnable: true on aws.securityhub.OrganizationConfiguration (or use central configuration with policies whose serviceEnabled is true).",
  enforcementLevel: "mandatory",
  tags: ["threat-detection", "guardrail", "compliance"],
  check: (r) => {
    if (r.type === CONFIG_POLICY) {
      return r.props.configurationPolicy?.serviceEnabled === true
        ? pass()
        : fail("configurationPolicy.serviceEnabled", "the configuration policy disables Security Hub; set serviceEnabled: true");
    }
    if (r.props.organizationConfiguration?.configurationType === "CENTRAL") return pass();
    return r.props.autoEnable === true
      ? pass()
      : fail(
          "autoEnable",
          `autoEnable is ${JSON.stringify(r.props.autoEnable ?? null)}: new accounts join without Security Hub; set it to true`,
        );
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "ProtectSecurityHub",
          Effect: "Deny",
          Action: [
            "securityhub:DisableSecurityHub",
            "securityhub:DisassociateFromAdministratorAccount",
            "securityhub:DisassociateFromMasterAccount",
            "securityhub:DeleteMembers",
            "securityhub:DisassociateMembers",
            "securityhub:BatchDisableStandards",
            "securityhub:UpdateOrganizationConfiguration",
            "securityhub:DeleteConfigurationPolicy",
          ],
          Resource: "*",
          Condition: exceptAutomation(params),
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: ORG_CONFIG, props: { autoEnable: true, autoEnableStandards: "DEFAULT" } }],
      [
        {
          type: ORG_CONFIG,
          props: { autoEnable: false, autoEnableStandards: "NONE", organizationConfiguration: { configurationType: "CENTRAL" } },
        },
      ],
      [{ type: CONFIG_POLICY, props: { name: "baseline", configurationPolicy: { serviceEnabled: true, enabledStandardArns: [] } } }],
    ],
    nonCompliant: [
      [{ type: ORG_CONFIG, props: { autoEnable: false } }],
      [{ type: CONFIG_POLICY, props: { name: "off", configurationPolicy: { serviceEnabled: false } } }],
    ],
  },
});
