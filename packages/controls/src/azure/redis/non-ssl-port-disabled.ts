import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

const cache = (extra: Record<string, unknown>) => [
  { type: "azure-native:redis:Redis", props: { resourceGroupName: "rg", sku: { name: "Standard", family: "C", capacity: 1 }, ...extra } },
];

export const redisNonSslPortDisabled = defineControl({
  id: "azure-redis-non-ssl-port-disabled",
  title: "Azure Cache for Redis keeps the non-TLS port (6379) closed",
  rationale: "On port 6379 the access key and every cached value cross the network in clear text.",
  severity: "high",
  cloud: "azure",
  service: "redis",
  resourceTypes: ["azure-native:redis:Redis", "azure-native:cache:Redis"],
  frameworks: {
    "nist-800-53-r5": ["SC-8", "SC-8(1)"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: "Remove enableNonSslPort (it defaults to false) and connect on port 6380 with TLS.",
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "database"],
  check: (r) =>
    r.props.enableNonSslPort === true
      ? fail("enableNonSslPort", "enableNonSslPort is true, so port 6379 accepts clear-text connections; set it to false")
      : pass(),
  preventive: [
    azurePolicy({
      name: "palisade-redis-non-ssl-port-disabled",
      displayName: "Azure Cache for Redis must not enable the non-TLS port",
      description: "Denies Redis caches with the non-TLS port 6379 enabled (Palisade control azure-redis-non-ssl-port-disabled).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Cache/Redis" },
          { field: "Microsoft.Cache/Redis/enableNonSslPort", equals: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [cache({ enableNonSslPort: false }), cache({})],
    // The shape seen on a real public program.
    nonCompliant: [cache({ enableNonSslPort: true, minimumTlsVersion: "1.2" })],
  },
});
