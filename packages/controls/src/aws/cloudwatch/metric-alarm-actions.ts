import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const cloudwatchMetricAlarmActions = defineControl({
  id: "aws-cloudwatch-metric-alarm-actions",
  title: "CloudWatch alarms notify someone when they fire",
  rationale: "An alarm without an ALARM action, or with actions disabled, changes state on a dashboard nobody watches.",
  severity: "low",
  cloud: "aws",
  service: "cloudwatch",
  resourceTypes: ["aws:cloudwatch/metricAlarm:MetricAlarm", "aws:cloudwatch/compositeAlarm:CompositeAlarm"],
  frameworks: {
    "nist-800-53-r5": ["AU-6(1)", "SI-4", "IR-4(a)"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.16"],
    "pci-dss-4.0": ["10.7.1"],
  },
  remediation: "Set alarmActions to an SNS topic (or automation) and leave actionsEnabled true.",
  enforcementLevel: "advisory",
  tags: ["monitoring"],
  check: (r) => {
    const violations: Violation[] = [];
    if (listOf(r.props.alarmActions).length === 0) {
      violations.push({ property: "alarmActions", message: "alarmActions is empty; add an SNS topic or other action" });
    }
    if (r.props.actionsEnabled === false) {
      violations.push({ property: "actionsEnabled", message: "actionsEnabled is false; set it to true" });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudwatch/metricAlarm:MetricAlarm",
          props: {
            metricName: "5XXError",
            namespace: "AWS/ApiGateway",
            threshold: 10,
            comparisonOperator: "GreaterThanThreshold",
            evaluationPeriods: 1,
            alarmActions: ["arn:aws:sns:eu-west-1:1:oncall"],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:cloudwatch/metricAlarm:MetricAlarm",
          props: { metricName: "5XXError", namespace: "AWS/ApiGateway", threshold: 10, evaluationPeriods: 1 },
        },
      ],
      [
        {
          type: "aws:cloudwatch/compositeAlarm:CompositeAlarm",
          props: { alarmRule: "ALARM(a)", alarmActions: ["arn:aws:sns:eu-west-1:1:oncall"], actionsEnabled: false },
        },
      ],
    ],
  },
});
