import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

const FIREWALL = "aws:networkfirewall/firewall:Firewall";
const LOGGING = "aws:networkfirewall/loggingConfiguration:LoggingConfiguration";

/** Correlated: the firewall and the aws.networkfirewall.LoggingConfiguration whose firewallArn names it. */
export const networkfirewallFirewallLogging = defineControl({
  id: "aws-networkfirewall-firewall-logging",
  title: "Network Firewall firewalls log alerts or flows",
  rationale:
    "Without alert or flow logs the firewall's blocks and passes are invisible: neither attacks it stopped nor traffic it allowed can be investigated.",
  severity: "medium",
  cloud: "aws",
  service: "networkfirewall",
  resourceTypes: [FIREWALL],
  frameworks: {
    "aws-fsbp": ["NetworkFirewall.2"],
    "nist-800-53-r5": ["AU-2", "AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add an aws.networkfirewall.LoggingConfiguration with firewallArn: firewall.arn and logDestinationConfigs for logType "ALERT" and "FLOW" (S3, CloudWatch Logs or Firehose).',
  enforcementLevel: "advisory",
  tags: ["logging", "network"],
  correlatedCheck: (subject, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(subject, [LOGGING], "firewallArn", ["arn", "id"]);
    if (found.some((l) => objectsOf(l.props.loggingConfiguration?.logDestinationConfigs).length > 0)) return pass();
    if (found.length === 0 && undecided.length > 0) {
      return cannotEvaluate("firewallArn", `${undecided[0].name}.firewallArn is unknown and may refer to this firewall`);
    }
    return fail(
      "LoggingConfiguration",
      `firewall ${subject.name} has no aws.networkfirewall.LoggingConfiguration with a log destination; add one for ALERT and FLOW logs`,
    );
  },
  examples: {
    compliant: [
      [
        { type: FIREWALL, name: "fw", props: { firewallPolicyArn: "arn:p", vpcId: "vpc-1" } },
        {
          type: LOGGING,
          name: "fw-logs",
          props: {
            firewallArn: UNKNOWN,
            loggingConfiguration: {
              logDestinationConfigs: [
                { logDestinationType: "CloudWatchLogs", logType: "ALERT", logDestination: { logGroup: "/nfw/alert" } },
              ],
            },
          },
          refs: { firewallArn: ["fw"] },
        },
      ],
    ],
    nonCompliant: [[{ type: FIREWALL, name: "fw", props: { firewallPolicyArn: "arn:p", vpcId: "vpc-1" } }]],
  },
});
