import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { isFoundationStack } from "../../shared/gcp";
import { listOf } from "../../shared/network";

const CONTACT = "gcp:essentialcontacts/contact:Contact";
/** Categories CIS requires when ALL is not subscribed. */
const REQUIRED = ["LEGAL", "SECURITY", "SUSPENSION", "TECHNICAL", "TECHNICAL_INCIDENTS"];

export const essentialContactsOrganization = defineControl({
  id: "gcp-essentialcontacts-organization-contacts",
  title: "The organisation has Essential Contacts for security, legal, suspension and technical notices",
  rationale:
    "Google sends abuse, security-incident and suspension notices to Essential Contacts; without them the notice reaches whoever created the organisation, or no one.",
  severity: "medium",
  cloud: "gcp",
  service: "essentialcontacts",
  resourceTypes: [CONTACT],
  frameworks: {
    "cis-gcp-5.0": ["1.17"],
    "cis-gcp-3.0": ["1.16"],
    "nist-800-53-r5": ["IR-4(a)", "SI-5(b)"],
    soc2: ["CC2.1", "CC7.3"],
    "iso27001-2022": ["A.5.5", "A.5.24"],
    "pci-dss-4.0": ["12.10.5"],
    hipaa: ["164.308(a)(6)(i)"],
  },
  remediation:
    'Add gcp.essentialcontacts.Contact resources with parent "organizations/<id>" subscribing to ALL, or to LEGAL, SECURITY, SUSPENSION, TECHNICAL and TECHNICAL_INCIDENTS.',
  enforcementLevel: "mandatory",
  tags: ["governance"],
  stackCheck: (stack) => {
    if (!isFoundationStack(stack)) return notApplicable("not an organisation foundation stack");
    const covered = new Set<string>();
    for (const c of stack.ofType([CONTACT])) {
      const parent = c.props.parent;
      if (typeof parent !== "string" || !parent.startsWith("organizations/")) continue;
      for (const cat of listOf<unknown>(c.props.notificationCategorySubscriptions)) if (typeof cat === "string") covered.add(cat);
    }
    const missing = covered.has("ALL") ? [] : REQUIRED.filter((c) => !covered.has(c));
    return missing.length === 0
      ? pass()
      : fail(
          "notificationCategorySubscriptions",
          `no organisation Essential Contact subscribes to ${missing.join(", ")}; add one (or subscribe to ALL)`,
        );
  },
  preventive: [
    {
      kind: "gcp-org-policy",
      constraint: "essentialcontacts.allowedContactDomains",
      constraintType: "list",
      list: { fromConfig: "contactDomains" },
    },
  ],
  examples: {
    compliant: [
      [
        { type: "gcp:organizations/folder:Folder", name: "prod", props: { displayName: "production", parent: "organizations/123" } },
        {
          type: CONTACT,
          name: "security",
          props: { parent: "organizations/123", email: "soc@acme.example", languageTag: "en", notificationCategorySubscriptions: ["ALL"] },
        },
      ],
    ],
    nonCompliant: [
      [
        { type: "gcp:organizations/folder:Folder", name: "prod", props: { displayName: "production", parent: "organizations/123" } },
        {
          type: CONTACT,
          name: "billing",
          props: {
            parent: "organizations/123",
            email: "finance@acme.example",
            languageTag: "en",
            notificationCategorySubscriptions: ["BILLING"],
          },
        },
      ],
      [{ type: "gcp:orgpolicy/policy:Policy", name: "p", props: { parent: "organizations/123" } }],
    ],
  },
});
