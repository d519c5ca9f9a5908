import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

/** TLS security policies that refuse TLS 1.0 and 1.1. */
const TLS12_POLICIES = ["Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"];

export const opensearchHttpsTls12 = defineControl({
  id: "aws-opensearch-https-tls12",
  title: "OpenSearch domains require HTTPS with TLS 1.2 or later",
  rationale: "A domain endpoint that accepts HTTP or TLS 1.0/1.1 lets credentials and documents be read or altered on the way.",
  severity: "medium",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.8", "ES.8"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13", "SC-23"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: 'Set domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" }.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) => {
    const opts = r.props.domainEndpointOptions;
    const violations: Violation[] = [];
    if (opts?.enforceHttps === false) {
      violations.push({
        property: "domainEndpointOptions.enforceHttps",
        message: "domainEndpointOptions.enforceHttps is false; set it to true",
      });
    }
    const policy = opts?.tlsSecurityPolicy;
    if (!(typeof policy === "string" && TLS12_POLICIES.includes(policy))) {
      violations.push({
        property: "domainEndpointOptions.tlsSecurityPolicy",
        message: `domainEndpointOptions.tlsSecurityPolicy is ${JSON.stringify(policy ?? "not set")}; set it to "Policy-Min-TLS-1-2-PFS-2023-10" (or "Policy-Min-TLS-1-2-2019-07")`,
      });
    }
    return failAll(violations);
  },
  remediate: (r) => {
    const opts = r.props.domainEndpointOptions ?? {};
    if (opts.enforceHttps !== false && TLS12_POLICIES.includes(opts.tlsSecurityPolicy)) return undefined;
    const tlsSecurityPolicy = TLS12_POLICIES.includes(opts.tlsSecurityPolicy) ? opts.tlsSecurityPolicy : "Policy-Min-TLS-1-2-PFS-2023-10";
    return { ...r.props, domainEndpointOptions: { ...opts, enforceHttps: true, tlsSecurityPolicy } };
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:opensearch/domain:Domain",
          props: { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:opensearch/domain:Domain", props: {} }],
      [
        {
          type: "aws:elasticsearch/domain:Domain",
          props: { domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } },
        },
      ],
    ],
  },
});
