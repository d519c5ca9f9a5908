import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const elbAlbDropInvalidHeaders = defineControl({
  id: "aws-elb-alb-drop-invalid-headers",
  title: "Application Load Balancers drop invalid HTTP headers",
  rationale:
    "Headers with invalid characters are a vehicle for request smuggling and header-injection attacks on the targets behind the load balancer.",
  severity: "medium",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.4"],
    "nist-800-53-r5": ["CM-6", "CM-7"],
    "iso27001-2022": ["A.8.9"],
    soc2: ["CC6.8"],
  },
  remediation: "Set dropInvalidHeaderFields: true on application load balancers.",
  enforcementLevel: "advisory",
  tags: ["network", "load-balancing"],
  check: (r) => {
    const type = str(r.props.loadBalancerType ?? "application").toLowerCase();
    if (type !== "application") return notApplicable(`a ${type} load balancer does not parse HTTP headers`);
    return r.props.dropInvalidHeaderFields === true
      ? pass()
      : fail("dropInvalidHeaderFields", "dropInvalidHeaderFields is not true (default false); set it to true");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:lb/loadBalancer:LoadBalancer",
          props: { loadBalancerType: "application", subnets: ["subnet-a", "subnet-b"], dropInvalidHeaderFields: true },
        },
      ],
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { loadBalancerType: "network", subnets: ["subnet-a"] } }],
    ],
    nonCompliant: [
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { subnets: ["subnet-a", "subnet-b"] } }],
      [{ type: "aws:alb/loadBalancer:LoadBalancer", props: { loadBalancerType: "application", dropInvalidHeaderFields: false } }],
    ],
  },
});
