import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertServiceHealth = defineControl(activityAlertControl(cisActivityAlert("service-health")));
