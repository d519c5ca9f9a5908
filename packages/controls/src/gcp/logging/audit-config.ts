import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { listOf, objectsOf } from "../../shared/network";

const AUDIT_CONFIG_TYPES = [
  "gcp:organizations/iamAuditConfig:IamAuditConfig",
  "gcp:folder/iamAuditConfig:IamAuditConfig",
  "gcp:projects/iAMAuditConfig:IAMAuditConfig",
];
const LOG_TYPES = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"];

export const loggingAuditConfig = defineControl({
  id: "gcp-logging-audit-config",
  title: "Data Access audit logs are on for all services, with no exempted users",
  rationale:
    "Admin Activity logs are always written, but reads and writes of data are not unless Data Access logs are enabled; an exempted member's activity leaves no trace at all.",
  severity: "high",
  cloud: "gcp",
  service: "logging",
  resourceTypes: AUDIT_CONFIG_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["2.1"],
    "cis-gcp-3.0": ["2.1"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1", "10.2.1.1", "10.2.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'For service "allServices" set auditLogConfigs for ADMIN_READ, DATA_READ and DATA_WRITE, and remove every exemptedMembers entry.',
  enforcementLevel: "mandatory",
  tags: ["logging"],
  check: (r) => {
    const configs = objectsOf(r.props.auditLogConfigs);
    const violations: Violation[] = [];
    configs.forEach((c, i) => {
      const exempted = listOf<unknown>(c.exemptedMembers);
      if (exempted.length > 0) {
        violations.push({
          property: `auditLogConfigs[${i}].exemptedMembers`,
          message: `exempts ${exempted.join(", ")} from ${c.logType} logging; remove the exemption`,
        });
      }
    });
    if (r.props.service === "allServices") {
      const on = new Set(configs.map((c) => c.logType));
      const missing = LOG_TYPES.filter((t) => !on.has(t));
      if (missing.length > 0)
        violations.push({
          property: "auditLogConfigs",
          message: `allServices does not log ${missing.join(", ")}; add an auditLogConfigs entry for each`,
        });
    }
    return failAll(violations);
  },
  response: [
    {
      runbook: "gcp-isolate-compromised-instance",
      trigger: "SCC threat finding (Execution:, Malware:, Persistence:, … Cryptocurrency Mining) on a Compute Engine instance",
      action: "compute.disks.createSnapshot with forensic labels; deny-all firewalls + instances.setTags (or instances.stop)",
      kind: "contain",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "gcp:organizations/iamAuditConfig:IamAuditConfig",
          props: {
            orgId: "123",
            service: "allServices",
            auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_READ" }, { logType: "DATA_WRITE" }],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/iAMAuditConfig:IAMAuditConfig",
          props: { project: "p", service: "allServices", auditLogConfigs: [{ logType: "ADMIN_READ" }] },
        },
      ],
      [
        {
          type: "gcp:organizations/iamAuditConfig:IamAuditConfig",
          props: {
            orgId: "123",
            service: "storage.googleapis.com",
            auditLogConfigs: [{ logType: "DATA_READ", exemptedMembers: ["user:bot@acme.example"] }],
          },
        },
      ],
    ],
  },
});
