import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const codebuildProjectPrivilegedMode = defineControl({
  id: "aws-codebuild-project-privileged-mode",
  title: "CodeBuild projects do not run builds in privileged mode",
  rationale:
    "Privileged mode gives the build container root on the Docker daemon; code pulled into the build (a dependency, a pull request) can then escape the container.",
  severity: "medium",
  cloud: "aws",
  service: "codebuild",
  resourceTypes: ["aws:codebuild/project:Project"],
  frameworks: {
    "aws-fsbp": ["CodeBuild.5"],
    "nist-800-53-r5": ["AC-6", "CM-7"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.2"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation:
    "Set environment.privilegedMode: false; build images with a rootless builder (buildah, kaniko) or exempt the image-building project with its reason.",
  enforcementLevel: "advisory",
  tags: ["ci-cd", "least-privilege"],
  check: (r) =>
    r.props.environment?.privilegedMode === true
      ? fail("environment.privilegedMode", "environment.privilegedMode is true; set it to false")
      : pass(),
  examples: {
    compliant: [
      [
        {
          type: "aws:codebuild/project:Project",
          props: { environment: { computeType: "BUILD_GENERAL1_SMALL", image: "i", type: "LINUX_CONTAINER" } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:codebuild/project:Project",
          props: { environment: { computeType: "BUILD_GENERAL1_SMALL", image: "i", type: "LINUX_CONTAINER", privilegedMode: true } },
        },
      ],
    ],
  },
});
