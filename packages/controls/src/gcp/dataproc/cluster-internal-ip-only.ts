import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { num } from "../../shared/text";

const cluster = (gceClusterConfig?: Record<string, unknown>, imageVersion?: string) => [
  {
    type: "gcp:dataproc/cluster:Cluster",
    props: {
      region: "europe-west1",
      clusterConfig: {
        ...(gceClusterConfig ? { gceClusterConfig } : {}),
        ...(imageVersion ? { softwareConfig: { imageVersion } } : {}),
      },
    },
  },
];

/** Image versions 2.2 and later default internalIpOnly to true; earlier ones give nodes external IPs. */
function defaultsToInternal(imageVersion: unknown): boolean {
  if (imageVersion === undefined || imageVersion === null || imageVersion === "") return true; // the default image is 2.2+
  const m = /^(\d+)\.(\d+)/.exec(String(imageVersion));
  return m !== null && (num(m[1]) > 2 || (num(m[1]) === 2 && num(m[2]) >= 2));
}

export const dataprocClusterInternalIpOnly = defineControl({
  id: "gcp-dataproc-cluster-internal-ip-only",
  title: "Dataproc cluster nodes have no external IP addresses",
  rationale: "Nodes with external IPs expose the Hadoop and Spark daemons' ports to the internet whenever a firewall rule is too broad.",
  severity: "high",
  cloud: "gcp",
  service: "dataproc",
  resourceTypes: ["gcp:dataproc/cluster:Cluster"],
  frameworks: {
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set clusterConfig.gceClusterConfig.internalIpOnly: true and give the subnet Private Google Access (Checkov CKV_GCP_103).",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const config = objectOf(r.props.clusterConfig);
    const internal = objectOf(config?.gceClusterConfig)?.internalIpOnly;
    if (internal === true) return pass();
    if (internal === false) {
      return fail(
        "clusterConfig.gceClusterConfig.internalIpOnly",
        "clusterConfig.gceClusterConfig.internalIpOnly is false; set it to true",
      );
    }
    const image = objectOf(config?.softwareConfig)?.imageVersion;
    return defaultsToInternal(image)
      ? pass()
      : fail(
          "clusterConfig.gceClusterConfig.internalIpOnly",
          `clusterConfig.gceClusterConfig.internalIpOnly is unset and image ${JSON.stringify(image)} (before 2.2) gives nodes external IPs; set it to true`,
        );
  },
  examples: {
    compliant: [cluster({ internalIpOnly: true }), cluster(undefined, "2.2-debian12")],
    nonCompliant: [cluster({ internalIpOnly: false }), cluster(undefined, "2.1-debian11")],
  },
});
