import type { StackResource } from "../../model/control";
import { defineControl } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, failAll, type Violation } from "../../model/verdict";

/** Whether the app's basic publishing credentials for FTP or SCM are switched off by a policy resource in the stack. */
function switchedOff(app: StackResource, stack: StackView, type: string): { off: boolean; undecided?: string } {
  const { found, undecided } = stack.referencingOrUnknown(app, [type], "name", ["name"]);
  for (const policy of found) {
    const allow = peek(policy.props, "allow");
    if (!allow.known) return { off: false, undecided: `${policy.name}.allow` };
    if (allow.value === false) return { off: true };
  }
  return { off: false, undecided: undecided[0] ? `${undecided[0].name}.name` : undefined };
}

export const webBasicAuthDisabled = defineControl({
  id: "azure-web-basic-auth-disabled",
  title: "App Service apps disable basic-authentication publishing (FTP and SCM)",
  rationale:
    "Basic publishing credentials are a shared user name and password that deploy code to the app, outside Entra ID, MFA and Conditional Access.",
  severity: "medium",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp"],
  frameworks: {
    "cis-azure-3.0": ["9.6"],
    "nist-800-53-r5": ["IA-2", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.3.2"],
  },
  remediation:
    "Add web.WebAppFtpAllowed and web.WebAppScmAllowed resources for the app with allow: false, and deploy with Entra ID (OIDC) instead.",
  enforcementLevel: "advisory",
  tags: ["identity", "app-service"],
  correlatedCheck: (app, stack) => {
    const violations: Violation[] = [];
    for (const [type, label] of [
      ["azure-native:web:WebAppFtpAllowed", "FTP"],
      ["azure-native:web:WebAppScmAllowed", "SCM (Kudu)"],
    ] as const) {
      const r = switchedOff(app, stack, type);
      if (r.off) continue;
      if (r.undecided) return cannotEvaluate("allow", `${r.undecided} is unknown`);
      violations.push({
        property: type.split(":").pop() ?? type,
        message: `${label} basic authentication is not disabled for app ${app.name}; add a ${type.split(":").pop()} with allow: false`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        { type: "azure-native:web:WebApp", name: "api", props: { name: "orders-api" } },
        {
          type: "azure-native:web:WebAppFtpAllowed",
          name: "api-ftp",
          props: { name: "orders-api", allow: false },
          refs: { name: ["api"] },
        },
        {
          type: "azure-native:web:WebAppScmAllowed",
          name: "api-scm",
          props: { name: "orders-api", allow: false },
          refs: { name: ["api"] },
        },
      ],
    ],
    nonCompliant: [
      [
        { type: "azure-native:web:WebApp", name: "api", props: { name: "orders-api" } },
        {
          type: "azure-native:web:WebAppFtpAllowed",
          name: "api-ftp",
          props: { name: "orders-api", allow: false },
          refs: { name: ["api"] },
        },
      ],
    ],
  },
});
