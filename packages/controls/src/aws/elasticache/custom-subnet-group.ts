import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const elasticacheCustomSubnetGroup = defineControl({
  id: "aws-elasticache-custom-subnet-group",
  title: "ElastiCache clusters do not use the default subnet group",
  rationale:
    "The default subnet group spans the default VPC's subnets, which are public; a cache belongs in private subnets chosen for it.",
  severity: "medium",
  cloud: "aws",
  service: "elasticache",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["ElastiCache.7"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.22"],
    "pci-dss-4.0": ["1.3.1"],
  },
  remediation: "Create an aws.elasticache.SubnetGroup of private subnets and set subnetGroupName to it.",
  enforcementLevel: "advisory",
  tags: ["network", "cache"],
  check: (r) => {
    if (r.type === "aws:elasticache/cluster:Cluster" && str(r.props.replicationGroupId) !== "") {
      return notApplicable("a member of a replication group takes this setting from the group");
    }
    const group = str(r.props.subnetGroupName).trim();
    if (group !== "" && group.toLowerCase() !== "default") return pass();
    return fail(
      "subnetGroupName",
      `subnetGroupName is ${group === "" ? "not set (the default subnet group)" : '"default"'}; use a subnet group of private subnets`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions", subnetGroupName: "cache-private" } }],
      [{ type: "aws:elasticache/cluster:Cluster", props: { engine: "redis", replicationGroupId: "sessions" } }],
    ],
    nonCompliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions" } }],
      [
        {
          type: "aws:elasticache/cluster:Cluster",
          props: { engine: "memcached", nodeType: "cache.t4g.micro", numCacheNodes: 1, subnetGroupName: "default" },
        },
      ],
    ],
  },
});
