import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { isOpenCidr, listOf } from "../../shared/network";

/** endpointPublicAccess defaults to true and publicAccessCidrs to ["0.0.0.0/0"]. */
export const eksClusterEndpointNotPublic = defineControl({
  id: "aws-eks-cluster-endpoint-not-public",
  title: "EKS cluster API endpoints are not open to the internet",
  rationale:
    "A Kubernetes API server reachable from anywhere is exposed to credential stuffing and to every future API-server vulnerability; keep it private or limited to known ranges.",
  severity: "high",
  cloud: "aws",
  service: "eks",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["EKS.1"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "AC-17"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Set vpcConfig.endpointPublicAccess: false with endpointPrivateAccess: true, or restrict vpcConfig.publicAccessCidrs to your egress ranges.",
  enforcementLevel: "mandatory",
  tags: ["containers", "network", "public-exposure"],
  check: (r) => {
    const vpc = r.props.vpcConfig;
    if (vpc?.endpointPublicAccess === false) return pass();
    const cidrs = listOf<unknown>(vpc?.publicAccessCidrs);
    if (cidrs.length > 0 && !cidrs.some(isOpenCidr)) return pass();
    return fail(
      cidrs.length > 0 ? "vpcConfig.publicAccessCidrs" : "vpcConfig.endpointPublicAccess",
      cidrs.length > 0
        ? `vpcConfig.publicAccessCidrs includes ${cidrs.filter(isOpenCidr).join(", ")}; restrict it to known ranges or disable public access`
        : "the API endpoint is public to 0.0.0.0/0 (endpointPublicAccess defaults to true); set endpointPublicAccess: false or publicAccessCidrs",
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:eks/cluster:Cluster",
          props: { roleArn: "r", vpcConfig: { subnetIds: ["s"], endpointPrivateAccess: true, endpointPublicAccess: false } },
        },
      ],
      [
        {
          type: "aws:eks/cluster:Cluster",
          props: { roleArn: "r", vpcConfig: { subnetIds: ["s"], publicAccessCidrs: ["203.0.113.0/24"] } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:eks/cluster:Cluster", props: { roleArn: "r", vpcConfig: { subnetIds: ["s"] } } }],
      [
        {
          type: "aws:eks/cluster:Cluster",
          props: { roleArn: "r", vpcConfig: { subnetIds: ["s"], endpointPublicAccess: true, publicAccessCidrs: ["0.0.0.0/0"] } },
        },
      ],
    ],
  },
});
