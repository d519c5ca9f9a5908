import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num } from "../../shared/text";

export const kmsKeyRotation = defineControl({
  id: "aws-kms-key-rotation",
  title: "Customer-managed symmetric KMS keys rotate yearly or faster",
  rationale: "Rotation limits how much data one key protects and how long a leaked key stays useful.",
  severity: "medium",
  cloud: "aws",
  service: "kms",
  resourceTypes: ["aws:kms/key:Key"],
  frameworks: {
    "cis-aws-7.0": ["4.6"],
    "cis-aws-3.0": ["3.6"],
    "aws-fsbp": ["KMS.4"],
    "nist-800-53-r5": ["SC-12", "SC-12(2)", "SC-28"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.6.1", "3.7.4"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set enableKeyRotation: true (optionally rotationPeriodInDays between 90 and 365).",
  enforcementLevel: "mandatory",
  tags: ["encryption", "key-management"],
  check: (r) => {
    const spec = r.props.customerMasterKeySpec ?? r.props.keySpec ?? "SYMMETRIC_DEFAULT";
    // AWS only rotates symmetric encryption keys; asymmetric and HMAC keys cannot rotate automatically.
    if (spec !== "SYMMETRIC_DEFAULT") return notApplicable(`key spec ${spec} does not support automatic rotation`);
    if (r.props.enableKeyRotation !== true) {
      return fail("enableKeyRotation", `enableKeyRotation is ${JSON.stringify(r.props.enableKeyRotation ?? false)}; set it to true`);
    }
    const days = r.props.rotationPeriodInDays;
    if (days !== undefined && days !== null && num(days) > 365) {
      return fail("rotationPeriodInDays", `rotationPeriodInDays is ${days}; use 365 or fewer`);
    }
    return pass();
  },
  remediate: (r) => (r.props.enableKeyRotation === true ? undefined : { ...r.props, enableKeyRotation: true }),
  examples: {
    compliant: [
      [{ type: "aws:kms/key:Key", props: { description: "data", enableKeyRotation: true, rotationPeriodInDays: 180 } }],
      [{ type: "aws:kms/key:Key", props: { customerMasterKeySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" } }],
    ],
    nonCompliant: [
      [{ type: "aws:kms/key:Key", props: { description: "data" } }],
      [{ type: "aws:kms/key:Key", props: { enableKeyRotation: true, rotationPeriodInDays: 400 } }],
    ],
  },
});
