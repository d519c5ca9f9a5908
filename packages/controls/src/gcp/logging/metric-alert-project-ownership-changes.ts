import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertOwnershipChanges = defineControl(
  metricAlertControl(cisMetric("project-ownership-changes"), "gcp-logging-metric-alert-project-ownership-changes"),
);
