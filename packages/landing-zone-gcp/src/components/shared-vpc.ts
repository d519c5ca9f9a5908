import * as compute from "@pulumi/gcp/compute";
import * as dns from "@pulumi/gcp/dns";
import type * as organizations from "@pulumi/gcp/organizations";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";

const FLOW_LOGS = { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" };

/**
 * The Shared VPC in the network host project: private subnets with Private Google Access and full flow logs,
 * Cloud Router and Cloud NAT for egress, deny-by-default ingress with IAP for SSH/RDP, a Private Service
 * Connect endpoint for Google APIs with its private DNS zone, and a DNS server policy that logs queries.
 */
export class SharedVpc extends pulumi.ComponentResource {
  readonly network: compute.Network;
  readonly subnets: compute.Subnetwork[];

  constructor(
    name: string,
    config: LandingZoneConfig,
    args: { hostProject: organizations.Project; serviceProjects: organizations.Project[] },
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("palisade:gcp:SharedVpc", name, {}, opts);
    const project = args.hostProject.projectId;
    const net = config.network;
    const host = new compute.SharedVPCHostProject("host", { project }, { parent: this });
    config.projects.workloads.forEach((w, i) => {
      new compute.SharedVPCServiceProject(
        `service-${w.id}`,
        { hostProject: project, serviceProject: args.serviceProjects[i].projectId },
        { parent: this, dependsOn: [host] },
      );
    });
    this.network = new compute.Network(
      "vpc",
      { project, name: net.name, autoCreateSubnetworks: false, routingMode: "GLOBAL" },
      { parent: this },
    );

    this.subnets = net.subnets.map(
      (s) =>
        new compute.Subnetwork(
          `subnet-${s.name}`,
          {
            project,
            name: s.name,
            network: this.network.id,
            region: s.region ?? net.region,
            ipCidrRange: s.cidr,
            privateIpGoogleAccess: true,
            logConfig: FLOW_LOGS,
          },
          { parent: this },
        ),
    );

    const regions = [...new Set(net.subnets.map((s) => s.region ?? net.region))];
    for (const region of regions) {
      const router = new compute.Router(
        `router-${region}`,
        { project, name: `nat-router-${region}`, network: this.network.id, region },
        { parent: this },
      );
      new compute.RouterNat(
        `nat-${region}`,
        {
          project,
          name: `nat-${region}`,
          router: router.name,
          region,
          natIpAllocateOption: "AUTO_ONLY",
          sourceSubnetworkIpRangesToNat: "ALL_SUBNETWORKS_ALL_IP_RANGES",
          logConfig: { enable: true, filter: "ERRORS_ONLY" },
        },
        { parent: this },
      );
    }

    const logConfig = { metadata: "INCLUDE_ALL_METADATA" };
    new compute.Firewall(
      "deny-all-ingress",
      {
        project,
        name: "deny-all-ingress",
        network: this.network.id,
        direction: "INGRESS",
        priority: 65534,
        sourceRanges: ["0.0.0.0/0"],
        denies: [{ protocol: "all" }],
        logConfig,
      },
      { parent: this },
    );
    new compute.Firewall(
      "allow-iap-admin",
      {
        project,
        name: "allow-iap-ssh-rdp",
        network: this.network.id,
        direction: "INGRESS",
        priority: 1000,
        sourceRanges: net.iapRanges,
        allows: [{ protocol: "tcp", ports: ["22", "3389"] }],
        logConfig,
      },
      { parent: this },
    );

    // Private Service Connect endpoint for Google APIs, and private DNS for googleapis.com pointing at it.
    const pscName = net.pscTarget === "vpc-sc" ? "pscvpcsc" : "pscallapis";
    const pscAddress = new compute.GlobalAddress(
      "psc-googleapis",
      {
        project,
        name: pscName,
        purpose: "PRIVATE_SERVICE_CONNECT",
        addressType: "INTERNAL",
        address: net.pscAddress,
        network: this.network.id,
      },
      { parent: this },
    );
    new compute.GlobalForwardingRule(
      "psc-googleapis",
      { project, name: pscName, target: net.pscTarget, network: this.network.id, ipAddress: pscAddress.id, loadBalancingScheme: "" },
      { parent: this },
    );
    const zone = new dns.ManagedZone(
      "googleapis",
      {
        project,
        name: "googleapis",
        dnsName: "googleapis.com.",
        visibility: "private",
        description: "Palisade: Google APIs through Private Service Connect",
        privateVisibilityConfig: { networks: [{ networkUrl: this.network.id }] },
      },
      { parent: this },
    );
    new dns.RecordSet(
      "googleapis-a",
      { project, managedZone: zone.name, name: "googleapis.com.", type: "A", ttl: 300, rrdatas: [net.pscAddress] },
      { parent: this },
    );
    new dns.RecordSet(
      "googleapis-wildcard",
      { project, managedZone: zone.name, name: "*.googleapis.com.", type: "CNAME", ttl: 300, rrdatas: ["googleapis.com."] },
      { parent: this },
    );

    new dns.Policy(
      "dns-logging",
      { project, name: "dns-logging", enableLogging: true, networks: [{ networkUrl: this.network.id }] },
      { parent: this },
    );
    this.registerOutputs({});
  }
}
