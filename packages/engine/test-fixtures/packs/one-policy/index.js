// A plain CommonJS CrossGuard pack (no TypeScript: run-policy-pack would type-check it with ts-node).
// It covers every RPC the analyzer client drives: resource, stack, configurable and remediation policies.
const { PolicyPack, validateResourceOfType, remediateResourceOfType } = require("@pulumi/policy");

// The SDK filters by the `__pulumiType` a generated resource class carries; a stand-in avoids
// loading a whole provider SDK.
class Bucket {}
Bucket.__pulumiType = "aws:s3/bucket:Bucket";

new PolicyPack("one-policy", {
  policies: [
    {
      name: "s3-no-public-read",
      displayName: "No public-read S3 buckets",
      description: "Prohibits the public-read canned ACL on S3 buckets.",
      enforcementLevel: "mandatory",
      severity: "high",
      tags: ["s3", "public-access"],
      remediationSteps: "Set acl to private.",
      url: "https://example.com/policies/s3-no-public-read",
      framework: { name: "cis-aws", version: "3.0.0", reference: "2.1.5", specification: "Block public access" },
      validateResource: validateResourceOfType(Bucket, (bucket, _args, reportViolation) => {
        if (bucket.acl === "public-read") {
          reportViolation("Bucket ACL is public-read.");
        }
      }),
    },
    {
      name: "s3-versioning-enabled",
      description: "Requires versioning on S3 buckets.",
      enforcementLevel: "mandatory",
      severity: "medium",
      validateResource: validateResourceOfType(Bucket, (bucket, _args, reportViolation) => {
        // Reading the nested field goes through the SDK's unknown-checking proxy.
        if (bucket.versioning?.enabled !== true) {
          reportViolation("Bucket versioning is not enabled.");
        }
      }),
    },
    {
      name: "required-tags",
      description: "Requires the configured tags on S3 buckets.",
      enforcementLevel: "advisory",
      severity: "low",
      configSchema: {
        properties: {
          requiredTags: { type: "array", items: { type: "string" }, default: ["owner"] },
        },
      },
      validateResource: validateResourceOfType(Bucket, (bucket, args, reportViolation) => {
        const { requiredTags } = args.getConfig();
        const tags = bucket.tags || {};
        const missing = (requiredTags || []).filter((key) => !(key in tags));
        if (missing.length > 0) {
          reportViolation(`Missing tags: ${missing.join(", ")}.`);
        }
      }),
    },
    {
      name: "provider-region",
      description: "S3 buckets must be deployed by a provider configured for eu-west-1.",
      enforcementLevel: "advisory",
      validateResource: validateResourceOfType(Bucket, (_bucket, args, reportViolation) => {
        if (args.provider && args.provider.props.region !== "eu-west-1") {
          reportViolation(`Provider ${args.provider.name} (${args.provider.type}) deploys to ${args.provider.props.region}.`);
        }
      }),
    },
    {
      name: "bucket-policy-references-bucket",
      description: "Each bucket policy must take its bucket from a bucket of the stack.",
      enforcementLevel: "mandatory",
      validateStack: (args, reportViolation) => {
        for (const resource of args.resources) {
          if (resource.type !== "aws:s3/bucketPolicy:BucketPolicy") {
            continue;
          }
          const bucketDeps = resource.propertyDependencies.bucket || [];
          if (!bucketDeps.some((dep) => dep.type === "aws:s3/bucket:Bucket")) {
            const dependsOn = resource.dependencies.map((dep) => dep.name).join(",");
            reportViolation(`Bucket policy ${resource.name} does not reference a bucket (depends on: ${dependsOn}).`, resource.urn);
          }
        }
      },
    },
    {
      name: "bucket-managed-tag",
      description: "Adds a managedBy tag to S3 buckets.",
      enforcementLevel: "remediate",
      remediateResource: remediateResourceOfType(Bucket, (bucket) => {
        bucket.tags = Object.assign({}, bucket.tags, { managedBy: "palisade" });
        return bucket;
      }),
    },
  ],
});
