import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

const DEFAULT_REQUIRED = ["api", "audit", "authenticator"];

export const eksClusterControlPlaneLogging = defineControl({
  id: "aws-eks-cluster-control-plane-logging",
  title: "EKS clusters send API, audit and authenticator logs to CloudWatch",
  rationale:
    "The Kubernetes audit and authenticator logs are the only record of who did what in the cluster; EKS keeps none of them unless the log types are enabled.",
  severity: "medium",
  cloud: "aws",
  service: "eks",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["EKS.8"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "10.2.2"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Set enabledClusterLogTypes: ["api", "audit", "authenticator"] (plus "controllerManager" and "scheduler" if wanted).',
  enforcementLevel: "advisory",
  tags: ["containers", "logging"],
  configSchema: {
    requiredLogTypes: {
      type: "array",
      items: { type: "string", enum: ["api", "audit", "authenticator", "controllerManager", "scheduler"] },
      default: DEFAULT_REQUIRED,
      description: "Control-plane log types that must be enabled.",
    },
  },
  check: (r, ctx) => {
    const required = listOf<unknown>(ctx.settings.requiredLogTypes).filter((t): t is string => typeof t === "string");
    const enabled = listOf<unknown>(r.props.enabledClusterLogTypes);
    const missing = required.filter((t) => !enabled.includes(t));
    return missing.length === 0
      ? pass()
      : fail("enabledClusterLogTypes", `enabledClusterLogTypes lacks ${JSON.stringify(missing)}; add them`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:eks/cluster:Cluster",
          props: { roleArn: "r", vpcConfig: { subnetIds: ["s"] }, enabledClusterLogTypes: ["api", "audit", "authenticator"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:eks/cluster:Cluster", props: { roleArn: "r", vpcConfig: { subnetIds: ["s"] }, enabledClusterLogTypes: ["api"] } }],
    ],
  },
});
