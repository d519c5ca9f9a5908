import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { listOf } from "../../shared/network";

const app = (cors: Record<string, unknown> | undefined) => [
  {
    type: "azure-native:web:WebApp",
    props: { resourceGroupName: "rg", serverFarmId: "/plan", siteConfig: cors ? { cors } : { minTlsVersion: "1.2" } },
  },
];

export const webCorsNoWildcard = defineControl({
  id: "azure-web-cors-no-wildcard",
  title: "App Service CORS does not allow every origin",
  rationale:
    "allowedOrigins [\"*\"] lets any website's scripts call the app from a visitor's browser; with credentials or IP-based trust that turns every site on the internet into a client.",
  severity: "medium",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  frameworks: {
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.26"],
  },
  remediation: "List the front-end origins explicitly in siteConfig.cors.allowedOrigins (Checkov CKV_AZURE_57).",
  enforcementLevel: "mandatory",
  tags: ["app-service"],
  check: (r) => {
    const origins = listOf<unknown>(objectOf(objectOf(r.props.siteConfig)?.cors)?.allowedOrigins);
    return origins.some((o) => typeof o === "string" && o.trim() === "*")
      ? fail("siteConfig.cors.allowedOrigins", 'siteConfig.cors.allowedOrigins contains "*"; list the allowed origins explicitly')
      : pass();
  },
  examples: {
    compliant: [app({ allowedOrigins: ["https://orders.example.com"] }), app(undefined)],
    nonCompliant: [app({ allowedOrigins: ["*"] }), app({ allowedOrigins: ["https://orders.example.com", "*"] })],
  },
});
