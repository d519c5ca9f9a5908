import { defineControl } from "../../model/control";
import { keySpecNotRsaSha1, MANAGED_ZONE } from "./dnssec";

export const dnsDnssecZskNotRsasha1 = defineControl({
  id: "gcp-dns-dnssec-zsk-not-rsasha1",
  title: "DNSSEC zone-signing keys do not use RSASHA1",
  rationale:
    "SHA-1 signatures can be forged with practical collision attacks; a forged ZSK signature lets an attacker serve forged records.",
  severity: "medium",
  cloud: "gcp",
  service: "dns",
  resourceTypes: [MANAGED_ZONE],
  frameworks: {
    "cis-gcp-5.0": ["3.5"],
    "cis-gcp-3.0": ["3.5"],
    "nist-800-53-r5": ["SC-13", "SC-22"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(c)(1)"],
  },
  remediation: 'Set dnssecConfig.defaultKeySpecs with keyType "zoneSigning" and algorithm "rsasha256" (or "ecdsap256sha256").',
  enforcementLevel: "mandatory",
  tags: ["dns", "cryptography"],
  check: (r) => keySpecNotRsaSha1(r, "zoneSigning"),
  examples: {
    compliant: [
      [
        {
          type: MANAGED_ZONE,
          props: {
            dnsName: "acme.example.",
            dnssecConfig: { state: "on", defaultKeySpecs: [{ keyType: "zoneSigning", algorithm: "rsasha256", keyLength: 2048 }] },
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
            dnssecConfig: { state: "on", defaultKeySpecs: [{ keyType: "zoneSigning", algorithm: "rsasha1", keyLength: 2048 }] },
          },
        },
      ],
    ],
  },
});
