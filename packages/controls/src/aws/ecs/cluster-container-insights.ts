import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

/**
 * Without a containerInsights setting the cluster follows the account default (PutAccountSettingDefault), which the
 * program does not show: that is reported as "cannot be evaluated", advisory, naming the fix.
 */
export const ecsClusterContainerInsights = defineControl({
  id: "aws-ecs-cluster-container-insights",
  title: "ECS clusters have Container Insights enabled",
  rationale:
    "Container Insights collects task- and container-level metrics and events; without them resource exhaustion, crash loops and unexpected tasks go unnoticed.",
  severity: "medium",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["ECS.12"],
    "nist-800-53-r5": ["SI-4", "AU-12", "CA-7"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.16"],
  },
  remediation: 'Add settings: [{ name: "containerInsights", value: "enabled" }] (or "enhanced").',
  enforcementLevel: "advisory",
  tags: ["monitoring", "containers"],
  check: (r) => {
    const setting = objectsOf(r.props.settings).find((s) => str(s.name) === "containerInsights");
    if (!setting) {
      return cannotEvaluate(
        "settings",
        'settings has no containerInsights entry, so the account\'s containerInsights default decides (disabled unless changed with PutAccountSettingDefault); add { name: "containerInsights", value: "enabled" }',
      );
    }
    const value = str(setting.value).toLowerCase();
    if (value === "enabled" || value === "enhanced") return pass();
    return fail("settings", `containerInsights is ${JSON.stringify(setting.value ?? null)}; set it to "enabled" or "enhanced"`);
  },
  examples: {
    compliant: [
      [{ type: "aws:ecs/cluster:Cluster", props: { settings: [{ name: "containerInsights", value: "enabled" }] } }],
      [{ type: "aws:ecs/cluster:Cluster", props: { settings: [{ name: "containerInsights", value: "enhanced" }] } }],
    ],
    nonCompliant: [[{ type: "aws:ecs/cluster:Cluster", props: { settings: [{ name: "containerInsights", value: "disabled" }] } }]],
  },
});
