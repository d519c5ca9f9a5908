import * as iam from "@pulumi/aws/iam";
import * as s3 from "@pulumi/aws/s3";
import * as pulumi from "@pulumi/pulumi";

class Team extends pulumi.ComponentResource {
  constructor(name: string) {
    super("palisade:fixtures:Team", name, {});
    this.registerOutputs({});
  }
}

const site = new s3.Bucket("site", {});
const role = new iam.Role("lambda-role", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "lambda.amazonaws.com" } }],
  }),
});
const team = new Team("payments");

// The SDK types allow a resource where its id is expected; the engine sends the id (or a component's URN).
new s3.BucketPublicAccessBlock("site-block", { bucket: site as unknown as string, blockPublicAcls: true });
new iam.RolePolicyAttachment("lambda-basic", {
  role,
  policyArn: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
});
new s3.Bucket("team-bucket", { tags: { team: team as unknown as string } });
