import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

/** Latest Fargate platform versions (Linux 1.4.0 since 2020, Windows 1.0.0). */
const LATEST_LINUX = "1.4.0";
const LATEST_WINDOWS = "1.0.0";

export const ecsServiceFargatePlatformVersion = defineControl({
  id: "aws-ecs-service-fargate-platform-version",
  title: "Fargate services run on the latest platform version",
  rationale: "Older Fargate platform versions lack kernel and runtime fixes; pinning one keeps tasks on a platform AWS no longer patches.",
  severity: "medium",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/service:Service"],
  frameworks: {
    "aws-fsbp": ["ECS.10"],
    "nist-800-53-r5": ["SI-2", "SI-2(2)", "CM-6"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.8"],
    "pci-dss-4.0": ["6.3.3"],
  },
  remediation: 'Remove platformVersion (it defaults to "LATEST") or set it to "LATEST".',
  enforcementLevel: "advisory",
  tags: ["patching", "containers"],
  check: (r) => {
    if (str(r.props.launchType).toUpperCase() !== "FARGATE") return notApplicable("not a Fargate service (launchType is not FARGATE)");
    const version = str(r.props.platformVersion).trim();
    if (version === "" || version.toUpperCase() === "LATEST" || version === LATEST_LINUX) return pass();
    if (version === LATEST_WINDOWS) {
      return cannotEvaluate(
        "platformVersion",
        `platformVersion ${version} is the latest for Windows tasks but outdated for Linux ones; the task definition's runtimePlatform decides`,
      );
    }
    return fail("platformVersion", `platformVersion is ${JSON.stringify(version)}; use "LATEST" (${LATEST_LINUX} for Linux)`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ecs/service:Service",
          props: { cluster: "c", taskDefinition: "web:1", launchType: "FARGATE", platformVersion: "LATEST" },
        },
      ],
      [{ type: "aws:ecs/service:Service", props: { cluster: "c", taskDefinition: "web:1", launchType: "FARGATE" } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ecs/service:Service",
          props: { cluster: "c", taskDefinition: "web:1", launchType: "FARGATE", platformVersion: "1.3.0" },
        },
      ],
    ],
  },
});
