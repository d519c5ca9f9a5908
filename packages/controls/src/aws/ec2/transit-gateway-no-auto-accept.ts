import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const ec2TransitGatewayNoAutoAccept = defineControl({
  id: "aws-ec2-transit-gateway-no-auto-accept",
  title: "Transit gateways do not accept shared VPC attachments automatically",
  rationale:
    "With auto-accept, any account the transit gateway is shared with can attach a VPC and route into every network on it without review.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2transitgateway/transitGateway:TransitGateway"],
  frameworks: {
    "aws-fsbp": ["EC2.23"],
    "nist-800-53-r5": ["AC-4", "SC-7", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.2.5"],
  },
  remediation:
    'Remove autoAcceptSharedAttachments or set it to "disable"; accept attachments explicitly (aws.ec2transitgateway.VpcAttachmentAccepter).',
  enforcementLevel: "mandatory",
  tags: ["network"],
  check: (r) =>
    str(r.props.autoAcceptSharedAttachments).toLowerCase() === "enable"
      ? fail(
          "autoAcceptSharedAttachments",
          'autoAcceptSharedAttachments is "enable"; set it to "disable" and accept attachments explicitly',
        )
      : pass(),
  examples: {
    compliant: [
      [{ type: "aws:ec2transitgateway/transitGateway:TransitGateway", props: { description: "hub" } }],
      [{ type: "aws:ec2transitgateway/transitGateway:TransitGateway", props: { autoAcceptSharedAttachments: "disable" } }],
    ],
    nonCompliant: [[{ type: "aws:ec2transitgateway/transitGateway:TransitGateway", props: { autoAcceptSharedAttachments: "enable" } }]],
  },
});
