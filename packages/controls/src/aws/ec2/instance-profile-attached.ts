import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/** Instances get AWS credentials from their instance profile's role, never from keys copied onto them. */
export const instanceProfileAttached = defineControl({
  id: "aws-ec2-instance-profile-attached",
  title: "EC2 instances use an instance profile for AWS access",
  rationale:
    "An instance without an instance profile that calls AWS APIs does so with long-lived access keys stored on disk or in user data, which leak with every image, snapshot and backup.",
  severity: "low",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2/instance:Instance", "aws:ec2/spotInstanceRequest:SpotInstanceRequest"],
  frameworks: {
    "cis-aws-7.0": ["2.16"],
    "cis-aws-3.0": ["1.18"],
    "nist-800-53-r5": ["IA-5", "AC-6", "AC-2"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.6.3"],
  },
  remediation:
    "Set iamInstanceProfile to an aws.iam.InstanceProfile whose role grants what the workload needs (and at least AmazonSSMManagedInstanceCore for Session Manager).",
  enforcementLevel: "advisory",
  tags: ["credentials", "compute"],
  check: (r) => {
    const profile = r.props.iamInstanceProfile;
    if (typeof profile === "string" && profile.trim() !== "") return pass();
    const lt = r.props.launchTemplate;
    if (lt !== null && typeof lt === "object" && (lt.id !== undefined || lt.name !== undefined)) {
      return notApplicable("the instance takes its instance profile from its launch template");
    }
    return fail(
      "iamInstanceProfile",
      "iamInstanceProfile is not set; attach an instance profile instead of storing access keys on the instance",
    );
  },
  examples: {
    compliant: [[{ type: "aws:ec2/instance:Instance", props: { ami: "ami-1", iamInstanceProfile: "app-profile" } }]],
    nonCompliant: [[{ type: "aws:ec2/instance:Instance", props: { ami: "ami-1", instanceType: "t3.micro" } }]],
  },
});
