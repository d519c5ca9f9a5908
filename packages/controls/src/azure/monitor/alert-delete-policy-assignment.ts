import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertDeletePolicyAssignment = defineControl(activityAlertControl(cisActivityAlert("delete-policy-assignment")));
