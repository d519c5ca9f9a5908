import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num } from "../../shared/text";

const MAX_SECONDS = 90 * 24 * 3600;

/** "7776000s" → 7776000; anything else → undefined. */
function seconds(duration: unknown): number | undefined {
  if (typeof duration !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(duration.trim());
  return m ? num(m[1]) : undefined;
}

export const kmsCryptoKeyRotation = defineControl({
  id: "gcp-kms-crypto-key-rotation",
  title: "Cloud KMS keys rotate every 90 days or faster",
  rationale: "Regular rotation limits the data exposed by one key version and the useful life of a leaked version.",
  severity: "medium",
  cloud: "gcp",
  service: "kms",
  resourceTypes: ["gcp:kms/cryptoKey:CryptoKey"],
  frameworks: {
    "cis-gcp-5.0": ["1.11"],
    "cis-gcp-3.0": ["1.10"],
    "nist-800-53-r5": ["SC-12", "SC-12(2)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.6.1", "3.7.4"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: 'Set rotationPeriod to "7776000s" (90 days) or less.',
  enforcementLevel: "mandatory",
  tags: ["key-management"],
  check: (r) => {
    // Only symmetric encryption keys support automatic rotation.
    const purpose = r.props.purpose ?? "ENCRYPT_DECRYPT";
    if (purpose !== "ENCRYPT_DECRYPT") return notApplicable(`purpose ${purpose} keys cannot rotate automatically`);
    const s = seconds(r.props.rotationPeriod);
    if (s === undefined)
      return fail("rotationPeriod", `rotationPeriod is ${JSON.stringify(r.props.rotationPeriod ?? "unset")}; set it to "7776000s" or less`);
    if (s > MAX_SECONDS) return fail("rotationPeriod", `rotationPeriod ${r.props.rotationPeriod} exceeds 90 days (7776000s)`);
    return pass();
  },
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.kmsCryptoKeyRotation90Days",
      displayName: "Cloud KMS symmetric keys rotate at least every 90 days",
      resourceTypes: ["cloudkms.googleapis.com/CryptoKey"],
      methodTypes: ["CREATE", "UPDATE"],
      // string() then duration() reads rotationPeriod whether it arrives as a Duration or as its JSON string.
      condition:
        "resource.purpose == 'ENCRYPT_DECRYPT' && (!has(resource.rotationPeriod) || duration(string(resource.rotationPeriod)) > duration('7776000s'))",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [[{ type: "gcp:kms/cryptoKey:CryptoKey", props: { keyRing: "ring", rotationPeriod: "7776000s" } }]],
    nonCompliant: [
      [{ type: "gcp:kms/cryptoKey:CryptoKey", props: { keyRing: "ring" } }],
      [{ type: "gcp:kms/cryptoKey:CryptoKey", props: { keyRing: "ring", rotationPeriod: "31536000s" } }],
    ],
  },
});
