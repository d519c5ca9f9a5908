import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertDeleteSecuritySolution = defineControl(activityAlertControl(cisActivityAlert("delete-security-solution")));
