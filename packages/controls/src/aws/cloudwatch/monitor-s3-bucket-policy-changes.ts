import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorS3BucketPolicyChanges = defineControl(monitoringControl(cisMonitoring("s3-bucket-policy-changes")));
