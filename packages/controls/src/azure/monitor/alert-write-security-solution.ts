import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertWriteSecuritySolution = defineControl(activityAlertControl(cisActivityAlert("write-security-solution")));
