import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const webHttp2 = defineControl({
  id: "azure-web-http2",
  title: "App Service and Function apps enable HTTP/2",
  rationale:
    "HTTP/2 fixes HTTP/1.1 head-of-line blocking and header-compression weaknesses and is required by modern clients' performance expectations.",
  severity: "low",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  frameworks: {
    "cis-azure-3.0": ["9.10"],
    "nist-800-53-r5": ["CM-6"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: "Set siteConfig.http20Enabled: true.",
  enforcementLevel: "advisory",
  tags: ["app-service"],
  check: (r) => {
    const v = objectOf(r.props.siteConfig)?.http20Enabled;
    return v === true
      ? pass()
      : fail("siteConfig.http20Enabled", `siteConfig.http20Enabled is ${JSON.stringify(v ?? "unset (false)")}; set it to true`);
  },
  remediate: (r) => {
    const config = objectOf(r.props.siteConfig);
    return config?.http20Enabled === true ? undefined : { ...r.props, siteConfig: { ...(config ?? {}), http20Enabled: true } };
  },
  examples: {
    compliant: [[{ type: "azure-native:web:WebApp", props: { siteConfig: { http20Enabled: true } } }]],
    nonCompliant: [[{ type: "azure-native:web:WebApp", props: { siteConfig: {} } }]],
  },
});
