import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertCreatePolicyAssignment = defineControl(activityAlertControl(cisActivityAlert("create-policy-assignment")));
