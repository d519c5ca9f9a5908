import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, oneOf, same } from "../../shared/azure";

/** Predefined policies whose minimum protocol is TLS 1.2. */
const TLS12_PREDEFINED = ["AppGwSslPolicy20170401S", "AppGwSslPolicy20220101", "AppGwSslPolicy20220101S"];

export const appGatewayTls = defineControl({
  id: "azure-network-app-gateway-tls",
  title: "Application gateways accept TLS 1.2 or newer only",
  rationale: "TLS 1.0 and 1.1 are deprecated and vulnerable to downgrade attacks; older default SSL policies still accept them.",
  severity: "medium",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:ApplicationGateway"],
  frameworks: {
    "cis-azure-6.0": ["7.12"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(2)(ii)"],
  },
  remediation:
    'Set sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20220101S" } (or CustomV2 with minProtocolVersion "TLSv1_2").',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "waf"],
  check: (r) => {
    const policy = objectOf(r.props.sslPolicy);
    if (!policy) return fail("sslPolicy", "sslPolicy is unset (the default depends on the API version); set a TLS 1.2 policy");
    if (same(policy.policyType, "Predefined")) {
      return oneOf(policy.policyName, TLS12_PREDEFINED)
        ? pass()
        : fail(
            "sslPolicy.policyName",
            `sslPolicy.policyName is ${JSON.stringify(policy.policyName ?? "unset")}; use AppGwSslPolicy20220101S`,
          );
    }
    return oneOf(policy.minProtocolVersion, ["TLSv1_2", "TLSv1_3"])
      ? pass()
      : fail(
          "sslPolicy.minProtocolVersion",
          `sslPolicy.minProtocolVersion is ${JSON.stringify(policy.minProtocolVersion ?? "unset")}; set it to "TLSv1_2"`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:ApplicationGateway",
          props: { sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20220101S" } },
        },
      ],
      [
        {
          type: "azure-native:network:ApplicationGateway",
          props: { sslPolicy: { policyType: "CustomV2", minProtocolVersion: "TLSv1_3" } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:network:ApplicationGateway",
          props: { sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20150501" } },
        },
      ],
      [{ type: "azure-native:network:ApplicationGateway", props: {} }],
    ],
  },
});
