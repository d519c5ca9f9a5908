import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { NSG_TYPES, nsgOpenPortsCondition, openPortViolations } from "../../shared/azure-nsg";
import { azurePolicy } from "../../shared/azure-policy";

/** SQL Server, Oracle, MySQL, PostgreSQL, Redis, Cassandra, MongoDB, Elasticsearch. */
export const DATABASE_PORTS = [1433, 1521, 3306, 5432, 6379, 9042, 9200, 27017] as const;

export const nsgDatabasePorts = defineControl({
  id: "azure-network-nsg-database-ports",
  title: "Network security groups do not expose database ports to the internet",
  rationale:
    "Database listeners reachable from the internet are scanned within minutes and attacked with credential stuffing and engine exploits; databases belong behind private networks.",
  severity: "critical",
  cloud: "azure",
  service: "network",
  resourceTypes: [...NSG_TYPES],
  frameworks: {
    "nist-800-53-r5": ["AC-4", "SC-7", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.3.2", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Remove inbound Allow rules for database ports (1433, 1521, 3306, 5432, 6379, 9042, 9200, 27017) from *, Internet or 0.0.0.0/0; reach databases through private endpoints or peered networks.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  configSchema: {
    ports: {
      type: "array",
      items: { type: "integer", minimum: 1, maximum: 65535 },
      default: [...DATABASE_PORTS],
      description: "Database ports that must not be reachable from the internet.",
    },
  },
  check: (r, ctx) => {
    const ports = Array.isArray(ctx.settings.ports)
      ? ctx.settings.ports.filter((p: unknown): p is number => typeof p === "number")
      : [...DATABASE_PORTS];
    return failAll(openPortViolations(r.type, r.props, ports, ["tcp"], "database"));
  },
  preventive: [
    azurePolicy({
      name: "palisade-nsg-database-ports",
      displayName: "Network security groups must not expose database ports to the internet",
      description:
        "Denies inbound Allow rules for common database ports from any source (Palisade control azure-network-nsg-database-ports).",
      mode: "All",
      nonCompliantWhen: nsgOpenPortsCondition({ ports: DATABASE_PORTS, protocols: ["Tcp"] }),
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:NetworkSecurityGroup",
          props: {
            securityRules: [
              {
                name: "sql-from-app",
                direction: "Inbound",
                access: "Allow",
                protocol: "Tcp",
                sourceAddressPrefix: "10.20.1.0/24",
                destinationPortRange: "1433",
                priority: 100,
              },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:network:NetworkSecurityGroup",
          props: {
            securityRules: [
              {
                name: "postgres",
                direction: "Inbound",
                access: "Allow",
                protocol: "Tcp",
                sourceAddressPrefix: "Internet",
                destinationPortRanges: ["5432", "6379"],
                priority: 100,
              },
            ],
          },
        },
      ],
      [
        {
          type: "azure-native:network:SecurityRule",
          props: {
            direction: "Inbound",
            access: "Allow",
            protocol: "*",
            sourceAddressPrefix: "0.0.0.0/0",
            destinationPortRange: "*",
            priority: 200,
          },
        },
      ],
    ],
  },
});
