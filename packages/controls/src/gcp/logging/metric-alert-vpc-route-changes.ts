import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertRouteChanges = defineControl(
  metricAlertControl(cisMetric("vpc-route-changes"), "gcp-logging-metric-alert-vpc-route-changes"),
);
