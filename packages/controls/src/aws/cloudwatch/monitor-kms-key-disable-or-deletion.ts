import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorKmsKeyDisableOrDeletion = defineControl(monitoringControl(cisMonitoring("kms-key-disable-or-deletion")));
