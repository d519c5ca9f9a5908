import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/**
 * Basic scan-on-push per repository. Registries using enhanced scanning (aws.ecr.RegistryScanningConfiguration
 * with scanType "ENHANCED") scan continuously regardless; exempt their repositories with that reason.
 */
export const ecrRepositoryScanOnPush = defineControl({
  id: "aws-ecr-repository-scan-on-push",
  title: "ECR repositories scan images on push",
  rationale: "Images with known-vulnerable packages reach production unnoticed unless every pushed image is scanned.",
  severity: "medium",
  cloud: "aws",
  service: "ecr",
  resourceTypes: ["aws:ecr/repository:Repository"],
  frameworks: {
    "aws-fsbp": ["ECR.1"],
    "nist-800-53-r5": ["RA-5", "SI-2", "SI-3(c)(2)"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.8"],
    "pci-dss-4.0": ["6.3.3", "11.3.1"],
  },
  remediation: "Set imageScanningConfiguration: { scanOnPush: true }, or enable enhanced scanning for the registry.",
  enforcementLevel: "advisory",
  tags: ["vulnerability-management", "containers"],
  check: (r) =>
    r.props.imageScanningConfiguration?.scanOnPush === true
      ? pass()
      : fail(
          "imageScanningConfiguration.scanOnPush",
          `imageScanningConfiguration.scanOnPush is ${JSON.stringify(r.props.imageScanningConfiguration?.scanOnPush ?? false)}; set it to true`,
        ),
  remediate: (r) =>
    r.props.imageScanningConfiguration?.scanOnPush === true
      ? undefined
      : { ...r.props, imageScanningConfiguration: { ...(r.props.imageScanningConfiguration ?? {}), scanOnPush: true } },
  examples: {
    compliant: [
      [
        {
          type: "aws:ecr/repository:Repository",
          props: { name: "app", imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:ecr/repository:Repository", props: { name: "app" } }]],
  },
});
