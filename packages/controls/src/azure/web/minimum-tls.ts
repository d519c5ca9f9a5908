import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const WEAK = ["1.0", "1.1"];

export const webMinimumTls = defineControl({
  id: "azure-web-minimum-tls",
  title: "App Service and Function apps accept TLS 1.2 or newer only",
  rationale:
    "TLS 1.0 and 1.1 have known weaknesses and are rejected by current compliance standards; the app and its SCM (Kudu) site should refuse them.",
  severity: "medium",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  frameworks: {
    "cis-azure-3.0": ["9.4"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(2)(ii)"],
  },
  remediation: 'Set siteConfig.minTlsVersion and siteConfig.scmMinTlsVersion to "1.2" (or "1.3"); unset means the current default, 1.2.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "app-service"],
  check: (r) => {
    const config = objectOf(r.props.siteConfig);
    const violations: Violation[] = [];
    for (const key of ["minTlsVersion", "scmMinTlsVersion"]) {
      const v = config?.[key];
      if (typeof v === "string" && WEAK.includes(v))
        violations.push({ property: `siteConfig.${key}`, message: `siteConfig.${key} is ${JSON.stringify(v)}; set it to "1.2"` });
    }
    return failAll(violations);
  },
  remediate: (r) => {
    const config = objectOf(r.props.siteConfig);
    if (!config || !["minTlsVersion", "scmMinTlsVersion"].some((k) => WEAK.includes(config[k]))) return undefined;
    const fixed = { ...config };
    for (const k of ["minTlsVersion", "scmMinTlsVersion"]) if (WEAK.includes(fixed[k])) fixed[k] = "1.2";
    return { ...r.props, siteConfig: fixed };
  },
  preventive: [
    azurePolicy({
      name: "palisade-web-minimum-tls",
      displayName: "App Service apps must accept TLS 1.2 or newer only",
      description: "Denies App Service apps, and their web config, that accept TLS 1.0 or 1.1 (Palisade control azure-web-minimum-tls).",
      mode: "All",
      nonCompliantWhen: {
        anyOf: [
          {
            allOf: [
              { field: "type", equals: "Microsoft.Web/sites" },
              { field: "Microsoft.Web/sites/siteConfig.minTlsVersion", in: WEAK },
            ],
          },
          {
            allOf: [
              { field: "type", equals: "Microsoft.Web/sites/config" },
              { field: "Microsoft.Web/sites/config/minTlsVersion", in: WEAK },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:web:WebApp", props: { siteConfig: { minTlsVersion: "1.2", scmMinTlsVersion: "1.2" } } }],
      [{ type: "azure-native:web:WebApp", props: { siteConfig: {} } }],
    ],
    nonCompliant: [[{ type: "azure-native:web:WebApp", props: { siteConfig: { minTlsVersion: "1.0" } } }]],
  },
});
