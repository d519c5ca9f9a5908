import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { num } from "../../shared/text";

/**
 * A KMS key scheduled for deletion can be recovered only during its waiting period (7–30 days). AWS
 * defaults to 30 when the window is not set; FSBP KMS.3 flags keys scheduled for deletion at all. The
 * minimum accepted here is configurable (default 30, the AWS maximum).
 */
const DEFAULT_MINIMUM_DAYS = 30;

function minimumDays(settings: Record<string, unknown>): number {
  const n = num(settings.minimumDays);
  return Number.isFinite(n) && n >= 7 && n <= 30 ? n : DEFAULT_MINIMUM_DAYS;
}

export const kmsKeyDeletionWindow = defineControl({
  id: "aws-kms-key-deletion-window",
  title: "KMS keys keep a long deletion waiting period",
  rationale:
    "Deleting a key makes everything encrypted under it unrecoverable; the waiting period is the only time in which a mistaken or malicious deletion can be cancelled.",
  severity: "medium",
  cloud: "aws",
  service: "kms",
  resourceTypes: ["aws:kms/key:Key"],
  frameworks: {
    "aws-fsbp": ["KMS.3"],
    "nist-800-53-r5": ["SC-12", "CP-9"],
    soc2: ["CC6.1", "A1.2"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.6.1", "3.7.5"],
  },
  remediation: "Set deletionWindowInDays to the configured minimum or more (30 by default), or leave it unset (AWS uses 30).",
  enforcementLevel: "advisory",
  tags: ["key-management", "resilience"],
  configSchema: {
    minimumDays: {
      type: "integer",
      minimum: 7,
      maximum: 30,
      default: DEFAULT_MINIMUM_DAYS,
      description: "Shortest deletion waiting period accepted, in days.",
    },
  },
  check: (r, ctx) => {
    const min = minimumDays(ctx.settings);
    const days = r.props.deletionWindowInDays;
    if (days === undefined || days === null) return pass();
    return num(days) >= min
      ? pass()
      : fail("deletionWindowInDays", `deletionWindowInDays is ${JSON.stringify(days)}; set it to at least ${min}`);
  },
  remediate: (r) => {
    const days = r.props.deletionWindowInDays;
    return days !== undefined && days !== null && num(days) < DEFAULT_MINIMUM_DAYS
      ? { ...r.props, deletionWindowInDays: DEFAULT_MINIMUM_DAYS }
      : undefined;
  },
  examples: {
    compliant: [
      [{ type: "aws:kms/key:Key", props: { deletionWindowInDays: 30 } }],
      [{ type: "aws:kms/key:Key", props: { description: "default" } }],
    ],
    nonCompliant: [[{ type: "aws:kms/key:Key", props: { deletionWindowInDays: 7 } }]],
  },
});
