import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertNetworkChanges = defineControl(
  metricAlertControl(cisMetric("vpc-network-changes"), "gcp-logging-metric-alert-vpc-network-changes"),
);
