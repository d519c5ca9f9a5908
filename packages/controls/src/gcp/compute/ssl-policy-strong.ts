import { defineControl } from "../../model/control";
import { fail, failAll, type Violation } from "../../model/verdict";
import { listOf } from "../../shared/network";

const SSL_POLICY = "gcp:compute/sSLPolicy:SSLPolicy";
const PROXIES = [
  "gcp:compute/targetHttpsProxy:TargetHttpsProxy",
  "gcp:compute/regionTargetHttpsProxy:RegionTargetHttpsProxy",
  "gcp:compute/targetSSLProxy:TargetSSLProxy",
];
/** Cipher suites CIS lists as weak (CBC, 3DES, RSA key exchange, SHA-1). */
const WEAK_FEATURES = [
  "TLS_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_RSA_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_AES_256_CBC_SHA",
  "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
];

export const computeSslPolicyStrong = defineControl({
  id: "gcp-compute-ssl-policy-strong",
  title: "HTTPS and SSL proxy load balancers use an SSL policy with TLS 1.2 and strong ciphers",
  rationale: "Without an SSL policy a proxy accepts TLS 1.0 and the COMPATIBLE cipher set, which includes suites with known weaknesses.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: [SSL_POLICY, ...PROXIES],
  frameworks: {
    "cis-gcp-5.0": ["3.11"],
    "cis-gcp-3.0": ["3.9"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation:
    'Attach an SSL policy (sslPolicy) with minTlsVersion "TLS_1_2" and profile "MODERN" or "RESTRICTED" (or CUSTOM without weak suites).',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) => {
    if (PROXIES.includes(r.type)) {
      const policy = r.props.sslPolicy;
      return typeof policy === "string" && policy !== ""
        ? failAll([])
        : fail(
            "sslPolicy",
            "no sslPolicy is attached, so TLS 1.0 and the COMPATIBLE ciphers are accepted; attach a MODERN or RESTRICTED TLS 1.2 policy",
          );
    }
    const violations: Violation[] = [];
    const min = r.props.minTlsVersion ?? "TLS_1_0";
    if (min !== "TLS_1_2" && min !== "TLS_1_3")
      violations.push({ property: "minTlsVersion", message: `minTlsVersion is ${JSON.stringify(min)}; set it to "TLS_1_2"` });
    const profile = r.props.profile ?? "COMPATIBLE";
    if (profile === "COMPATIBLE")
      violations.push({ property: "profile", message: 'profile is "COMPATIBLE"; use "MODERN" or "RESTRICTED"' });
    if (profile === "CUSTOM") {
      const weak = listOf<unknown>(r.props.customFeatures).filter((f): f is string => typeof f === "string" && WEAK_FEATURES.includes(f));
      if (weak.length > 0)
        violations.push({ property: "customFeatures", message: `customFeatures include weak suites ${weak.join(", ")}; remove them` });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [{ type: SSL_POLICY, props: { minTlsVersion: "TLS_1_2", profile: "MODERN" } }],
      [
        {
          type: "gcp:compute/targetHttpsProxy:TargetHttpsProxy",
          props: { urlMap: "web", sslPolicy: "projects/p/global/sslPolicies/modern" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: SSL_POLICY, props: { profile: "COMPATIBLE" } }],
      [{ type: SSL_POLICY, props: { minTlsVersion: "TLS_1_2", profile: "CUSTOM", customFeatures: ["TLS_RSA_WITH_AES_128_CBC_SHA"] } }],
      [{ type: "gcp:compute/targetHttpsProxy:TargetHttpsProxy", props: { urlMap: "web" } }],
    ],
  },
});
