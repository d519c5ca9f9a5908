import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const FLOW_LOG_TYPES = ["aws:ec2/flowLog:FlowLog"];

/**
 * A VPC is covered when an aws.ec2.FlowLog's vpcId refers to it: through propertyDependencies at preview
 * (the VPC id is unknown then), through the id in exported state. CIS asks for at least rejected traffic,
 * so a flow log capturing only ACCEPT does not count.
 */
export const vpcFlowLogs = defineControl({
  id: "aws-ec2-vpc-flow-logs",
  title: "VPCs have flow logs capturing rejected traffic",
  rationale:
    "Flow logs are the only record of which addresses talked to what inside a VPC; without them, scanning, exfiltration and lateral movement leave no trace to investigate.",
  severity: "medium",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2/vpc:Vpc", "aws:ec2/defaultVpc:DefaultVpc"],
  frameworks: {
    "cis-aws-7.0": ["4.7"],
    "cis-aws-3.0": ["3.7"],
    "aws-fsbp": ["EC2.6"],
    "nist-800-53-r5": ["AU-2", "AU-12", "SI-4", "SI-4(2)"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Add an aws.ec2.FlowLog with vpcId: vpc.id and trafficType: "ALL" (or "REJECT") delivering to CloudWatch Logs or S3.',
  enforcementLevel: "advisory",
  tags: ["logging", "network"],
  correlatedCheck: (vpc, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(vpc, FLOW_LOG_TYPES, "vpcId");
    if (found.length > 0) {
      const types = found.map((f) => f.props.trafficType);
      if (types.some((t) => t === undefined || t === "ALL" || t === "REJECT")) return pass();
      return fail("trafficType", `the flow logs of ${vpc.name} capture only ${JSON.stringify(types)}; use trafficType "ALL" or "REJECT"`);
    }
    if (undecided.length > 0) return cannotEvaluate("vpcId", `${undecided[0].name}.vpcId is unknown and may refer to this VPC`);
    return fail("FlowLog", `VPC ${vpc.name} has no flow log; add an aws.ec2.FlowLog with vpcId set to it`);
  },
  examples: {
    compliant: [
      [
        { type: "aws:ec2/vpc:Vpc", name: "main", props: { cidrBlock: "10.0.0.0/16" } },
        {
          type: "aws:ec2/flowLog:FlowLog",
          name: "main-flow",
          props: { vpcId: UNKNOWN, trafficType: "ALL", logDestination: UNKNOWN },
          refs: { vpcId: ["main"] },
        },
      ],
      [
        { type: "aws:ec2/vpc:Vpc", name: "state", props: { id: "vpc-0abc", cidrBlock: "10.1.0.0/16" } },
        { type: "aws:ec2/flowLog:FlowLog", name: "state-flow", props: { vpcId: "vpc-0abc", trafficType: "REJECT" } },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:ec2/vpc:Vpc", name: "bare", props: { cidrBlock: "10.2.0.0/16" } }],
      [
        { type: "aws:ec2/defaultVpc:DefaultVpc", name: "default", props: { id: "vpc-0def" } },
        { type: "aws:ec2/flowLog:FlowLog", name: "accept-only", props: { vpcId: "vpc-0def", trafficType: "ACCEPT" } },
      ],
    ],
  },
});
