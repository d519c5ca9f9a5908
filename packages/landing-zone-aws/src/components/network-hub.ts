import * as ec2 from "@pulumi/aws/ec2";
import * as ec2transitgateway from "@pulumi/aws/ec2transitgateway";
import type { Provider } from "@pulumi/aws/provider";
import * as ram from "@pulumi/aws/ram";
import * as pulumi from "@pulumi/pulumi";
import { type LandingZoneConfig, parseCidr } from "../config";
import { defaultTags, LOG_PREFIX } from "../conventions";
import type { LandingZoneAccount } from "./organization";

/** Interface endpoints workloads need without an internet path (SSM sessions, ECR pulls, secrets, logs). */
export const INTERFACE_ENDPOINTS = [
  "sts",
  "kms",
  "logs",
  "ssm",
  "ssmmessages",
  "ec2messages",
  "ecr.api",
  "ecr.dkr",
  "secretsmanager",
] as const;

export interface NetworkHubArgs {
  config: LandingZoneConfig;
  network: LandingZoneAccount;
  management: Provider;
  /** OU ARNs the Transit Gateway is shared with. */
  shareWith: pulumi.Input<string>[];
  logBucketName: string;
}

/** Splits a CIDR into 2^bits equal subnets (first `count` of them). */
export function splitCidr(cidr: string, bits: number, count: number): string[] {
  const parsed = parseCidr(cidr);
  if (!parsed) throw new Error(`not a CIDR: ${cidr}`);
  const prefix = parsed.prefix + bits;
  const size = 2 ** (32 - prefix);
  return Array.from({ length: count }, (_, i) => {
    const base = parsed.base + i * size;
    return `${[24, 16, 8, 0].map((s) => (base >>> s) & 255).join(".")}/${prefix}`;
  });
}

const ALL = "0.0.0.0/0";

/**
 * The hub VPC in the network account: private subnets with the Transit Gateway attachment and the
 * interface endpoints, an S3 gateway endpoint, NACLs and a closed default security group, flow logs to
 * the archive. The Transit Gateway is shared with the workload OUs through RAM. Workloads get an
 * internet path only when `network.egressThroughHub` is true: then NAT gateways in the hub's public
 * subnets are the only way out, and the Transit Gateway's default route points at the hub.
 */
export class NetworkHub extends pulumi.ComponentResource {
  readonly vpc: ec2.Vpc;
  readonly transitGateway: ec2transitgateway.TransitGateway;

  constructor(name: string, args: NetworkHubArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:NetworkHub", name, {}, opts);
    const { config } = args;
    const net = config.network;
    const opt = { parent: this, provider: args.network.provider };
    const region = config.homeRegion;
    const zones = ["a", "b", "c"].slice(0, net.availabilityZones).map((s) => `${region}${s}`);
    const egress = net.egressThroughHub;
    const internal = [net.hubCidr, net.workloadSupernet];

    this.vpc = new ec2.Vpc(
      "hub",
      { cidrBlock: net.hubCidr, enableDnsSupport: true, enableDnsHostnames: true, tags: { ...defaultTags(config), Name: "palisade-hub" } },
      opt,
    );
    // CIS: the default security group allows nothing; nothing uses it.
    new ec2.DefaultSecurityGroup("hub-default-sg", { vpcId: this.vpc.id, ingress: [], egress: [] }, opt);
    // The default NACL guards no subnet (each has its own); empty, it denies everything.
    new ec2.DefaultNetworkAcl("hub-default-nacl", { defaultNetworkAclId: this.vpc.defaultNetworkAclId, ingress: [], egress: [] }, opt);

    // Private subnets first, public (NAT) subnets after, each a slice of the hub CIDR.
    const slices = splitCidr(net.hubCidr, Math.ceil(Math.log2(zones.length * 2)), zones.length * 2);
    const subnet = (kind: "private" | "public", i: number) =>
      new ec2.Subnet(
        `hub-${kind}-${zones[i]}`,
        {
          vpcId: this.vpc.id,
          availabilityZone: zones[i],
          cidrBlock: slices[kind === "private" ? i : zones.length + i],
          mapPublicIpOnLaunch: false,
          tags: { ...defaultTags(config), Name: `palisade-hub-${kind}-${zones[i]}` },
        },
        opt,
      );
    const privateSubnets = zones.map((_, i) => subnet("private", i));
    const publicSubnets = egress ? zones.map((_, i) => subnet("public", i)) : [];

    this.transitGateway = new ec2transitgateway.TransitGateway(
      "tgw",
      {
        description: "Palisade hub: connects workload VPCs to the hub",
        amazonSideAsn: 64512,
        autoAcceptSharedAttachments: "enable",
        defaultRouteTableAssociation: "enable",
        defaultRouteTablePropagation: "enable",
        dnsSupport: "enable",
        vpnEcmpSupport: "enable",
        tags: { Name: "palisade-hub" },
      },
      opt,
    );
    const hubAttachment = new ec2transitgateway.VpcAttachment(
      "tgw-hub-attachment",
      { transitGatewayId: this.transitGateway.id, vpcId: this.vpc.id, subnetIds: privateSubnets.map((s) => s.id), dnsSupport: "enable" },
      opt,
    );
    if (egress) {
      // The only internet path of the workloads: the default route leads to the hub's NAT gateways.
      new ec2transitgateway.Route(
        "tgw-default-route",
        {
          transitGatewayRouteTableId: this.transitGateway.associationDefaultRouteTableId,
          destinationCidrBlock: ALL,
          transitGatewayAttachmentId: hubAttachment.id,
        },
        opt,
      );
    }

    // Routing inside the hub.
    const natGateways: ec2.NatGateway[] = [];
    if (egress) {
      const igw = new ec2.InternetGateway("hub-igw", { vpcId: this.vpc.id, tags: { Name: "palisade-hub" } }, opt);
      const publicRt = new ec2.RouteTable("hub-public-rt", { vpcId: this.vpc.id, tags: { Name: "palisade-hub-public" } }, opt);
      new ec2.Route("hub-public-internet", { routeTableId: publicRt.id, destinationCidrBlock: ALL, gatewayId: igw.id }, opt);
      new ec2.Route(
        "hub-public-workloads",
        { routeTableId: publicRt.id, destinationCidrBlock: net.workloadSupernet, transitGatewayId: this.transitGateway.id },
        { ...opt, dependsOn: [hubAttachment] },
      );
      publicSubnets.forEach((s, i) => {
        new ec2.RouteTableAssociation(`hub-public-${zones[i]}-rta`, { subnetId: s.id, routeTableId: publicRt.id }, opt);
        const eip = new ec2.Eip(`hub-nat-${zones[i]}-eip`, { domain: "vpc", tags: { Name: `palisade-hub-nat-${zones[i]}` } }, opt);
        natGateways.push(
          new ec2.NatGateway(
            `hub-nat-${zones[i]}`,
            { subnetId: s.id, allocationId: eip.id, connectivityType: "public", tags: { Name: `palisade-hub-${zones[i]}` } },
            { ...opt, dependsOn: [igw] },
          ),
        );
      });
    }
    const privateRts = privateSubnets.map((s, i) => {
      const rt = new ec2.RouteTable(
        `hub-private-${zones[i]}-rt`,
        { vpcId: this.vpc.id, tags: { Name: `palisade-hub-private-${zones[i]}` } },
        opt,
      );
      new ec2.RouteTableAssociation(`hub-private-${zones[i]}-rta`, { subnetId: s.id, routeTableId: rt.id }, opt);
      new ec2.Route(
        `hub-private-${zones[i]}-workloads`,
        { routeTableId: rt.id, destinationCidrBlock: net.workloadSupernet, transitGatewayId: this.transitGateway.id },
        { ...opt, dependsOn: [hubAttachment] },
      );
      if (egress)
        new ec2.Route(
          `hub-private-${zones[i]}-internet`,
          { routeTableId: rt.id, destinationCidrBlock: ALL, natGatewayId: natGateways[i].id },
          opt,
        );
      return rt;
    });

    // NACLs: internal traffic flows; from the internet only return traffic, never SSH or RDP.
    const naclEntries = (allowInternetReturn: boolean) => ({
      ingress: [
        ...internal.map((cidr, i) => ({ ruleNo: 100 + i * 10, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: cidr })),
        ...(allowInternetReturn
          ? [
              { ruleNo: 200, action: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: ALL },
              { ruleNo: 210, action: "deny", protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: ALL },
              { ruleNo: 220, action: "allow", protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: ALL },
              { ruleNo: 230, action: "allow", protocol: "udp", fromPort: 1024, toPort: 65535, cidrBlock: ALL },
            ]
          : []),
      ],
      egress: egress
        ? [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: ALL }]
        : internal.map((cidr, i) => ({ ruleNo: 100 + i * 10, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: cidr })),
    });
    new ec2.NetworkAcl(
      "hub-private-nacl",
      { vpcId: this.vpc.id, subnetIds: privateSubnets.map((s) => s.id), ...naclEntries(egress), tags: { Name: "palisade-hub-private" } },
      opt,
    );
    if (egress) {
      new ec2.NetworkAcl(
        "hub-public-nacl",
        { vpcId: this.vpc.id, subnetIds: publicSubnets.map((s) => s.id), ...naclEntries(true), tags: { Name: "palisade-hub-public" } },
        opt,
      );
    }

    // Endpoints: reachable from the hub and the workloads, usable only by the organisation.
    const orgOnly = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "OrganizationOnly",
          Effect: "Allow",
          Principal: "*",
          Action: "*",
          Resource: "*",
          Condition: { StringEquals: { "aws:PrincipalOrgID": config.organization.id } },
        },
      ],
    });
    const endpointSg = new ec2.SecurityGroup(
      "hub-endpoints-sg",
      {
        vpcId: this.vpc.id,
        description: "Interface endpoints: HTTPS from the hub and the workloads",
        ingress: internal.map((cidr) => ({
          protocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidrBlocks: [cidr],
          description: "HTTPS to AWS APIs",
        })),
        egress: [],
        tags: { ...defaultTags(config), Name: "palisade-hub-endpoints" },
      },
      opt,
    );
    for (const service of INTERFACE_ENDPOINTS) {
      new ec2.VpcEndpoint(
        `hub-endpoint-${service.replace(".", "-")}`,
        {
          vpcId: this.vpc.id,
          serviceName: `com.amazonaws.${region}.${service}`,
          vpcEndpointType: "Interface",
          privateDnsEnabled: true,
          subnetIds: privateSubnets.map((s) => s.id),
          securityGroupIds: [endpointSg.id],
          policy: orgOnly,
          tags: { Name: `palisade-hub-${service}` },
        },
        opt,
      );
    }
    new ec2.VpcEndpoint(
      "hub-endpoint-s3",
      {
        vpcId: this.vpc.id,
        serviceName: `com.amazonaws.${region}.s3`,
        vpcEndpointType: "Gateway",
        routeTableIds: privateRts.map((rt) => rt.id),
        policy: orgOnly,
        tags: { Name: "palisade-hub-s3" },
      },
      opt,
    );

    new ec2.FlowLog(
      "hub-flow-logs",
      {
        vpcId: this.vpc.id,
        trafficType: "ALL",
        logDestinationType: "s3",
        logDestination: `arn:aws:s3:::${args.logBucketName}/${LOG_PREFIX.flowLogs}/`,
        maxAggregationInterval: 60,
        destinationOptions: { fileFormat: "parquet", perHourPartition: true, hiveCompatiblePartitions: false },
      },
      opt,
    );

    // Share the Transit Gateway with the workload OUs (RAM sharing within the organisation is enabled once, centrally).
    const sharing = new ram.SharingWithOrganization("ram-sharing", {}, { parent: this, provider: args.management });
    const share = new ram.ResourceShare(
      "tgw-share",
      { name: "palisade-transit-gateway", allowExternalPrincipals: false },
      { ...opt, dependsOn: [sharing] },
    );
    new ram.ResourceAssociation("tgw-share-tgw", { resourceShareArn: share.arn, resourceArn: this.transitGateway.arn }, opt);
    args.shareWith.forEach((principal, i) => {
      new ram.PrincipalAssociation(`tgw-share-principal-${i}`, { resourceShareArn: share.arn, principal }, opt);
    });
    this.registerOutputs({ transitGatewayId: this.transitGateway.id });
  }
}
