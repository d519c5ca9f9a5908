import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const ec2ClientVpnConnectionLogging = defineControl({
  id: "aws-ec2-client-vpn-connection-logging",
  title: "Client VPN endpoints log client connections",
  rationale: "Connection logs show who connected from where and when; without them a stolen VPN credential leaves no trace.",
  severity: "medium",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2clientvpn/endpoint:Endpoint"],
  frameworks: {
    "aws-fsbp": ["EC2.51"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: "Set connectionLogOptions: { enabled: true, cloudwatchLogGroup, cloudwatchLogStream }.",
  enforcementLevel: "advisory",
  tags: ["logging", "network"],
  check: (r) =>
    r.props.connectionLogOptions?.enabled === true
      ? pass()
      : fail("connectionLogOptions.enabled", "connectionLogOptions.enabled is not true; log client connections to CloudWatch Logs"),
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2clientvpn/endpoint:Endpoint",
          props: {
            clientCidrBlock: "10.100.0.0/22",
            serverCertificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/1",
            connectionLogOptions: { enabled: true, cloudwatchLogGroup: "vpn" },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2clientvpn/endpoint:Endpoint",
          props: {
            clientCidrBlock: "10.100.0.0/22",
            serverCertificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/1",
            connectionLogOptions: { enabled: false },
          },
        },
      ],
    ],
  },
});
