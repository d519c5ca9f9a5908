import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const elbDeletionProtection = defineControl({
  id: "aws-elb-deletion-protection",
  title: "Application, Network and Gateway Load Balancers have deletion protection",
  rationale:
    "Deleting a load balancer takes the service it fronts off the internet and frees its DNS name; deletion protection stops a mistaken destroy or replacement.",
  severity: "low",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.6"],
    "nist-800-53-r5": ["CP-10", "CM-3(a)"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "Set enableDeletionProtection: true.",
  enforcementLevel: "advisory",
  tags: ["resilience", "load-balancing"],
  check: (r) =>
    r.props.enableDeletionProtection === true
      ? pass()
      : fail(
          "enableDeletionProtection",
          `enableDeletionProtection is ${r.props.enableDeletionProtection === undefined || r.props.enableDeletionProtection === null ? "not set (default false)" : JSON.stringify(r.props.enableDeletionProtection)}; set it to true`,
        ),
  examples: {
    compliant: [
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { subnets: ["subnet-a", "subnet-b"], enableDeletionProtection: true } }],
    ],
    nonCompliant: [[{ type: "aws:lb/loadBalancer:LoadBalancer", props: { subnets: ["subnet-a", "subnet-b"] } }]],
  },
});
