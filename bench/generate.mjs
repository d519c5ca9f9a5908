// Generators for benchmark inputs: realistic AWS resources in wire form, and whole stack exports.
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };

/** The i-th resource of a mixed AWS stack (buckets with their access blocks, instances, groups, volumes, keys). */
export function awsResource(stackUrnPrefix, i, { preview = false } = {}) {
  const kind = i % 6;
  const name = `r${i}`;
  const insecure = i % 5 === 0;
  const base = (type, inputs, outputs, extra = {}) => ({
    urn: `${stackUrnPrefix}::${type}::${name}`,
    custom: true,
    id: preview ? undefined : `${name}-id`,
    type,
    inputs,
    ...(preview ? {} : { outputs: { ...inputs, ...outputs, id: `${name}-id` } }),
    parent: `${stackUrnPrefix}::pulumi:pulumi:Stack::bench`,
    dependencies: [],
    propertyDependencies: {},
    ...extra,
  });
  switch (kind) {
    case 0:
      return base(
        "aws:s3/bucket:Bucket",
        { bucket: `${name}-bucket`, tags: { team: "bench", env: "prod" } },
        { arn: `arn:aws:s3:::${name}-bucket` },
      );
    case 1: {
      const bucketUrn = `${stackUrnPrefix}::aws:s3/bucket:Bucket::r${i - 1}`;
      return base(
        "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
        {
          bucket: preview ? UNKNOWN : `r${i - 1}-id`,
          blockPublicAcls: true,
          blockPublicPolicy: !insecure,
          ignorePublicAcls: true,
          restrictPublicBuckets: true,
        },
        {},
        { dependencies: [bucketUrn], propertyDependencies: { bucket: [bucketUrn] } },
      );
    }
    case 2:
      return base(
        "aws:ec2/instance:Instance",
        {
          ami: "ami-0123456789abcdef0",
          instanceType: "t3.micro",
          metadataOptions: { httpTokens: insecure ? "optional" : "required" },
          // State files carry secrets as JSON text; the wire (preview) form carries the value.
          userData: preview ? { ...SECRET, value: "#!/bin/sh" } : { ...SECRET, plaintext: '"#!/bin/sh"' },
        },
        { privateIp: "10.0.0.1" },
      );
    case 3:
      return base(
        "aws:ec2/securityGroup:SecurityGroup",
        {
          ingress: [
            { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
            ...(insecure ? [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] : []),
          ],
          egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
        },
        {},
      );
    case 4:
      return base("aws:ebs/volume:Volume", { availabilityZone: "eu-west-1a", size: 20, encrypted: !insecure }, {});
    default:
      return base(
        "aws:kms/key:Key",
        { description: `key ${i}`, enableKeyRotation: !insecure, deletionWindowInDays: 30 },
        { arn: `arn:aws:kms:eu-west-1:123456789012:key/${i}` },
      );
  }
}

/** A `pulumi stack export` (deployment v3) of `count` resources. */
export function stackExport(count, project = "bench", stack = "prod") {
  const prefix = `urn:pulumi:${stack}::${project}`;
  const resources = [{ urn: `${prefix}::pulumi:pulumi:Stack::bench`, custom: false, type: "pulumi:pulumi:Stack" }];
  for (let i = 0; i < count - 1; i++) resources.push(awsResource(prefix, i));
  return { version: 3, deployment: { manifest: { time: "2026-11-28T00:00:00Z", magic: "bench", version: "v3.200.0" }, resources } };
}

/** Planned resources (engine model) for driving packs directly. */
export function plannedResources(count) {
  const prefix = "urn:pulumi:dev::bench";
  return Array.from({ length: count }, (_, i) => {
    const r = awsResource(prefix, i, { preview: true });
    return {
      urn: r.urn,
      type: r.type,
      name: r.urn.split("::").pop(),
      custom: true,
      inputs: r.inputs,
      dependencies: r.dependencies,
      propertyDependencies: r.propertyDependencies,
      options: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] },
    };
  });
}
