import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const appGatewayWaf = defineControl({
  id: "azure-network-app-gateway-waf",
  title: "Application gateways run the Web Application Firewall",
  rationale:
    "The WAF blocks the OWASP top ten (injection, XSS, protocol attacks) and known bad bots before they reach the application; a Standard-tier gateway passes them through.",
  severity: "high",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:ApplicationGateway"],
  frameworks: {
    "cis-azure-6.0": ["7.10"],
    "nist-800-53-r5": ["SC-7", "SI-4", "SI-10(1)(c)"],
    soc2: ["CC6.6", "CC7.1"],
    "iso27001-2022": ["A.8.20", "A.8.26"],
    "pci-dss-4.0": ["6.4.1", "6.4.2"],
  },
  remediation: 'Use sku.tier "WAF_v2" and attach a network.WebApplicationFirewallPolicy in Prevention mode through firewallPolicy: { id }.',
  enforcementLevel: "mandatory",
  tags: ["network", "waf"],
  check: (r) => {
    const tier = objectOf(r.props.sku)?.tier;
    if (typeof tier !== "string" || !tier.toLowerCase().startsWith("waf")) {
      return fail("sku.tier", `sku.tier is ${JSON.stringify(tier ?? "unset")}; use "WAF_v2" with a WAF policy`);
    }
    const policy = objectOf(r.props.firewallPolicy);
    if (policy) {
      const id = peek(policy, "id");
      // An unknown id is the attached policy's output: a policy is attached.
      if (!id.known || (typeof id.value === "string" && id.value !== "")) return pass();
    }
    if (objectOf(r.props.webApplicationFirewallConfiguration)?.enabled === true) return pass();
    return fail(
      "firewallPolicy",
      "the WAF tier is used without a WAF policy or an enabled webApplicationFirewallConfiguration; attach firewallPolicy: { id }",
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:ApplicationGateway",
          props: { sku: { name: "WAF_v2", tier: "WAF_v2" }, firewallPolicy: { id: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:network:ApplicationGateway", props: { sku: { name: "Standard_v2", tier: "Standard_v2" } } }],
      [{ type: "azure-native:network:ApplicationGateway", props: { sku: { name: "WAF_v2", tier: "WAF_v2" } } }],
    ],
  },
});
