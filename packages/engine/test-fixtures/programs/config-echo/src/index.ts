import * as pulumi from "@pulumi/pulumi";

// Echoes the config it received into the inputs of one resource, so tests can see what the program saw.
const config = new pulumi.Config();
const aws = new pulumi.Config("aws");

new pulumi.CustomResource("palisade:fixtures:ConfigEcho", "echo", {
  plain: config.require("plain"),
  replicas: config.requireNumber("replicas"),
  enabled: config.requireBoolean("enabled"),
  tags: config.requireObject("tags"),
  region: config.require("region"),
  owner: config.require("owner"),
  awsRegion: aws.get("region") ?? "unset",
  dbPassword: config.requireSecret("dbPassword"),
  nested: config.requireSecretObject("nested"),
  rawSecretText: config.get("dbPassword"),
});
