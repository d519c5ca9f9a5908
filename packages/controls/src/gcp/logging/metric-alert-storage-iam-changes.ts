import { defineControl } from "../../model/control";
import { cisMetric, metricAlertControl } from "./metric-alerts";

export const loggingMetricAlertStorageIamChanges = defineControl(
  metricAlertControl(cisMetric("storage-iam-changes"), "gcp-logging-metric-alert-storage-iam-changes"),
);
