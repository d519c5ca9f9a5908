import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const ecsServiceNoPublicIp = defineControl({
  id: "aws-ecs-service-no-public-ip",
  title: "ECS services do not assign public IP addresses",
  rationale:
    "A task with a public address is reachable from the internet through its security group, bypassing the load balancer and WAF in front of the service.",
  severity: "high",
  cloud: "aws",
  service: "ecs",
  resourceTypes: ["aws:ecs/service:Service"],
  frameworks: {
    "aws-fsbp": ["ECS.2"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "AC-3"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set networkConfiguration.assignPublicIp: false and run tasks in private subnets with a NAT gateway or VPC endpoints.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "containers"],
  check: (r) =>
    r.props.networkConfiguration?.assignPublicIp === true
      ? fail("networkConfiguration.assignPublicIp", "networkConfiguration.assignPublicIp is true; set it to false and use private subnets")
      : pass(),
  examples: {
    compliant: [
      [
        {
          type: "aws:ecs/service:Service",
          props: {
            cluster: "c",
            taskDefinition: "web:1",
            launchType: "FARGATE",
            networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: false },
          },
        },
      ],
      [{ type: "aws:ecs/service:Service", props: { cluster: "c", taskDefinition: "web:1", launchType: "EC2" } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ecs/service:Service",
          props: {
            cluster: "c",
            taskDefinition: "web:1",
            launchType: "FARGATE",
            networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: true },
          },
        },
      ],
    ],
  },
});
