import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, oneOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const OK = ["FtpsOnly", "Disabled"];

export const webFtpsState = defineControl({
  id: "azure-web-ftps-state",
  title: "App Service and Function apps disable plain FTP",
  rationale: "Plain FTP sends deployment credentials and code in clear text; deployments should use FTPS, or better, no FTP at all.",
  severity: "high",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  frameworks: {
    "cis-azure-3.0": ["9.3"],
    "nist-800-53-r5": ["SC-8", "CM-7"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.8.20"],
    "pci-dss-4.0": ["2.2.7", "4.2.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set siteConfig.ftpsState: "Disabled" (or "FtpsOnly" if FTP deployment is still needed).',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "app-service"],
  check: (r) => {
    const state = objectOf(r.props.siteConfig)?.ftpsState;
    return oneOf(state, OK)
      ? pass()
      : fail(
          "siteConfig.ftpsState",
          `siteConfig.ftpsState is ${JSON.stringify(state ?? "unset (AllAllowed)")}; set it to "Disabled" or "FtpsOnly"`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-web-ftps-state",
      displayName: "App Service apps must not allow plain FTP",
      description: "Denies App Service web configurations that allow plain FTP (Palisade control azure-web-ftps-state).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Web/sites/config" },
          { field: "Microsoft.Web/sites/config/ftpsState", notIn: OK },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:web:WebApp", props: { siteConfig: { ftpsState: "Disabled" } } }]],
    nonCompliant: [
      [{ type: "azure-native:web:WebApp", props: { siteConfig: { ftpsState: "AllAllowed" } } }],
      [{ type: "azure-native:web:WebAppSlot", props: {} }],
    ],
  },
});
