import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertSqlInstanceConfigChanges = defineControl(
  metricAlertControl(cisMetric("sql-instance-config-changes"), "gcp-logging-metric-alert-sql-instance-config-changes"),
);
