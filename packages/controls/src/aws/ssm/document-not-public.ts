import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** permissions: { type: "Share", accountIds: "All" | "111122223333,444455556666" }. */
export const ssmDocumentNotPublic = defineControl({
  id: "aws-ssm-document-not-public",
  title: "SSM documents are not shared publicly",
  rationale:
    "A public document is readable by every AWS account: automation and command documents describe the environment and often embed resource names, scripts and parameters.",
  severity: "high",
  cloud: "aws",
  service: "ssm",
  resourceTypes: ["aws:ssm/document:Document"],
  frameworks: {
    "aws-fsbp": ["SSM.4"],
    "nist-800-53-r5": ["AC-3", "AC-21"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation:
    'Share with named accounts only (permissions.accountIds: "111122223333"), and turn on the account\'s block public sharing for documents.',
  enforcementLevel: "mandatory",
  tags: ["public-exposure"],
  check: (r) => {
    const ids = r.props.permissions?.accountIds;
    const shared = typeof ids === "string" ? ids.split(",").map((s) => s.trim().toLowerCase()) : [];
    return shared.includes("all")
      ? fail("permissions.accountIds", 'permissions.accountIds is "All", which shares the document publicly; name the accounts instead')
      : pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ssm/document:Document",
          props: { documentType: "Command", content: "{}", permissions: { type: "Share", accountIds: "111122223333" } },
        },
      ],
      [{ type: "aws:ssm/document:Document", props: { documentType: "Automation", content: "{}" } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ssm/document:Document",
          props: { documentType: "Command", content: "{}", permissions: { type: "Share", accountIds: "All" } },
        },
      ],
    ],
  },
});
