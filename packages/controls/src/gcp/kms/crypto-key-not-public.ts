import { defineControl } from "../../model/control";
import { cannotEvaluate, failAll, type Violation } from "../../model/verdict";
import { grantsOf, isPublicMember } from "../../shared/gcp";

const KEY_IAM = [
  "gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding",
  "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
  "gcp:kms/cryptoKeyIAMPolicy:CryptoKeyIAMPolicy",
];

export const kmsCryptoKeyNotPublic = defineControl({
  id: "gcp-kms-crypto-key-not-public",
  title: "Cloud KMS keys are not granted to allUsers or allAuthenticatedUsers",
  rationale: "A public grant on a key lets anyone encrypt, decrypt or sign with it, defeating every control built on the key.",
  severity: "critical",
  cloud: "gcp",
  service: "kms",
  resourceTypes: ["gcp:kms/cryptoKey:CryptoKey"],
  frameworks: {
    "cis-gcp-5.0": ["1.10"],
    "cis-gcp-3.0": ["1.9"],
    "nist-800-53-r5": ["AC-3", "AC-6", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24", "A.5.15"],
    "pci-dss-4.0": ["3.6.1", "7.2.1"],
    hipaa: ["164.312(a)(1)", "164.312(a)(2)(iv)"],
  },
  remediation: "Remove allUsers and allAuthenticatedUsers from the key's IAM bindings and members.",
  enforcementLevel: "mandatory",
  tags: ["key-management", "public-exposure"],
  correlatedCheck: (key, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(key, KEY_IAM, "cryptoKeyId", ["id"]);
    const violations: Violation[] = [];
    for (const grant of found) {
      for (const g of grantsOf(grant)) {
        if (isPublicMember(g.member))
          violations.push({
            property: `${grant.name}.${g.property}`,
            message: `${grant.name} grants ${g.role} on key ${key.name} to ${g.member}; remove it`,
          });
      }
    }
    if (violations.length > 0) return failAll(violations);
    if (undecided.length > 0)
      return cannotEvaluate(`${undecided[0].name}.cryptoKeyId`, `${undecided[0].name}.cryptoKeyId is unknown and may refer to this key`);
    return failAll([]);
  },
  examples: {
    compliant: [
      [
        { type: "gcp:kms/cryptoKey:CryptoKey", name: "data", props: { keyRing: "r", rotationPeriod: "7776000s" } },
        {
          type: "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
          name: "data-user",
          props: {
            cryptoKeyId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
            member: "serviceAccount:app@p.iam.gserviceaccount.com",
          },
          refs: { cryptoKeyId: ["data"] },
        },
      ],
    ],
    nonCompliant: [
      [
        { type: "gcp:kms/cryptoKey:CryptoKey", name: "data", props: { keyRing: "r" } },
        {
          type: "gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding",
          name: "data-public",
          props: { cryptoKeyId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", role: "roles/cloudkms.cryptoKeyEncrypter", members: ["allUsers"] },
          refs: { cryptoKeyId: ["data"] },
        },
      ],
    ],
  },
});
