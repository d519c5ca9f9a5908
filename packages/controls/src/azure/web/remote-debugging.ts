import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const webRemoteDebugging = defineControl({
  id: "azure-web-remote-debugging",
  title: "App Service and Function apps have remote debugging off",
  rationale: "Remote debugging opens extra inbound ports to the worker and lets a debugger attach to production code.",
  severity: "medium",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  frameworks: {
    "cis-azure-3.0": ["9.12"],
    "nist-800-53-r5": ["CM-7", "AC-17"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.9"],
    "pci-dss-4.0": ["2.2.5"],
  },
  remediation: "Set siteConfig.remoteDebuggingEnabled: false (the default).",
  enforcementLevel: "mandatory",
  tags: ["app-service"],
  check: (r) =>
    objectOf(r.props.siteConfig)?.remoteDebuggingEnabled === true
      ? fail("siteConfig.remoteDebuggingEnabled", "siteConfig.remoteDebuggingEnabled is true; set it to false")
      : pass(),
  remediate: (r) => {
    const config = objectOf(r.props.siteConfig);
    return config?.remoteDebuggingEnabled === true ? { ...r.props, siteConfig: { ...config, remoteDebuggingEnabled: false } } : undefined;
  },
  examples: {
    compliant: [[{ type: "azure-native:web:WebApp", props: { siteConfig: { remoteDebuggingEnabled: false } } }]],
    nonCompliant: [
      [{ type: "azure-native:web:WebApp", props: { siteConfig: { remoteDebuggingEnabled: true, remoteDebuggingVersion: "VS2022" } } }],
    ],
  },
});
