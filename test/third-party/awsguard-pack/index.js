// The third-party AwsGuard pack (@pulumi/awsguard), every policy mandatory, run unchanged.
const { AwsGuard } = require("@pulumi/awsguard");

new AwsGuard({ all: "mandatory" });
