import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** The regional setting that stops EBS snapshots from being shared publicly ("block-all-sharing"). */
export const ebsSnapshotBlockPublicAccess = defineControl({
  id: "aws-ec2-ebs-snapshot-block-public-access",
  title: "EBS snapshot block public access blocks all public sharing",
  rationale:
    "A public snapshot can be copied into any AWS account and mounted; block-all-sharing makes existing public snapshots private and refuses new public sharing.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess"],
  frameworks: {
    "aws-fsbp": ["EC2.1"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.12"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: 'Set state: "block-all-sharing" in every region the account uses.',
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure"],
  check: (r) =>
    r.props.state === "block-all-sharing"
      ? pass()
      : fail("state", `state is ${JSON.stringify(r.props.state ?? null)}; set it to "block-all-sharing"`),
  remediate: (r) => (r.props.state === "block-all-sharing" ? undefined : { ...r.props, state: "block-all-sharing" }),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        { Sid: "DenyDisablingSnapshotBlockPublicAccess", Effect: "Deny", Action: "ec2:DisableSnapshotBlockPublicAccess", Resource: "*" },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", props: { state: "block-all-sharing" } }]],
    nonCompliant: [
      [{ type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", props: { state: "unblocked" } }],
      [{ type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", props: { state: "block-new-sharing" } }],
    ],
  },
});
