import * as aws from "@pulumi/aws";
import * as container from "@pulumi/gcp/container";
import * as pulumi from "@pulumi/pulumi";

export = async () => {
  // The program reads fields our built-in answer does not give: the declared type fills them in.
  const zones = await aws.getAvailabilityZones({ state: "available" });
  new aws.ec2.Subnet("a", { vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", availabilityZoneId: zones.zoneIds[0] });

  const ami = await aws.ec2.getAmi({ mostRecent: true, owners: ["amazon"], filters: [{ name: "name", values: ["al2023-ami-*"] }] });
  new aws.ec2.Instance("web", { ami: ami.id, instanceType: "t3.micro", tags: { image: ami.name } });

  const versions = await container.getEngineVersions({ location: "europe-west1" });
  new container.Cluster("gke", { location: "europe-west1", minMasterVersion: versions.latestMasterVersion, initialNodeCount: 1 });

  // A function no SDK declares still answers.
  const unknown = await pulumi.runtime.invoke("palisade:fixtures:getNothing", {});

  // What awsx.lb.ApplicationLoadBalancer registers: a component the provider plugin would expand.
  new pulumi.ComponentResource("awsx:lb:ApplicationLoadBalancer", "alb", {}, {}, true);
  return { zoneCount: zones.names.length, nothing: Object.keys(unknown).length };
};
