import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const V2 = ["azure-native:web:WebAppAuthSettingsV2"];
const V1 = ["azure-native:web:WebAppAuthSettings"];

/** App Service Authentication ("Easy Auth") is configured by a separate settings resource named after the app. */
export const webAuthentication = defineControl({
  id: "azure-web-authentication",
  title: "App Service apps have App Service Authentication enabled",
  rationale:
    "Built-in authentication rejects anonymous requests before they reach the code, and signs users in with Entra ID without custom auth code.",
  severity: "low",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp"],
  frameworks: {
    "cis-azure-3.0": ["9.2"],
    "nist-800-53-r5": ["IA-2", "AC-3"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5"],
    "pci-dss-4.0": ["8.2.1"],
  },
  remediation:
    "Add a web.WebAppAuthSettingsV2 for the app with platform: { enabled: true } and an Entra ID identity provider (apps that authenticate otherwise: exempt them by tag).",
  enforcementLevel: "advisory",
  tags: ["identity", "app-service"],
  correlatedCheck: (app, stack) => {
    let undecided: string | undefined;
    for (const [types, path] of [
      [V2, "platform.enabled"],
      [V1, "enabled"],
    ] as const) {
      const { found, undecided: open } = stack.referencingOrUnknown(app, types, "name", ["name"]);
      for (const s of found) {
        const enabled = peek(s.props, path);
        if (!enabled.known) undecided ??= `${s.name}.${path}`;
        else if (enabled.value === true) return pass();
      }
      if (open.length > 0) undecided ??= `${open[0].name}.name`;
    }
    if (undecided) return cannotEvaluate(undecided, `${undecided} is unknown`);
    return fail(
      "authSettings",
      `app ${app.name} has no enabled App Service Authentication settings in this stack; add a web.WebAppAuthSettingsV2 with platform.enabled true`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "azure-native:web:WebApp", name: "api", props: { name: "orders-api", httpsOnly: true } },
        {
          type: "azure-native:web:WebAppAuthSettingsV2",
          name: "api-auth",
          props: { name: "orders-api", platform: { enabled: true } },
          refs: { name: ["api"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:web:WebApp", name: "api", props: { name: "orders-api" } }]],
  },
});
