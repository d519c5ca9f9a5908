import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const elbDesyncMitigation = defineControl({
  id: "aws-elb-desync-mitigation",
  title: "Load balancers use defensive or strictest HTTP desync mitigation",
  rationale: 'In "monitor" mode the load balancer forwards ambiguous requests that enable HTTP request smuggling against the targets.',
  severity: "medium",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer", "aws:elb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.12", "ELB.14"],
    "nist-800-53-r5": ["CM-6", "CM-7"],
    "iso27001-2022": ["A.8.9"],
    soc2: ["CC6.8"],
  },
  remediation: 'Remove desyncMitigationMode (default "defensive") or set it to "defensive" or "strictest".',
  enforcementLevel: "advisory",
  tags: ["network", "load-balancing"],
  check: (r) => {
    const mode = str(r.props.desyncMitigationMode).toLowerCase();
    if (mode === "" || mode === "defensive" || mode === "strictest") return pass();
    return fail(
      "desyncMitigationMode",
      `desyncMitigationMode is ${JSON.stringify(r.props.desyncMitigationMode)}; use "defensive" or "strictest"`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { subnets: ["subnet-a", "subnet-b"] } }],
      [{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], desyncMitigationMode: "strictest" } }],
    ],
    nonCompliant: [
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { subnets: ["subnet-a", "subnet-b"], desyncMitigationMode: "monitor" } }],
      [{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], desyncMitigationMode: "monitor" } }],
    ],
  },
});
