import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { isOpenCidr, listOf, objectsOf, portSpecCovers } from "../../shared/network";
import { num, str } from "../../shared/text";

/** Database and cache ports that must never face the internet. */
export const DATABASE_PORTS: Record<number, string> = {
  1433: "SQL Server",
  1521: "Oracle",
  3306: "MySQL",
  5432: "PostgreSQL",
  6379: "Redis",
  9042: "Cassandra",
  9200: "Elasticsearch",
  11211: "Memcached",
  27017: "MongoDB",
};

export const computeFirewallDatabasePorts = defineControl({
  id: "gcp-compute-firewall-database-ports",
  title: "VPC firewall rules do not allow database ports from the internet",
  rationale: "Databases exposed to 0.0.0.0/0 are scanned within minutes and brute-forced or exploited; they belong behind private IPs.",
  severity: "critical",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/firewall:Firewall"],
  frameworks: {
    "nist-800-53-r5": ["SC-7", "AC-4", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Restrict sourceRanges to internal ranges (or use private IP / Private Service Connect) for database ports.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const p = r.props;
    if ((p.direction ?? "INGRESS") !== "INGRESS" || p.disabled === true) return failAll([]);
    const open = listOf<unknown>(p.sourceRanges).filter(isOpenCidr);
    if (open.length === 0) return failAll([]);
    const violations: Violation[] = [];
    objectsOf(p.allows).forEach((allow, i) => {
      const proto = str(allow.protocol ?? "").toLowerCase();
      if (proto !== "tcp" && proto !== "all") return;
      const ports = listOf<unknown>(allow.ports);
      for (const [port, engine] of Object.entries(DATABASE_PORTS)) {
        if (ports.length === 0 || ports.some((s) => portSpecCovers(s, num(port)))) {
          violations.push({
            property: `allows[${i}]`,
            message: `allows ${engine} port ${port} from ${open.join(", ")}; restrict sourceRanges to internal ranges`,
          });
        }
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", sourceRanges: ["10.0.0.0/8"], allows: [{ protocol: "tcp", ports: ["5432"] }] },
        },
      ],
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["443"] }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["3306"] }] },
        },
      ],
      [
        {
          type: "gcp:compute/firewall:Firewall",
          props: { network: "vpc", sourceRanges: ["::/0"], allows: [{ protocol: "tcp", ports: ["5000-6000"] }] },
        },
      ],
    ],
  },
});
