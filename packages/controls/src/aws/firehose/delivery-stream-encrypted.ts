import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/** Streams fed by a Kinesis data stream or MSK take encryption from their source: not covered here. */
export const firehoseDeliveryStreamEncrypted = defineControl({
  id: "aws-firehose-delivery-stream-encrypted",
  title: "Firehose delivery streams encrypt data at rest",
  rationale:
    "Firehose buffers records (logs, events, often personal data) before delivery; without server-side encryption they sit unencrypted in the service.",
  severity: "medium",
  cloud: "aws",
  service: "firehose",
  resourceTypes: ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: 'Set serverSideEncryption: { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn } (or keyType "AWS_OWNED_CMK").',
  enforcementLevel: "advisory",
  tags: ["encryption", "streaming"],
  check: (r) => {
    if (r.props.kinesisSourceConfiguration || r.props.mskSourceConfiguration) {
      return notApplicable("the stream reads from Kinesis Data Streams or MSK, whose encryption applies");
    }
    return r.props.serverSideEncryption?.enabled === true
      ? pass()
      : fail("serverSideEncryption.enabled", "serverSideEncryption is not enabled; set serverSideEncryption: { enabled: true }");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
          props: {
            destination: "extended_s3",
            serverSideEncryption: { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn: "arn:aws:kms:eu-west-1:1:key/1" },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", props: { destination: "extended_s3" } }]],
  },
});
