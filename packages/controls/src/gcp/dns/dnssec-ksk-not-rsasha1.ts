import { defineControl } from "../../model/control";
import { keySpecNotRsaSha1, MANAGED_ZONE } from "./dnssec";

export const dnsDnssecKskNotRsasha1 = defineControl({
  id: "gcp-dns-dnssec-ksk-not-rsasha1",
  title: "DNSSEC key-signing keys do not use RSASHA1",
  rationale: "SHA-1 signatures can be forged with practical collision attacks; a forged KSK signature undermines the whole zone.",
  severity: "medium",
  cloud: "gcp",
  service: "dns",
  resourceTypes: [MANAGED_ZONE],
  frameworks: {
    "cis-gcp-5.0": ["3.4"],
    "cis-gcp-3.0": ["3.4"],
    "nist-800-53-r5": ["SC-13", "SC-22"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(c)(1)"],
  },
  remediation: 'Set dnssecConfig.defaultKeySpecs with keyType "keySigning" and algorithm "rsasha256" (or "ecdsap256sha256").',
  enforcementLevel: "mandatory",
  tags: ["dns", "cryptography"],
  check: (r) => keySpecNotRsaSha1(r, "keySigning"),
  examples: {
    compliant: [
      [
        {
          type: MANAGED_ZONE,
          props: {
            dnsName: "acme.example.",
            dnssecConfig: { state: "on", defaultKeySpecs: [{ keyType: "keySigning", algorithm: "rsasha256", keyLength: 2048 }] },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: MANAGED_ZONE,
          props: {
            dnsName: "acme.example.",
            dnssecConfig: { state: "on", defaultKeySpecs: [{ keyType: "keySigning", algorithm: "rsasha1", keyLength: 2048 }] },
          },
        },
      ],
    ],
  },
});
