import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const subnetNoAutoPublicIp = defineControl({
  id: "aws-ec2-subnet-no-auto-public-ip",
  title: "Subnets do not assign public IP addresses automatically",
  rationale:
    "With mapPublicIpOnLaunch every instance and ENI launched in the subnet gets an internet-routable address, whether or not its owner meant to expose it.",
  severity: "medium",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2/subnet:Subnet", "aws:ec2/defaultSubnet:DefaultSubnet"],
  frameworks: {
    "aws-fsbp": ["EC2.15"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
  },
  remediation:
    "Set mapPublicIpOnLaunch: false; public subnets still host load balancers and NAT gateways (which use Elastic IPs), and instances that truly need a public address can ask for one explicitly.",
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure"],
  check: (r) =>
    r.props.mapPublicIpOnLaunch === true ? fail("mapPublicIpOnLaunch", "mapPublicIpOnLaunch is true; set it to false") : pass(),
  examples: {
    compliant: [[{ type: "aws:ec2/subnet:Subnet", props: { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24", mapPublicIpOnLaunch: false } }]],
    nonCompliant: [[{ type: "aws:ec2/subnet:Subnet", props: { vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true } }]],
  },
});
