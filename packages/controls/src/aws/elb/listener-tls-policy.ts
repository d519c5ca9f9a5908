import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/**
 * ELB security policies whose name carries their minimum TLS version: "…-1-2-…" and "…-1-3-…" refuse
 * TLS 1.0 and 1.1 (ELBSecurityPolicy-TLS13-1-2-2021-06, -TLS13-1-3-2021-06, -TLS-1-2-2017-01,
 * -TLS-1-2-Ext-2018-06, -FS-1-2-Res-2020-10, the FIPS and PQ variants); "ELBSecurityPolicy-2016-08" (the
 * provider's default) and the "-1-0-"/"-1-1-" ones accept them. `allowedSslPolicies` replaces the rule
 * with an explicit list.
 */
const TLS12_OR_LATER = /-1-[23]-/;

export const elbListenerTlsPolicy = defineControl({
  id: "aws-elb-listener-tls-policy",
  title: "Load balancer HTTPS and TLS listeners use a TLS 1.2+ security policy",
  rationale:
    "Listeners that still negotiate TLS 1.0/1.1 and their legacy ciphers expose traffic to downgrade and known protocol attacks, and fail PCI DSS.",
  severity: "medium",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:lb/listener:Listener", "aws:alb/listener:Listener"],
  frameworks: {
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13", "SC-23"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.8.21"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: 'Set sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" (or a stricter TLS 1.2/1.3 policy).',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "edge"],
  configSchema: {
    allowedSslPolicies: {
      type: "array",
      items: { type: "string" },
      default: [],
      description: "Explicit list of accepted security policies; empty means any policy with a TLS 1.2 or 1.3 minimum.",
    },
  },
  check: (r, ctx) => {
    const protocol = typeof r.props.protocol === "string" ? r.props.protocol.trim().toUpperCase() : undefined;
    if (protocol !== "HTTPS" && protocol !== "TLS") return notApplicable("the listener does not terminate TLS");
    const policy = r.props.sslPolicy;
    const allowed = (Array.isArray(ctx.settings.allowedSslPolicies) ? ctx.settings.allowedSslPolicies : []).filter(
      (p: unknown): p is string => typeof p === "string",
    );
    const ok = typeof policy === "string" && (allowed.length > 0 ? allowed.includes(policy) : TLS12_OR_LATER.test(policy));
    return ok
      ? pass()
      : fail(
          "sslPolicy",
          `sslPolicy is ${JSON.stringify(policy ?? "not set (ELBSecurityPolicy-2016-08, which allows TLS 1.0)")}; use "ELBSecurityPolicy-TLS13-1-2-2021-06"`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:lb/listener:Listener",
          props: {
            loadBalancerArn: "arn:lb",
            port: 443,
            protocol: "HTTPS",
            sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
            certificateArn: "arn:acm",
          },
        },
      ],
      [{ type: "aws:alb/listener:Listener", props: { loadBalancerArn: "arn:lb", port: 80, protocol: "HTTP" } }],
    ],
    nonCompliant: [
      [{ type: "aws:lb/listener:Listener", props: { loadBalancerArn: "arn:lb", port: 443, protocol: "HTTPS", certificateArn: "arn:acm" } }],
      [
        {
          type: "aws:lb/listener:Listener",
          props: { loadBalancerArn: "arn:nlb", port: 443, protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS-1-1-2017-01" },
        },
      ],
    ],
  },
});
