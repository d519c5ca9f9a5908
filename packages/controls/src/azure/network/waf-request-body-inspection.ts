import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const wafRequestBodyInspection = defineControl({
  id: "azure-network-waf-request-body-inspection",
  title: "Application Gateway WAF policies inspect request bodies",
  rationale: "Without body inspection the WAF never sees POST payloads, where most injection attacks travel.",
  severity: "medium",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:WebApplicationFirewallPolicy"],
  frameworks: {
    "cis-azure-6.0": ["7.14"],
    "nist-800-53-r5": ["SI-4", "SI-10(1)(c)"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.26"],
    "pci-dss-4.0": ["6.4.2"],
  },
  remediation: "Set policySettings.requestBodyCheck: true (and requestBodyEnforcement: true).",
  enforcementLevel: "mandatory",
  tags: ["waf"],
  check: (r) => {
    // The service default is true; only an explicit false turns inspection off.
    const value = objectOf(r.props.policySettings)?.requestBodyCheck;
    return value === false ? fail("policySettings.requestBodyCheck", "policySettings.requestBodyCheck is false; set it to true") : pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:WebApplicationFirewallPolicy",
          props: { policySettings: { state: "Enabled", mode: "Prevention", requestBodyCheck: true } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:network:WebApplicationFirewallPolicy",
          props: { policySettings: { state: "Enabled", mode: "Prevention", requestBodyCheck: false } },
        },
      ],
    ],
  },
});
