import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const webHttpsOnly = defineControl({
  id: "azure-web-https-only",
  title: "App Service and Function apps redirect HTTP to HTTPS",
  rationale: "Without HTTPS only, the app also answers in clear text, exposing session cookies and data to anyone on the path.",
  severity: "high",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  frameworks: {
    "cis-azure-3.0": ["9.1"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set httpsOnly: true.",
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "app-service"],
  check: (r) =>
    r.props.httpsOnly === true
      ? pass()
      : fail("httpsOnly", `httpsOnly is ${JSON.stringify(r.props.httpsOnly ?? "unset (false)")}; set it to true`),
  // HTTP requests are redirected, not refused: safe to fix automatically.
  remediate: (r) => (r.props.httpsOnly === true ? undefined : { ...r.props, httpsOnly: true }),
  preventive: [
    azurePolicy({
      name: "palisade-web-https-only",
      displayName: "App Service apps must only be accessible over HTTPS",
      description: "Denies App Service and Function apps (and slots) without HTTPS only (Palisade control azure-web-https-only).",
      nonCompliantWhen: {
        anyOf: [
          {
            allOf: [
              { field: "type", equals: "Microsoft.Web/sites" },
              {
                anyOf: [
                  { field: "Microsoft.Web/sites/httpsOnly", exists: "false" },
                  { field: "Microsoft.Web/sites/httpsOnly", equals: "false" },
                ],
              },
            ],
          },
          {
            allOf: [
              { field: "type", equals: "Microsoft.Web/sites/slots" },
              {
                anyOf: [
                  { field: "Microsoft.Web/sites/slots/httpsOnly", exists: "false" },
                  { field: "Microsoft.Web/sites/slots/httpsOnly", equals: "false" },
                ],
              },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:web:WebApp", props: { kind: "app", httpsOnly: true } }]],
    nonCompliant: [
      [{ type: "azure-native:web:WebApp", props: { kind: "app" } }],
      [{ type: "azure-native:web:WebAppSlot", props: { name: "staging", httpsOnly: false } }],
    ],
  },
});
