import { defineControl } from "../../model/control";
import { RESOURCE_MANAGER_IAM_TYPES } from "../../shared/gcp";
import { separationOfDuties } from "../iam/separation-of-duties";

export const kmsSeparationOfDuties = defineControl({
  id: "gcp-kms-separation-of-duties",
  title: "No one is both Cloud KMS Admin and a key user (encrypter/decrypter) at the same scope",
  rationale:
    "A key administrator who can also use keys can read everything they protect; separating the roles needs collusion to misuse a key.",
  severity: "medium",
  cloud: "gcp",
  service: "kms",
  resourceTypes: RESOURCE_MANAGER_IAM_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["1.12"],
    "cis-gcp-3.0": ["1.11"],
    "nist-800-53-r5": ["AC-5(b)", "SC-12"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.3", "A.8.24"],
    "pci-dss-4.0": ["3.6.1", "3.6.1.2", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Grant roles/cloudkms.admin and roles/cloudkms.cryptoKey{Encrypter,Decrypter,EncrypterDecrypter} to different people or groups.",
  enforcementLevel: "advisory",
  tags: ["key-management", "separation-of-duties"],
  stackCheck: (stack) =>
    separationOfDuties(
      stack,
      ["roles/cloudkms.admin"],
      ["roles/cloudkms.cryptoKeyEncrypterDecrypter", "roles/cloudkms.cryptoKeyEncrypter", "roles/cloudkms.cryptoKeyDecrypter"],
      "give key administration and key use to different people",
    ),
  examples: {
    compliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          name: "admin",
          props: { project: "sec", role: "roles/cloudkms.admin", member: "group:kms-admins@acme.example" },
        },
        {
          type: "gcp:projects/iAMMember:IAMMember",
          name: "use",
          props: { project: "sec", role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", member: "group:app@acme.example" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          name: "admin",
          props: { project: "sec", role: "roles/cloudkms.admin", member: "user:carol@acme.example" },
        },
        {
          type: "gcp:projects/iAMMember:IAMMember",
          name: "use",
          props: { project: "sec", role: "roles/cloudkms.cryptoKeyDecrypter", member: "user:carol@acme.example" },
        },
      ],
    ],
  },
});
