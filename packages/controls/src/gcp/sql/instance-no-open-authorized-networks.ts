import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { isOpenCidr, objectsOf } from "../../shared/network";
import { SQL_INSTANCE } from "./flags";

export const sqlInstanceNoOpenAuthorizedNetworks = defineControl({
  id: "gcp-sql-instance-no-open-authorized-networks",
  title: "Cloud SQL instances do not authorise 0.0.0.0/0",
  rationale: "An authorised network of 0.0.0.0/0 lets any host on the internet reach the database's public IP and try credentials.",
  severity: "critical",
  cloud: "gcp",
  service: "sql",
  resourceTypes: [SQL_INSTANCE],
  frameworks: {
    "cis-gcp-5.0": ["6.5"],
    "cis-gcp-3.0": ["6.5"],
    "nist-800-53-r5": ["SC-7", "AC-4", "AC-3"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Remove 0.0.0.0/0 from settings.ipConfiguration.authorizedNetworks; connect through private IP or the Cloud SQL Auth Proxy.",
  enforcementLevel: "mandatory",
  tags: ["database", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    objectsOf(r.props.settings?.ipConfiguration?.authorizedNetworks).forEach((n, i) => {
      if (isOpenCidr(n.value)) {
        violations.push({
          property: `settings.ipConfiguration.authorizedNetworks[${i}].value`,
          message: `authorises ${n.value} (the whole internet); remove it`,
        });
      }
    });
    return failAll(violations);
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "sql.restrictAuthorizedNetworks", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [
      [
        {
          type: SQL_INSTANCE,
          props: {
            databaseVersion: "MYSQL_8_0",
            settings: { tier: "db-f1-micro", ipConfiguration: { authorizedNetworks: [{ name: "office", value: "203.0.113.0/24" }] } },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: SQL_INSTANCE,
          props: {
            databaseVersion: "MYSQL_8_0",
            settings: { tier: "db-f1-micro", ipConfiguration: { authorizedNetworks: [{ name: "any", value: "0.0.0.0/0" }] } },
          },
        },
      ],
    ],
  },
});
