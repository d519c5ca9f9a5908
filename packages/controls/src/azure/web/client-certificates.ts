import { defineControl } from "../../model/control";
import { settingControl } from "../../shared/azure-setting";

export const webClientCertificates = defineControl(
  settingControl({
    id: "azure-web-client-certificates",
    service: "web",
    noun: "App Service apps",
    title: "App Service apps that require client certificates say so",
    rationale:
      "Mutual TLS proves which client is calling before the application sees the request; apps tagged as service-to-service APIs should require it rather than rely on bearer tokens alone.",
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
    path: "clientCertEnabled",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "false: client certificates are ignored" },
    want: 'set it to true with clientCertMode "Required"',
    good: [true],
    bad: [false],
    remediation: 'Set clientCertEnabled: true and clientCertMode: "Required" (Checkov CKV_AZURE_17).',
    tags: ["app-service", "identity"],
    base: { resourceGroupName: "rg", serverFarmId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan" },
    frameworks: {
      "nist-800-53-r5": ["IA-2", "SC-8"],
      soc2: ["CC6.1"],
      "iso27001-2022": ["A.8.5"],
      hipaa: ["164.312(d)"],
    },
  }),
);
