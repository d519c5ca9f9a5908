import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

export const appsyncApiCacheEncryption = defineControl({
  id: "aws-appsync-api-cache-encryption",
  title: "AppSync API caches are encrypted at rest and in transit",
  rationale:
    "The resolver cache holds query results, often personal data; both encryption settings are off unless set and cannot be changed without recreating the cache.",
  severity: "medium",
  cloud: "aws",
  service: "appsync",
  resourceTypes: ["aws:appsync/apiCache:ApiCache"],
  frameworks: {
    "aws-fsbp": ["AppSync.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-8"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)"],
  },
  remediation: "Set atRestEncryptionEnabled: true and transitEncryptionEnabled: true (the cache is replaced).",
  enforcementLevel: "advisory",
  tags: ["encryption"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.props.atRestEncryptionEnabled !== true) {
      violations.push({ property: "atRestEncryptionEnabled", message: "atRestEncryptionEnabled is not true; set it to true" });
    }
    if (r.props.transitEncryptionEnabled !== true) {
      violations.push({ property: "transitEncryptionEnabled", message: "transitEncryptionEnabled is not true; set it to true" });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:appsync/apiCache:ApiCache",
          props: {
            apiId: "abc",
            apiCachingBehavior: "FULL_REQUEST_CACHING",
            type: "SMALL",
            ttl: 900,
            atRestEncryptionEnabled: true,
            transitEncryptionEnabled: true,
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:appsync/apiCache:ApiCache",
          props: { apiId: "abc", apiCachingBehavior: "FULL_REQUEST_CACHING", type: "SMALL", ttl: 900 },
        },
      ],
      [
        {
          type: "aws:appsync/apiCache:ApiCache",
          props: { apiId: "abc", apiCachingBehavior: "PER_RESOLVER_CACHING", type: "SMALL", ttl: 60, atRestEncryptionEnabled: true },
        },
      ],
    ],
  },
});
