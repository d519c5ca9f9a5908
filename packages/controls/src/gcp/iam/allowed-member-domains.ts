import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { GCP_IAM_RESOURCE_TYPES, grantsOf, parseMember } from "../../shared/gcp";

/** Consumer Google accounts: never corporate identities. */
const CONSUMER_DOMAINS = ["gmail.com", "googlemail.com"];

export const iamAllowedMemberDomains = defineControl({
  id: "gcp-iam-allowed-member-domains",
  title: "IAM grants go only to identities of the organisation's own domains",
  rationale:
    "A grant to a consumer account or another company's identity escapes the organisation's joiner/leaver process, MFA and security-key policy.",
  severity: "high",
  cloud: "gcp",
  service: "iam",
  resourceTypes: GCP_IAM_RESOURCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["1.2"],
    "cis-gcp-3.0": ["1.1"],
    "nist-800-53-r5": ["AC-2", "IA-2", "AC-3"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.16", "A.5.18"],
    "pci-dss-4.0": ["8.2.1", "8.2.2"],
    hipaa: ["164.312(a)(2)(i)", "164.308(a)(4)(ii)(C)"],
  },
  remediation:
    "Grant roles to users and groups of the organisation's Cloud Identity / Workspace domains (allowedDomains); invite external collaborators into the directory first.",
  enforcementLevel: "mandatory",
  tags: ["iam", "identity"],
  configSchema: {
    allowedDomains: {
      type: "array",
      items: { type: "string" },
      default: [],
      description:
        "Domains whose users, groups and domains may be granted roles. Empty: any domain except consumer Google accounts (gmail.com, googlemail.com).",
    },
  },
  check: (r, ctx) => {
    const allowed = (Array.isArray(ctx.settings.allowedDomains) ? ctx.settings.allowedDomains : [])
      .filter((d: unknown): d is string => typeof d === "string")
      .map((d: string) => d.toLowerCase());
    const violations: Violation[] = [];
    for (const g of grantsOf(r)) {
      const m = parseMember(g.member);
      if (!["user", "group", "domain"].includes(m.kind) || !m.domain) continue;
      const ok = allowed.length > 0 ? allowed.includes(m.domain) : !CONSUMER_DOMAINS.includes(m.domain);
      if (!ok) {
        violations.push({
          property: g.property,
          message:
            allowed.length > 0
              ? `grants ${g.role || "a role"} to ${g.member}, outside the allowed domains ${allowed.join(", ")}; grant an identity of the organisation`
              : `grants ${g.role || "a role"} to the consumer account ${g.member}; use a corporate identity`,
        });
      }
    }
    return failAll(violations);
  },
  preventive: [
    {
      kind: "gcp-org-policy",
      constraint: "iam.allowedPolicyMemberDomains",
      constraintType: "list",
      list: { fromConfig: "directoryCustomerIds" },
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          props: { project: "acme-app", role: "roles/viewer", member: "group:ops@acme.example" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          props: { project: "acme-app", role: "roles/viewer", member: "user:someone@gmail.com" },
        },
      ],
    ],
  },
});
