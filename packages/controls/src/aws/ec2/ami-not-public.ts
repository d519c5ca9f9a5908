import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** Public AMIs leak whatever was baked into them: keys, configuration, internal code. */
export const amiNotPublic = defineControl({
  id: "aws-ec2-ami-not-public",
  title: "AMIs are not shared publicly",
  rationale:
    'A launch permission for the group "all" lets any AWS account launch, and so read, the image, including credentials and code baked into it.',
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2/amiLaunchPermission:AmiLaunchPermission", "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess"],
  frameworks: {
    "nist-800-53-r5": ["AC-3", "AC-21"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.12"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation:
    'Share AMIs with named accounts, organizations or OUs instead of group "all"; keep aws.ec2.ImageBlockPublicAccess at state "block-new-sharing".',
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure"],
  check: (r) => {
    if (r.type === "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess") {
      return r.props.state === "block-new-sharing"
        ? pass()
        : fail("state", `state is ${JSON.stringify(r.props.state ?? null)}; set it to "block-new-sharing"`);
    }
    return r.props.group === "all"
      ? fail("group", 'group is "all", which makes the AMI public; share with accountId, organizationArn or organizationalUnitArn instead')
      : pass();
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        { Sid: "DenyDisablingImageBlockPublicAccess", Effect: "Deny", Action: "ec2:DisableImageBlockPublicAccess", Resource: "*" },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: "aws:ec2/amiLaunchPermission:AmiLaunchPermission", props: { imageId: "ami-1", accountId: "111122223333" } }],
      [{ type: "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess", props: { state: "block-new-sharing" } }],
    ],
    nonCompliant: [
      [{ type: "aws:ec2/amiLaunchPermission:AmiLaunchPermission", props: { imageId: "ami-1", group: "all" } }],
      [{ type: "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess", props: { state: "unblocked" } }],
    ],
  },
});
