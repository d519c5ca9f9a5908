import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertCustomRoleChanges = defineControl(
  metricAlertControl(cisMetric("custom-role-changes"), "gcp-logging-metric-alert-custom-role-changes"),
);
