import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const DEFAULT_REQUIRED_TAGS = ["owner", "environment"];

/**
 * The taggable resources the other AWS controls cover: what a team owns, where cost and incidents land.
 * Provider default tags reach a resource's `tagsAll` (filled in by the provider's check at preview and
 * present in state), so keys from `tagsAll` count too.
 */
export const TAGGED_RESOURCE_TYPES = [
  "aws:s3/bucket:Bucket",
  "aws:s3/bucketV2:BucketV2",
  "aws:ec2/instance:Instance",
  "aws:ec2/launchTemplate:LaunchTemplate",
  "aws:ec2/vpc:Vpc",
  "aws:ec2/subnet:Subnet",
  "aws:ec2/securityGroup:SecurityGroup",
  "aws:ebs/volume:Volume",
  "aws:rds/instance:Instance",
  "aws:rds/cluster:Cluster",
  "aws:dynamodb/table:Table",
  "aws:efs/fileSystem:FileSystem",
  "aws:elasticache/replicationGroup:ReplicationGroup",
  "aws:opensearch/domain:Domain",
  "aws:redshift/cluster:Cluster",
  "aws:kms/key:Key",
  "aws:lambda/function:Function",
  "aws:sns/topic:Topic",
  "aws:sqs/queue:Queue",
  "aws:secretsmanager/secret:Secret",
  "aws:ecr/repository:Repository",
  "aws:eks/cluster:Cluster",
  "aws:lb/loadBalancer:LoadBalancer",
  "aws:alb/loadBalancer:LoadBalancer",
  "aws:cloudfront/distribution:Distribution",
  "aws:apigateway/restApi:RestApi",
  "aws:apigatewayv2/api:Api",
  "aws:cloudtrail/trail:Trail",
  "aws:iam/role:Role",
] as const;

function keysOf(value: unknown): string[] {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
}

/** A tag counts when its key is present and its value is not blank (an unknown value will be set). */
function present(tags: unknown, key: string): boolean {
  if (!keysOf(tags).includes(key)) return false;
  const v = peek(tags, key);
  return !v.known || (typeof v.value === "string" ? v.value.trim() !== "" : v.value !== undefined && v.value !== null);
}

export const taggingRequiredTags = defineControl({
  id: "aws-tagging-required-tags",
  title: "Resources carry the organisation's required tags",
  rationale:
    "Untagged resources have no known owner or environment: incidents cannot be routed, costs cannot be charged back and orphaned resources are never cleaned up.",
  severity: "low",
  cloud: "aws",
  service: "tagging",
  resourceTypes: TAGGED_RESOURCE_TYPES,
  frameworks: {
    "nist-800-53-r5": ["CM-8(a)", "CM-8(a)(4)", "CM-8(b)"],
    soc2: ["CC2.1"],
    "iso27001-2022": ["A.5.9", "A.5.12"],
    "pci-dss-4.0": ["12.4.2.1"],
  },
  remediation: "Set the missing keys in tags, or once for the whole stack in the AWS provider's defaultTags.",
  enforcementLevel: "advisory",
  tags: ["governance", "inventory"],
  configSchema: {
    requiredTags: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: DEFAULT_REQUIRED_TAGS,
      description: "Tag keys every covered resource must carry (case-sensitive, as AWS tag keys are).",
    },
  },
  check: (r, ctx) => {
    const required = (Array.isArray(ctx.settings.requiredTags) ? ctx.settings.requiredTags : []).filter(
      (t: unknown): t is string => typeof t === "string" && t !== "",
    );
    if (required.length === 0) return pass();
    const tags = r.props.tags;
    let missing = required.filter((k) => !present(tags, k));
    if (missing.length === 0) return pass();
    const all = peek(r.props, "tagsAll");
    if (!all.known)
      return cannotEvaluate("tagsAll", "tagsAll (tags including provider default tags) is unknown until the resource is created");
    missing = missing.filter((k) => !present(all.value, k));
    return missing.length === 0
      ? pass()
      : fail("tags", `tags lack ${missing.map((k) => JSON.stringify(k)).join(", ")}; add them to tags or to the provider's defaultTags`);
  },
  examples: {
    compliant: [
      [{ type: "aws:s3/bucket:Bucket", props: { tags: { owner: "payments", environment: "prod", "cost-center": "42" } } }],
      [
        {
          type: "aws:lambda/function:Function",
          props: { runtime: "python3.13", tags: { owner: "search" }, tagsAll: { owner: "search", environment: "dev" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:sqs/queue:Queue", props: { name: "jobs" } }],
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", tags: { owner: "", environment: "prod" } } }],
    ],
  },
});
