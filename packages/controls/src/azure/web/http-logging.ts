import { defineControl } from "../../model/control";
import { diagnosticLogsVerdict, oneOf } from "../../shared/azure";

export const webHttpLogging = defineControl({
  id: "azure-web-http-logging",
  title: "App Service apps send HTTP logs to a diagnostic destination",
  rationale:
    "HTTP logs record every request the app served; without them, probing and exploitation of the app leave no trace outside the app's own logging.",
  severity: "low",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp"],
  frameworks: {
    "cis-azure-3.0": ["6.1.6"],
    "nist-800-53-r5": ["AU-2", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add a monitor.DiagnosticSetting with resourceUri set to the app id and logs: [{ category: "AppServiceHTTPLogs", enabled: true }] to Log Analytics.',
  enforcementLevel: "advisory",
  tags: ["logging", "app-service"],
  correlatedCheck: (app, stack) =>
    diagnosticLogsVerdict(app, stack, {
      noun: "app",
      logs: "AppServiceHTTPLogs",
      accepts: (l) => oneOf(l.category, ["AppServiceHTTPLogs"]) || oneOf(l.categoryGroup, ["allLogs"]),
    }),
  examples: {
    compliant: [
      [
        { type: "azure-native:web:WebApp", name: "api", props: {} },
        {
          type: "azure-native:monitor:DiagnosticSetting",
          name: "api-diag",
          props: {
            resourceUri: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            workspaceId: "/law",
            logs: [{ category: "AppServiceHTTPLogs", enabled: true }],
          },
          refs: { resourceUri: ["api"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:web:WebApp", name: "api", props: {} }]],
  },
});
