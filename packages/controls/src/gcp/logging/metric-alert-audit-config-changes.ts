import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertAuditConfigChanges = defineControl(
  metricAlertControl(cisMetric("audit-config-changes"), "gcp-logging-metric-alert-audit-config-changes"),
);
