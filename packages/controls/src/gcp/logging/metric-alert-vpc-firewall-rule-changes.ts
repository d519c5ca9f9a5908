import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertFirewallRuleChanges = defineControl(
  metricAlertControl(cisMetric("vpc-firewall-rule-changes"), "gcp-logging-metric-alert-vpc-firewall-rule-changes"),
);
