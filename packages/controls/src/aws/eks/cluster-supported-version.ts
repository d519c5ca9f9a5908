import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

/**
 * Oldest minor version in EKS support (standard or extended) when this was written, December 2026. Support
 * dates move: the setting minimumVersion lets a platform team follow the EKS calendar without a release.
 */
const DEFAULT_MINIMUM = "1.32";

function compareMinor(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  if (!Number.isFinite(am) || !Number.isFinite(an) || !Number.isFinite(bm) || !Number.isFinite(bn)) return -1;
  return am !== bm ? am - bm : an - bn;
}

export const eksClusterSupportedVersion = defineControl({
  id: "aws-eks-cluster-supported-version",
  title: "EKS clusters run a supported Kubernetes version",
  rationale:
    "Kubernetes versions out of support get no security fixes, and EKS upgrades them forcibly or charges extended support; staying current keeps control-plane CVEs patched.",
  severity: "medium",
  cloud: "aws",
  service: "eks",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["EKS.2"],
    "nist-800-53-r5": ["SI-2", "SI-2(2)", "CM-6"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.8"],
    "pci-dss-4.0": ["6.3.3"],
  },
  remediation:
    "Set version to a Kubernetes version in EKS standard support (or remove it to get the default), and upgrade one minor version at a time.",
  enforcementLevel: "advisory",
  tags: ["patching", "containers"],
  configSchema: {
    minimumVersion: {
      type: "string",
      pattern: "^\\d+\\.\\d+$",
      default: DEFAULT_MINIMUM,
      description: "Oldest Kubernetes minor version accepted; raise it as EKS standard support moves on.",
    },
  },
  check: (r, ctx) => {
    const version = str(r.props.version).trim();
    if (version === "") return pass();
    const minimum = str(ctx.settings.minimumVersion) || DEFAULT_MINIMUM;
    if (compareMinor(version, minimum) >= 0) return pass();
    return fail("version", `version ${version} is older than ${minimum}, the oldest version this policy accepts; upgrade the cluster`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:eks/cluster:Cluster",
          props: { roleArn: "arn:aws:iam::123456789012:role/eks", version: "1.34", vpcConfig: { subnetIds: ["subnet-a", "subnet-b"] } },
        },
      ],
      [{ type: "aws:eks/cluster:Cluster", props: { roleArn: "r", vpcConfig: { subnetIds: ["subnet-a"] } } }],
    ],
    nonCompliant: [[{ type: "aws:eks/cluster:Cluster", props: { roleArn: "r", version: "1.27", vpcConfig: { subnetIds: ["subnet-a"] } } }]],
  },
});
