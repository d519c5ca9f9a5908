import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf, oneOf, same } from "../../shared/azure";
import { listOf, objectsOf } from "../../shared/network";

export const securityContact = defineControl({
  id: "azure-security-contact",
  title: "Defender for Cloud notifies the security team and subscription owners",
  rationale:
    "Defender alerts nobody receives are not acted on; notifications go to a monitored mailbox and to owners, for high-severity alerts and attack paths.",
  severity: "medium",
  cloud: "azure",
  service: "security",
  resourceTypes: ["azure-native:security:SecurityContact"],
  frameworks: {
    "cis-azure-6.0": ["8.1.12", "8.1.13", "8.1.14", "8.1.15"],
    "cis-azure-3.0": ["3.1.12", "3.1.13", "3.1.14"],
    "nist-800-53-r5": ["IR-4(a)", "SI-4(c)", "SI-5(b)"],
    soc2: ["CC7.3", "CC7.4"],
    "iso27001-2022": ["A.5.24", "A.6.8"],
    "pci-dss-4.0": ["12.10.5"],
    hipaa: ["164.308(a)(6)(ii)"],
  },
  remediation:
    'Set emails (a monitored security mailbox), notificationsByRole: { state: "On", roles: ["Owner"] }, and notificationsSources [{ sourceType: "Alert", minimalSeverity: "High" }, { sourceType: "AttackPath", minimalRiskLevel: "Critical" }].',
  enforcementLevel: "mandatory",
  tags: ["threat-detection", "incident-response"],
  check: (r) => {
    const violations: Violation[] = [];
    const emails = r.props.emails;
    if (typeof emails !== "string" || !emails.includes("@")) {
      violations.push({ property: "emails", message: `emails is ${JSON.stringify(emails ?? "unset")}; set the security team's mailbox` });
    }
    const byRole = objectOf(r.props.notificationsByRole);
    if (!same(byRole?.state, "On") || !listOf<unknown>(byRole?.roles).some((role) => same(role, "Owner"))) {
      violations.push({
        property: "notificationsByRole",
        message: 'notificationsByRole does not notify Owners; set { state: "On", roles: ["Owner"] }',
      });
    }
    const sources = objectsOf(r.props.notificationsSources);
    if (!sources.some((s) => same(s.sourceType, "Alert") && oneOf(s.minimalSeverity, ["High", "Medium", "Low"]))) {
      violations.push({
        property: "notificationsSources",
        message: 'notificationsSources has no Alert source; add { sourceType: "Alert", minimalSeverity: "High" }',
      });
    }
    if (!sources.some((s) => same(s.sourceType, "AttackPath"))) {
      violations.push({
        property: "notificationsSources",
        message: 'notificationsSources has no AttackPath source; add { sourceType: "AttackPath", minimalRiskLevel: "Critical" }',
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:security:SecurityContact",
          props: {
            securityContactName: "default",
            emails: "soc@example.com",
            isEnabled: true,
            notificationsByRole: { state: "On", roles: ["Owner"] },
            notificationsSources: [
              { sourceType: "Alert", minimalSeverity: "High" },
              { sourceType: "AttackPath", minimalRiskLevel: "Critical" },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:security:SecurityContact",
          props: { securityContactName: "default", emails: "soc@example.com", notificationsByRole: { state: "Off", roles: [] } },
        },
      ],
    ],
  },
});
